import { RowScope } from '@salesgraph/auth';
import { dateSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager } from 'typeorm';
import { RepDirectoryEntity } from '../rep-directory/rep-directory.entity';
import { SuccessCaseEntity } from './success-case.entity';

/** The success-case library, newest first. */
export const successCaseList = defineList<SuccessCaseEntity, 'SUBMITTED_AT'>({
  type: 'SuccessCase',
  idColumn: 'success_case.id',
  keys: { SUBMITTED_AT: dateSortKey('success_case.submitted_at', (row) => row.submittedAt) },
  defaultSort: { field: 'SUBMITTED_AT', direction: 'DESC' },
});

export class SuccessCaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, successCase: SuccessCaseEntity): Promise<unknown> {
    return manager.insert(SuccessCaseEntity, successCase);
  }

  findById(id: string): Promise<SuccessCaseEntity | null> {
    return this.dataSource.getRepository(SuccessCaseEntity).findOneBy({ id });
  }

  /** Cases matching every word (lower case) in title, story or industry, and of one rep if given. */
  async page(words: readonly string[], repId: string | null | undefined, page: ListPage<'SUBMITTED_AT'>): Promise<[SuccessCaseEntity[], number]> {
    const query = this.dataSource.getRepository(SuccessCaseEntity).createQueryBuilder('success_case').where('1 = 1');
    words.forEach((word, index) => {
      query.andWhere(
        `(LOWER(success_case.title) LIKE :word${index} OR LOWER(success_case.story) LIKE :word${index} OR LOWER(COALESCE(success_case.industry, '')) LIKE :word${index})`,
        { [`word${index}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    });
    if (repId) query.andWhere('success_case.rep_id = :repId', { repId });
    const total = await query.clone().getCount();
    return [await successCaseList.fetch(query, page).getMany(), total];
  }

  /** Reps of the directory within `scope` (and `teamId` if given) with nothing submitted since `since`, by name. */
  async repsWithoutCaseSince(scope: Exclude<RowScope, { kind: 'NONE' }>, teamId: string | null | undefined, since: Date): Promise<string[]> {
    const query = this.dataSource
      .getRepository(RepDirectoryEntity)
      .createQueryBuilder('rep')
      .where('NOT EXISTS (SELECT 1 FROM success_case WHERE success_case.rep_id = rep.rep_id AND success_case.submitted_at >= :since)', { since });
    if (scope.kind === 'OWNER') query.andWhere('rep.rep_id = :me', { me: scope.repId });
    if (scope.kind === 'TEAM') query.andWhere('rep.team_id = :scopeTeam', { scopeTeam: scope.teamId });
    if (scope.kind === 'BRANCH') query.andWhere('rep.branch_id = :scopeBranch', { scopeBranch: scope.branchId });
    if (teamId) query.andWhere('rep.team_id = :teamId', { teamId });
    return (await query.orderBy('rep.name', 'ASC').getMany()).map((rep) => rep.repId);
  }
}
