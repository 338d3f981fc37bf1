import { Viewer } from '@salesgraph/auth';
import { DEFAULT_STAGE_PROBABILITY, OPEN_STAGES, OpportunityStage } from '@salesgraph/domain';
import { dateSortKey, numberSortKey, textSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { OpportunityChangeEntity, OpportunityEntity, OpportunityStageHistoryEntity } from './opportunity.entity';

export interface OpportunityListFilter {
  customerId?: string | null;
  ownerId?: string | null;
  stage?: OpportunityStage[] | null;
  open?: boolean | null;
  expectedCloseFrom?: string | null;
  expectedCloseTo?: string | null;
}

export type OpportunitySortField = 'EXPECTED_CLOSE_DATE' | 'AMOUNT' | 'CREATED_AT' | 'STAGE_ENTERED_AT';

/** Opportunities, by expected close date unless the client sorts otherwise. */
export const opportunityList = defineList<OpportunityEntity, OpportunitySortField>({
  type: 'Opportunity',
  idColumn: 'opportunity.id',
  keys: {
    EXPECTED_CLOSE_DATE: textSortKey('opportunity.expected_close_date', (row) => row.expectedCloseDate),
    AMOUNT: numberSortKey('opportunity.amount_minor', (row) => row.amountMinor),
    CREATED_AT: dateSortKey('opportunity.created_at', (row) => row.createdAt),
    STAGE_ENTERED_AT: dateSortKey('opportunity.stage_entered_at', (row) => row.stageEnteredAt),
  },
  defaultSort: { field: 'EXPECTED_CLOSE_DATE', direction: 'ASC' },
});

/** Opportunities are as visible as their customers. */
export class OpportunityRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visible(viewer: Viewer) {
    return visibleThroughCustomer(this.dataSource, OpportunityEntity, 'opportunity', viewer);
  }

  findVisibleByIds(viewer: Viewer, ids: readonly string[]): Promise<OpportunityEntity[]> {
    return this.visible(viewer).andWhere('opportunity.id IN (:...ids)', { ids }).getMany();
  }

  /** The visible opportunities a filter selects. */
  private filtered(viewer: Viewer, filter: OpportunityListFilter) {
    const query = this.visible(viewer);
    if (filter.customerId) query.andWhere('opportunity.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.ownerId) query.andWhere('opportunity.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.stage?.length) query.andWhere('opportunity.stage IN (:...stages)', { stages: filter.stage });
    if (filter.open != null) query.andWhere(`opportunity.stage ${filter.open ? 'IN' : 'NOT IN'} (:...openStages)`, { openStages: OPEN_STAGES });
    if (filter.expectedCloseFrom) query.andWhere('opportunity.expected_close_date >= :closeFrom', { closeFrom: filter.expectedCloseFrom });
    if (filter.expectedCloseTo) query.andWhere('opportunity.expected_close_date <= :closeTo', { closeTo: filter.expectedCloseTo });
    return query;
  }

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(viewer: Viewer, filter: OpportunityListFilter, page: ListPage<OpportunitySortField>): Promise<[OpportunityEntity[], number]> {
    const query = this.filtered(viewer, filter);
    const total = await query.clone().getCount();
    return [await opportunityList.fetch(query, page).getMany(), total];
  }

  /**
   * Per open stage, the count, amount and weighted amount of the opportunities a filter selects: one statement. Each
   * row's weighted amount is rounded as the row shows it (weightedAmount in libs/domain), then summed, so a stage's
   * figure is the sum of its rows'.
   */
  async openByStage(
    viewer: Viewer,
    filter: OpportunityListFilter,
  ): Promise<Array<{ stage: OpportunityStage; count: number; amountMinor: number; weightedMinor: number }>> {
    const probability = `CASE opportunity.stage ${OPEN_STAGES.map((stage) => `WHEN '${stage}' THEN ${DEFAULT_STAGE_PROBABILITY[stage]}`).join(' ')} ELSE 0 END`;
    const rows = await this.filtered(viewer, filter)
      .andWhere('opportunity.stage IN (:...pipelineStages)', { pipelineStages: OPEN_STAGES })
      .select('opportunity.stage', 'stage')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(opportunity.amount_minor)', 'amount')
      // 100.0: decimal division on MySQL/MariaDB (exact, half away from zero) and real on SQLite, never integer division.
      .addSelect(`SUM(ROUND(opportunity.amount_minor * ${probability} / 100.0))`, 'weighted')
      .groupBy('opportunity.stage')
      .getRawMany<{ stage: OpportunityStage; count: string | number; amount: string | number; weighted: string | number }>();
    return rows.map((row) => ({ stage: row.stage, count: Number(row.count), amountMinor: Number(row.amount), weightedMinor: Number(row.weighted) }));
  }

  /** Open opportunities of several customers: one query for a page. */
  openOf(customerIds: readonly string[]): Promise<OpportunityEntity[]> {
    return this.dataSource.getRepository(OpportunityEntity).find({
      where: { customerId: In([...customerIds]), stage: In([...OPEN_STAGES]) },
      order: { expectedCloseDate: 'ASC', id: 'ASC' },
    });
  }

  historyOf(opportunityIds: readonly string[]): Promise<OpportunityStageHistoryEntity[]> {
    return this.dataSource.getRepository(OpportunityStageHistoryEntity).find({
      where: { opportunityId: In([...opportunityIds]) },
      order: { opportunityId: 'ASC', position: 'ASC' },
    });
  }

  changesOf(opportunityIds: readonly string[]): Promise<OpportunityChangeEntity[]> {
    return this.dataSource
      .getRepository(OpportunityChangeEntity)
      .find({ where: { opportunityId: In([...opportunityIds]) }, order: { opportunityId: 'ASC', position: 'ASC' } });
  }

  /** A customer's open opportunities owned by someone other than `ownerId`, within `manager`'s transaction. */
  openOfCustomerNotOwnedBy(manager: EntityManager, customerId: string, ownerId: string): Promise<OpportunityEntity[]> {
    return manager.find(OpportunityEntity, { where: { customerId, stage: In([...OPEN_STAGES]), ownerId: Not(ownerId) }, order: { id: 'ASC' } });
  }

  /** Gives those of `ids` still open to `ownerId`, each a version on. */
  async moveOpenTo(manager: EntityManager, ids: readonly string[], ownerId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(OpportunityEntity)
      .set({ ownerId, version: () => 'version + 1' })
      .where('id IN (:...ids) AND stage IN (:...open)', { ids, open: [...OPEN_STAGES] })
      .execute();
  }

  insert(manager: EntityManager, opportunity: OpportunityEntity): Promise<unknown> {
    return manager.insert(OpportunityEntity, opportunity);
  }

  /** How many changes the opportunity has: the next one's position follows. */
  changeCount(manager: EntityManager, opportunityId: string): Promise<number> {
    return manager.countBy(OpportunityChangeEntity, { opportunityId });
  }

  insertChange(manager: EntityManager, change: Partial<OpportunityChangeEntity>): Promise<unknown> {
    return manager.insert(OpportunityChangeEntity, change);
  }

  /** How many stages the opportunity has entered: the next one's position follows. */
  stageCount(manager: EntityManager, opportunityId: string): Promise<number> {
    return manager.countBy(OpportunityStageHistoryEntity, { opportunityId });
  }

  insertStage(manager: EntityManager, entered: Partial<OpportunityStageHistoryEntity>): Promise<unknown> {
    return manager.insert(OpportunityStageHistoryEntity, entered);
  }
}
