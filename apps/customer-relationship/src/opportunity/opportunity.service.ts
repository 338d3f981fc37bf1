import { randomUUID } from 'node:crypto';
import { isManagerial, Viewer } from '@salesgraph/auth';
import { canMoveStage, canReopen, isClosed, OPEN_STAGES, OpportunityStage, planningHorizon } from '@salesgraph/domain';
import { dayWithin } from '../dates';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, optionalText, ListPage, positiveAmount, requiredText, saveVersioned } from '@salesgraph/subgraph-kit';
import { Database, transact, Transaction } from '@salesgraph/persistence';
import { CustomerService } from '../customer/customer.service';
import { OpportunityChangeEntity, OpportunityEntity } from './opportunity.entity';
import { OpportunityListFilter, OpportunityRepository, OpportunitySortField } from './opportunity.repository';
import { CreateOpportunityInput, MoveOpportunityStageInput, ReopenOpportunityInput, UpdateOpportunityInput } from '../generated/resolvers.generated';

export class OpportunityService {
  readonly opportunities: OpportunityRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.opportunities = new OpportunityRepository(dataSource);
  }

  list(viewer: Viewer, filter: OpportunityListFilter, page: ListPage<OpportunitySortField>): Promise<[OpportunityEntity[], number]> {
    return this.opportunities.page(viewer, filter, page);
  }

  /** The open pipeline by stage, every open stage in order (zero where none), and its totals. */
  async pipeline(viewer: Viewer, filter: OpportunityListFilter) {
    const found = new Map((await this.opportunities.openByStage(viewer, filter)).map((row) => [row.stage, row]));
    const stages = OPEN_STAGES.map((stage) => found.get(stage) ?? { stage, count: 0, amountMinor: 0, weightedMinor: 0 });
    const sum = (pick: (row: (typeof stages)[number]) => number) => stages.reduce((total, row) => total + pick(row), 0);
    return { stages, count: sum((row) => row.count), amountMinor: sum((row) => row.amountMinor), weightedMinor: sum((row) => row.weightedMinor) };
  }

  async create(viewer: Viewer, input: CreateOpportunityInput, now = new Date()): Promise<OpportunityEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const stage = input.stage ?? 'PROSPECTING';
    if (isClosed(stage)) throw badUserInput('input.stage', 'a new opportunity starts in an open stage');
    const opportunity = Object.assign(new OpportunityEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      ownerId: customer.ownerId,
      name: requiredText(input.name, 'input.name', 200),
      amountMinor: positiveAmount(input.amount, 'input.amount'),
      // A close date already past would count as overdue pipeline from the start and skew the forecast.
      expectedCloseDate: dayWithin(input.expectedCloseDate, 'input.expectedCloseDate', [{ at: now, what: 'today' }], [planningHorizon(now)]),
      stage,
      stageEnteredAt: now,
      competitors: JSON.stringify(names(input.competitors, 'input.competitors')),
      products: JSON.stringify(names(input.products, 'input.products')),
      lostReason: null,
      wonByCompetitor: null,
      createdAt: now,
      version: 1,
    });
    return transact(this.dataSource, async (manager) => {
      await this.opportunities.insert(manager, opportunity);
      await this.enter(manager, viewer, opportunity, null, stage, now, null);
      return opportunity;
    });
  }

  async move(viewer: Viewer, input: MoveOpportunityStageInput, now = new Date()): Promise<OpportunityEntity> {
    const opportunity = await this.workable(viewer, input.id);
    if (!canMoveStage(opportunity.stage, input.stage)) {
      throw badUserInput(
        'input.stage',
        `${opportunity.stage} can only move forward or to LOST${isClosed(opportunity.stage) ? ' while open: a manager can reopen it' : ''}`,
      );
    }
    const lost = input.stage === 'LOST';
    const lostReason = lost ? requiredText(input.lostReason ?? '', 'input.lostReason', 500) : null;
    const wonByCompetitor = lost ? (optionalText(input.wonByCompetitor, 'input.wonByCompetitor', 200) ?? null) : null;
    return this.change(viewer, opportunity, input.version, { stage: input.stage, stageEnteredAt: now, lostReason, wonByCompetitor }, now, null);
  }

  async reopen(viewer: Viewer, input: ReopenOpportunityInput, now = new Date()): Promise<OpportunityEntity> {
    if (!isManagerial(viewer)) throw forbidden('Only managers, directors and admins reopen opportunities');
    const opportunity = await this.workable(viewer, input.id);
    if (!canReopen(opportunity.stage, input.stage)) throw badUserInput('input.stage', `${opportunity.stage} cannot be reopened at ${input.stage}`);
    const reason = requiredText(input.reason, 'input.reason', 500);
    return this.change(viewer, opportunity, input.version, { stage: input.stage, stageEnteredAt: now, lostReason: null, wonByCompetitor: null }, now, reason);
  }

  /**
   * Corrects an open opportunity's amount, expected close date (not in the past) or products, from the version read:
   * whoever may work on it (its owner, their manager, a director or admin). The change is kept in its history, before
   * and after, with who, when and why, and announced as OpportunityUpdated, in one transaction.
   */
  async update(viewer: Viewer, input: UpdateOpportunityInput, now = new Date()): Promise<OpportunityEntity> {
    const opportunity = await this.workable(viewer, input.id);
    if (isClosed(opportunity.stage)) throw badUserInput('input.id', `a ${opportunity.stage} opportunity is closed: a manager can reopen it first`);
    if (input.amount == null && input.expectedCloseDate == null && input.products == null) {
      throw badUserInput('input', 'give the amount, the expected close date or the products to change');
    }
    const amountMinor = input.amount == null ? opportunity.amountMinor : positiveAmount(input.amount, 'input.amount');
    const expectedCloseDate =
      input.expectedCloseDate == null
        ? opportunity.expectedCloseDate
        : dayWithin(input.expectedCloseDate, 'input.expectedCloseDate', [{ at: now, what: 'today' }], [planningHorizon(now)]);
    const products = input.products == null ? opportunity.products : JSON.stringify(names(input.products, 'input.products'));
    const reason = optionalText(input.reason, 'input.reason', 500) ?? null;
    const changes: Partial<OpportunityEntity> = { amountMinor, expectedCloseDate, products };
    const updated = Object.assign(new OpportunityEntity(), { ...opportunity, ...changes, version: input.version + 1 });
    await saveVersioned(this.dataSource, OpportunityEntity, 'opportunity', opportunity, input.version, changes, async (manager) => {
      const position = (await this.opportunities.changeCount(manager, opportunity.id)) + 1;
      await this.opportunities.insertChange(manager, {
        id: randomUUID(),
        opportunityId: opportunity.id,
        position,
        amountBeforeMinor: opportunity.amountMinor,
        amountAfterMinor: amountMinor,
        closeBefore: opportunity.expectedCloseDate,
        closeAfter: expectedCloseDate,
        productsBefore: opportunity.products,
        productsAfter: products,
        reason,
        changedBy: viewer.subject,
        changedAt: now,
      });
      await appendToOutbox(manager, [
        {
          type: 'OpportunityUpdated',
          aggregateId: opportunity.id,
          payload: {
            opportunityId: opportunity.id,
            customerId: opportunity.customerId,
            ownerId: opportunity.ownerId,
            stage: opportunity.stage,
            amountMinor,
            previousAmountMinor: opportunity.amountMinor,
            expectedCloseDate,
            previousExpectedCloseDate: opportunity.expectedCloseDate,
            products: JSON.parse(products) as string[],
            previousProducts: JSON.parse(opportunity.products) as string[],
            reason,
            changedBy: viewer.subject,
            changedAt: now.toISOString(),
          },
        },
      ]);
    });
    return updated;
  }

  changesOf(opportunityIds: readonly string[]): Promise<OpportunityChangeEntity[]> {
    return this.opportunities.changesOf(opportunityIds);
  }

  private async change(
    viewer: Viewer,
    opportunity: OpportunityEntity,
    version: number,
    changes: Partial<OpportunityEntity> & { stage: OpportunityStage },
    now: Date,
    reopenReason: string | null,
  ): Promise<OpportunityEntity> {
    const updated = Object.assign(new OpportunityEntity(), { ...opportunity, ...changes, version: version + 1 });
    await saveVersioned(this.dataSource, OpportunityEntity, 'opportunity', opportunity, version, changes, (manager) =>
      this.enter(manager, viewer, updated, opportunity.stage, changes.stage, now, reopenReason),
    );
    return updated;
  }

  /** Records the stage entered and announces it, inside the change's transaction. */
  private async enter(
    manager: Transaction,
    viewer: Viewer,
    opportunity: OpportunityEntity,
    from: OpportunityStage | null,
    to: OpportunityStage,
    now: Date,
    reopenReason: string | null,
  ): Promise<void> {
    const position = (await this.opportunities.stageCount(manager, opportunity.id)) + 1;
    await this.opportunities.insertStage(manager, {
      id: randomUUID(),
      opportunityId: opportunity.id,
      position,
      stage: to,
      enteredAt: now,
      changedBy: viewer.subject,
      reopenReason,
    });
    await appendToOutbox(manager, [
      {
        type: 'OpportunityStageChanged',
        aggregateId: opportunity.id,
        payload: {
          opportunityId: opportunity.id,
          customerId: opportunity.customerId,
          ownerId: opportunity.ownerId,
          from,
          to,
          amountMinor: opportunity.amountMinor,
          enteredAt: now.toISOString(),
          lostReason: opportunity.lostReason,
          wonByCompetitor: opportunity.wonByCompetitor,
          reopened: reopenReason !== null,
        },
      },
    ]);
  }

  private async workable(viewer: Viewer, id: string): Promise<OpportunityEntity> {
    const [opportunity] = await this.opportunities.findVisibleByIds(viewer, [id]);
    if (!opportunity) throw badUserInput('input.id', `no opportunity ${id} that you may work on`);
    await this.customers.workable(viewer, opportunity.customerId, 'input.id');
    return opportunity;
  }
}

function names(values: string[] | null | undefined, field: string): string[] {
  return [...new Set((values ?? []).map((value, index) => requiredText(value, `${field}.${index}`, 200)))];
}
