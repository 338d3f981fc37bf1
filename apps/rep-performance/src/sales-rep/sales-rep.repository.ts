import { RowScope } from '@salesgraph/auth';
import { textSortKey, Transaction } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, In, Not, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SalesRepEntity } from './sales-rep.entity';

/** Narrows a query to the rows of reps a scope (the viewer's performanceScope) covers, by the query's rep-id column. */
export function visibleRepsOnly<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: RowScope, repColumn: string): SelectQueryBuilder<T> {
  if (scope.kind === 'NONE') query.andWhere('1 = 0');
  if (scope.kind === 'OWNER') query.andWhere(`${repColumn} = :visibleRep`, { visibleRep: scope.repId });
  if (scope.kind === 'TEAM')
    query.andWhere(`${repColumn} IN (SELECT visible.id FROM sales_rep visible WHERE visible.team_id = :visibleTeam)`, { visibleTeam: scope.teamId });
  if (scope.kind === 'BRANCH') {
    query.andWhere(
      `${repColumn} IN (SELECT visible.id FROM sales_rep visible INNER JOIN team visible_team ON visible_team.id = visible.team_id WHERE visible_team.branch_id = :visibleBranch)`,
      { visibleBranch: scope.branchId },
    );
  }
  return query;
}

/** Reps, by id. */
export const salesRepList = defineList<SalesRepEntity, 'id'>({
  type: 'SalesRep',
  idColumn: 'rep.id',
  keys: { id: textSortKey('rep.id', (rep) => rep.id) },
  defaultSort: { field: 'id', direction: 'ASC' },
});

export class SalesRepRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<SalesRepEntity[]> {
    return this.dataSource.getRepository(SalesRepEntity).findBy({ id: In([...ids]) });
  }

  findOne(id: string): Promise<SalesRepEntity | null> {
    return this.dataSource.getRepository(SalesRepEntity).findOneBy({ id });
  }

  findByTeams(teamIds: readonly string[]): Promise<SalesRepEntity[]> {
    return this.dataSource.getRepository(SalesRepEntity).find({ where: { teamId: In([...teamIds]) }, order: { name: 'ASC' } });
  }

  findByEmail(email: string): Promise<SalesRepEntity | null> {
    return this.dataSource.getRepository(SalesRepEntity).findOneBy({ email });
  }

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(page: ListPage<'id'>): Promise<[SalesRepEntity[], number]> {
    const repository = this.dataSource.getRepository(SalesRepEntity);
    const rows = await salesRepList.fetch(repository.createQueryBuilder('rep'), page).getMany();
    return [rows, await repository.count()];
  }

  /** Every rep who has not left, by id. */
  findWorking(): Promise<SalesRepEntity[]> {
    return this.dataSource.getRepository(SalesRepEntity).find({ where: { status: Not('LEFT') }, order: { id: 'ASC' } });
  }

  findOneIn(transaction: Transaction, id: string): Promise<SalesRepEntity | null> {
    return transaction.findOneBy(SalesRepEntity, { id });
  }

  /** The ids of every rep who has not left, in order. */
  async workingIds(): Promise<Array<{ id: string }>> {
    return this.dataSource.getRepository(SalesRepEntity).find({ select: { id: true }, where: { status: Not('LEFT') }, order: { id: 'ASC' } });
  }

  /** A team's members, by id, in a transaction. */
  membersOf(transaction: Transaction, teamId: string): Promise<SalesRepEntity[]> {
    return transaction.find(SalesRepEntity, { where: { teamId }, order: { id: 'ASC' } });
  }

  insert(manager: EntityManager, rep: SalesRepEntity): Promise<unknown> {
    return manager.insert(SalesRepEntity, rep);
  }
}
