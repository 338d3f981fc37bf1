import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { keysetPage, transact } from '@salesgraph/persistence';
import { badUserInput, forbidden, optionalText, PageRequest, requiredText, splitCompositeKey } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { CustomerService } from '../customer/customer.service';
import { RepDirectoryEntity } from '../rep-directory/rep-directory.entity';
import { SuccessCaseEntity } from './success-case.entity';
import { directoryScope } from '../rep-directory/directory-scope';

/** The guide: every rep in every branch submits a success case every two months. */
export const SUCCESS_CASE_INTERVAL_MONTHS = 2;

export class SuccessCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {}

  async submit(
    viewer: Viewer,
    input: { title: string; story: string; customerId?: string | null; industry?: string | null },
    now = new Date(),
  ): Promise<SuccessCaseEntity> {
    if (!viewer.repId) throw forbidden('Success cases are written by reps and managers');
    if (input.customerId) await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const successCase = Object.assign(new SuccessCaseEntity(), {
      id: randomUUID(),
      repId: viewer.repId,
      title: requiredText(input.title, 'input.title', 200),
      story: requiredText(input.story, 'input.story', 20_000),
      customerId: input.customerId ?? null,
      industry: optionalText(input.industry, 'input.industry', 100) ?? null,
      submittedAt: now,
    });
    return transact(this.dataSource, async (manager) => {
      await manager.insert(SuccessCaseEntity, successCase);
      await appendToOutbox(manager, [
        {
          type: 'SuccessCaseSubmitted',
          aggregateId: successCase.id,
          payload: { caseId: successCase.id, repId: successCase.repId, submittedAt: now.toISOString() },
        },
      ]);
      return successCase;
    });
  }

  /** The whole library is shared: search is a case-insensitive match of every word in title, story or industry. */
  /** One case: what an idempotent repeat of submitSuccessCase answers with. */
  findById(id: string): Promise<SuccessCaseEntity | null> {
    return this.dataSource.getRepository(SuccessCaseEntity).findOneBy({ id });
  }

  async list(search: string | null | undefined, repId: string | null | undefined, page: PageRequest): Promise<[SuccessCaseEntity[], number]> {
    const query = this.dataSource.getRepository(SuccessCaseEntity).createQueryBuilder('success_case').where('1 = 1');
    const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 10) throw badUserInput('search', 'search takes at most 10 words');
    words.forEach((word, index) => {
      query.andWhere(
        `(LOWER(success_case.title) LIKE :word${index} OR LOWER(success_case.story) LIKE :word${index} OR LOWER(COALESCE(success_case.industry, '')) LIKE :word${index})`,
        { [`word${index}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    });
    if (repId) query.andWhere('success_case.rep_id = :repId', { repId });
    const total = await query.clone().getCount();
    const after = page.after === undefined ? undefined : splitCompositeKey(page.after);
    const order = { column: 'success_case.submitted_at', idColumn: 'success_case.id', direction: 'DESC' } as const;
    return [await keysetPage(query, order, after && { value: new Date(after.value), id: after.id }, page.first + 1).getMany(), total];
  }

  /** Reps in the viewer's scope with nothing submitted since two months ago. */
  async repsWithoutRecent(viewer: Viewer, teamId: string | null | undefined, now = new Date()): Promise<string[]> {
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - SUCCESS_CASE_INTERVAL_MONTHS);
    const query = this.dataSource
      .getRepository(RepDirectoryEntity)
      .createQueryBuilder('rep')
      .where('NOT EXISTS (SELECT 1 FROM success_case WHERE success_case.rep_id = rep.rep_id AND success_case.submitted_at >= :since)', { since });
    const scope = directoryScope(viewer);
    if (scope.kind === 'OWNER') query.andWhere('rep.rep_id = :me', { me: scope.repId });
    if (scope.kind === 'TEAM') query.andWhere('rep.team_id = :scopeTeam', { scopeTeam: scope.teamId });
    if (scope.kind === 'BRANCH') query.andWhere('rep.branch_id = :scopeBranch', { scopeBranch: scope.branchId });
    if (scope.kind === 'NONE') return [];
    if (teamId) query.andWhere('rep.team_id = :teamId', { teamId });
    return (await query.orderBy('rep.name', 'ASC').getMany()).map((rep) => rep.repId);
  }
}
