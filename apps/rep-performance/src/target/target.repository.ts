import { OwnerKind, TargetMetric } from '@salesgraph/domain';
import { Transaction } from '@salesgraph/persistence';
import { DataSource, In } from 'typeorm';
import { BranchEntity } from '../branch/branch.entity';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { TeamEntity } from '../team/team.entity';
import { MarketSizeEntity, TargetEntity } from './target.entity';

type TargetKey = Pick<TargetEntity, 'metric' | 'period' | 'ownerKind' | 'ownerId'>;

/**
 * Targets and market sizes, and the organisation tree they are split along:
 * the ids of branches, teams and reps (owned by those features), read here
 * only to know who sits below whom (docs/architecture.md#data-access).
 */
export class TargetRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<TargetEntity | null> {
    return this.dataSource.getRepository(TargetEntity).findOneBy({ id });
  }

  findByOwners(kind: OwnerKind, ids: readonly string[], period?: string): Promise<TargetEntity[]> {
    return this.dataSource.getRepository(TargetEntity).find({
      where: { ownerKind: kind, ownerId: In([...ids]), ...(period ? { period } : {}) },
      order: { period: 'ASC', metric: 'ASC' },
    });
  }

  /** The id of the target of this metric, period and owner, if there is one. */
  findIdOf(metric: TargetMetric, periodLabel: string, owner: Pick<TargetEntity, 'ownerKind' | 'ownerId'>): Promise<Pick<TargetEntity, 'id'> | null> {
    return this.dataSource.getRepository(TargetEntity).findOne({ select: { id: true }, where: { metric, period: periodLabel, ...owner } });
  }

  /** A period's targets, optionally of one metric, by metric and owner. */
  ofPeriod(periodLabel: string, metric?: TargetMetric | null): Promise<TargetEntity[]> {
    return this.dataSource.getRepository(TargetEntity).find({
      where: { period: periodLabel, ...(metric ? { metric } : {}) },
      order: { metric: 'ASC', ownerId: 'ASC' },
    });
  }

  /** Targets of any of the periods, optionally of one metric. */
  ofPeriods(periodLabels: readonly string[], metric?: TargetMetric | null): Promise<TargetEntity[]> {
    return this.dataSource.getRepository(TargetEntity).find({ where: { period: In([...periodLabels]), ...(metric ? { metric } : {}) } });
  }

  /** The children's targets of the same metric and period, read in the transaction that would delete their parent's. */
  heldBy(transaction: Transaction, target: TargetEntity, childKind: OwnerKind, children: readonly string[]): Promise<TargetEntity[]> {
    return transaction.getRepository(TargetEntity).find({
      where: { metric: target.metric, period: target.period, ownerKind: childKind, ownerId: In([...children]) },
      order: { ownerId: 'ASC' },
    });
  }

  /** Deletes a target at the version read: how many rows went. */
  async delete(transaction: Transaction, id: string, version: number): Promise<number> {
    return (await transaction.getRepository(TargetEntity).delete({ id, version })).affected ?? 0;
  }

  findByKey(transaction: Transaction, key: TargetKey): Promise<TargetEntity | null> {
    return transaction.getRepository(TargetEntity).findOneBy({ metric: key.metric, period: key.period, ownerKind: key.ownerKind, ownerId: key.ownerId });
  }

  insert(transaction: Transaction, target: TargetEntity): Promise<unknown> {
    return transaction.getRepository(TargetEntity).insert(target);
  }

  /** Changes a target at the version read: how many rows changed. */
  async update(transaction: Transaction, id: string, version: number, changes: Partial<TargetEntity>): Promise<number> {
    return (await transaction.getRepository(TargetEntity).update({ id, version }, changes)).affected ?? 0;
  }

  upsertMarketSize(row: Pick<MarketSizeEntity, 'region' | 'period' | 'amountMinor' | 'setBy'>): Promise<unknown> {
    return this.dataSource.getRepository(MarketSizeEntity).upsert(row, ['region', 'period']);
  }

  /** The regions of branches, each once, in order. */
  async branchRegions(): Promise<string[]> {
    return [...new Set((await this.dataSource.getRepository(BranchEntity).find({ select: { region: true } })).map((branch) => branch.region))].sort();
  }

  /** Every child of an owner, including reps who left (their targets still count as children's). */
  async childrenOf(transaction: Transaction, kind: OwnerKind, id: string): Promise<string[]> {
    switch (kind) {
      case 'COMPANY':
        return (await transaction.getRepository(BranchEntity).find({ select: { id: true } })).map((branch) => branch.id);
      case 'BRANCH':
        return (await transaction.getRepository(TeamEntity).find({ select: { id: true }, where: { branchId: id } })).map((team) => team.id);
      case 'TEAM':
        return (await transaction.getRepository(SalesRepEntity).find({ select: { id: true }, where: { teamId: id } })).map((rep) => rep.id);
      case 'REP':
        return [];
    }
  }

  branchExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(BranchEntity).existsBy({ id });
  }

  teamBranch(id: string): Promise<Pick<TeamEntity, 'id' | 'branchId'> | null> {
    return this.dataSource.getRepository(TeamEntity).findOne({ select: { id: true, branchId: true }, where: { id } });
  }

  repTeam(id: string): Promise<Pick<SalesRepEntity, 'id' | 'teamId'> | null> {
    return this.dataSource.getRepository(SalesRepEntity).findOne({ select: { id: true, teamId: true }, where: { id } });
  }

  /** The whole organisation's ids and links, read once. */
  organisation(): Promise<
    [Array<Pick<BranchEntity, 'id'>>, Array<Pick<TeamEntity, 'id' | 'branchId'>>, Array<Pick<SalesRepEntity, 'id' | 'teamId' | 'status'>>]
  > {
    return Promise.all([
      this.dataSource.getRepository(BranchEntity).find({ select: { id: true } }),
      this.dataSource.getRepository(TeamEntity).find({ select: { id: true, branchId: true } }),
      this.dataSource.getRepository(SalesRepEntity).find({ select: { id: true, teamId: true, status: true } }),
    ]);
  }
}
