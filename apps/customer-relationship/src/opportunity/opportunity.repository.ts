import { Viewer } from '@salesgraph/auth';
import { OPEN_STAGES, OpportunityStage } from '@salesgraph/domain';
import { dateSortKey, numberSortKey, SortKey, textSortKey } from '@salesgraph/persistence';
import { ListSort, sortedPage } from '../sorting';
import { DataSource, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { OpportunityEntity, OpportunityStageHistoryEntity } from './opportunity.entity';

export interface OpportunityListFilter {
  customerId?: string | null;
  ownerId?: string | null;
  stage?: OpportunityStage[] | null;
  open?: boolean | null;
  expectedCloseFrom?: string | null;
  expectedCloseTo?: string | null;
}

export type OpportunitySort = ListSort<'EXPECTED_CLOSE_DATE' | 'AMOUNT' | 'CREATED_AT' | 'STAGE_ENTERED_AT'>;
export const DEFAULT_OPPORTUNITY_SORT: OpportunitySort = { field: 'EXPECTED_CLOSE_DATE', direction: 'ASC' };
export const OPPORTUNITY_SORT_KEYS: Record<OpportunitySort['field'], SortKey<OpportunityEntity>> = {
  EXPECTED_CLOSE_DATE: textSortKey('opportunity.expected_close_date', (row) => row.expectedCloseDate),
  AMOUNT: numberSortKey('opportunity.amount_minor', (row) => row.amountMinor),
  CREATED_AT: dateSortKey('opportunity.created_at', (row) => row.createdAt),
  STAGE_ENTERED_AT: dateSortKey('opportunity.stage_entered_at', (row) => row.stageEnteredAt),
};

/** Opportunities are as visible as their customers. */
export class OpportunityRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visible(viewer: Viewer) {
    return visibleThroughCustomer(this.dataSource, OpportunityEntity, 'opportunity', viewer);
  }

  findVisibleByIds(viewer: Viewer, ids: readonly string[]): Promise<OpportunityEntity[]> {
    return this.visible(viewer).andWhere('opportunity.id IN (:...ids)', { ids }).getMany();
  }

  /** By expected close date then id; the cursor is the last row's (date, id). */
  async page(
    viewer: Viewer,
    filter: OpportunityListFilter,
    first: number,
    after: string | undefined,
    sort: OpportunitySort = DEFAULT_OPPORTUNITY_SORT,
  ): Promise<[OpportunityEntity[], number]> {
    const query = this.visible(viewer);
    if (filter.customerId) query.andWhere('opportunity.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.ownerId) query.andWhere('opportunity.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.stage?.length) query.andWhere('opportunity.stage IN (:...stages)', { stages: filter.stage });
    if (filter.open != null) query.andWhere(`opportunity.stage ${filter.open ? 'IN' : 'NOT IN'} (:...openStages)`, { openStages: OPEN_STAGES });
    if (filter.expectedCloseFrom) query.andWhere('opportunity.expected_close_date >= :closeFrom', { closeFrom: filter.expectedCloseFrom });
    if (filter.expectedCloseTo) query.andWhere('opportunity.expected_close_date <= :closeTo', { closeTo: filter.expectedCloseTo });
    const total = await query.clone().getCount();
    const rows = await sortedPage(query, OPPORTUNITY_SORT_KEYS, 'opportunity.id', sort, after, first + 1).getMany();
    return [rows, total];
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
}
