import { Transaction } from '@salesgraph/persistence';
import { DataSource, In, IsNull } from 'typeorm';
import { IncentivePeriodCloseEntity, IncentivePlanEntity, IncentivePlanVersionEntity, IncentiveStatementEntity } from './incentive.entity';

export class IncentiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  planNamed(name: string): Promise<boolean> {
    return this.dataSource.getRepository(IncentivePlanEntity).existsBy({ name });
  }

  /** Whether the team (or, with null, the company) already has a plan. */
  hasPlanFor(teamId: string | null): Promise<boolean> {
    return this.dataSource.getRepository(IncentivePlanEntity).existsBy({ teamId: teamId === null ? IsNull() : teamId });
  }

  findPlan(id: string): Promise<IncentivePlanEntity | null> {
    return this.dataSource.getRepository(IncentivePlanEntity).findOneBy({ id });
  }

  latestVersion(planId: string): Promise<IncentivePlanVersionEntity> {
    return this.dataSource.getRepository(IncentivePlanVersionEntity).findOneOrFail({ where: { planId }, order: { number: 'DESC' } });
  }

  versionsOf(planIds: readonly string[]): Promise<IncentivePlanVersionEntity[]> {
    return this.dataSource.getRepository(IncentivePlanVersionEntity).find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } });
  }

  allPlans(): Promise<IncentivePlanEntity[]> {
    return this.dataSource.getRepository(IncentivePlanEntity).find({ order: { name: 'ASC' } });
  }

  /** Every plan, unordered. */
  plans(): Promise<IncentivePlanEntity[]> {
    return this.dataSource.getRepository(IncentivePlanEntity).find();
  }

  /** Every version of every plan, newest first. */
  allVersions(): Promise<IncentivePlanVersionEntity[]> {
    return this.dataSource.getRepository(IncentivePlanVersionEntity).find({ order: { number: 'DESC' } });
  }

  closedStatements(periodLabel: string, repIds: readonly string[]): Promise<IncentiveStatementEntity[]> {
    return this.dataSource.getRepository(IncentiveStatementEntity).findBy({ period: periodLabel, repId: In([...repIds]) });
  }

  isClosed(periodLabel: string): Promise<boolean> {
    return this.dataSource.getRepository(IncentivePeriodCloseEntity).existsBy({ period: periodLabel });
  }

  /** A new plan with its first version. */
  async insertPlan(transaction: Transaction, plan: IncentivePlanEntity, version: IncentivePlanVersionEntity): Promise<void> {
    await transaction.insert(IncentivePlanEntity, plan);
    await transaction.insert(IncentivePlanVersionEntity, version);
  }

  insertVersion(transaction: Transaction, version: IncentivePlanVersionEntity): Promise<unknown> {
    return transaction.insert(IncentivePlanVersionEntity, version);
  }

  /** Marks the period closed and freezes its statements. */
  async close(
    transaction: Transaction,
    close: Pick<IncentivePeriodCloseEntity, 'period' | 'closedBy' | 'closedAt'>,
    statements: IncentiveStatementEntity[],
  ): Promise<void> {
    await transaction.insert(IncentivePeriodCloseEntity, close);
    if (statements.length) await transaction.insert(IncentiveStatementEntity, statements);
  }
}
