import { randomUUID } from 'node:crypto';
import { canWrite, isManagerial, Viewer } from '@salesgraph/auth';
import {
  DEFAULT_DISCOUNT_AUTHORITY_BP,
  DEFAULT_STANDARD_PAYMENT_TERMS_DAYS,
  discountApprovalProblem,
  discountBeyondAuthorityMinor,
  needsDiscountApproval,
  OrderAmountProblem,
  orderAmountProblem,
  orderTotalProblem,
  priceLine,
  priceOrder,
  PricedOrder,
  EARLIEST_BOUND,
  nowBound,
  statusAfterOrder,
  termsBeyondStandard,
} from '@salesgraph/domain';
import { appendToOutbox, EventPayload } from '@salesgraph/events';
import {
  allValid,
  badUserInput,
  forbidden,
  ListPage,
  percentBasisPoints,
  positiveAmount,
  requiredText,
  saveVersioned,
  updateLocked,
  wholeNumber,
} from '@salesgraph/subgraph-kit';
import { Database, lockRow, transact, Transaction } from '@salesgraph/persistence';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { dateWithin } from '../dates';
import { RepDirectoryRepository } from '../rep-directory/rep-directory.repository';
import { OrderEntity, OrderLineEntity, OrderStatus } from './order.entity';
import { OrderListFilter, OrderRepository, OrderSortField } from './order.repository';
import { CancelOrderInput, DecideOrderDiscountInput, RecordOrderInput, ReviseOrderInput, WithdrawOrderInput } from '../generated/resolvers.generated';

/**
 * What pricing decides on an order and a decision round not yet taken, for a new order and a revised one alike: within
 * the rep's authority it is CONFIRMED, beyond it a manager decides, with no earlier decision left on it.
 */
function decisionRound(priced: PricedOrder, authorityBp: number) {
  return {
    status: needsDiscountApproval(priced.maxDiscountBp, authorityBp) ? ('PENDING_APPROVAL' as const) : ('CONFIRMED' as const),
    totalMinor: priced.totalMinor,
    grossProfitMinor: priced.grossProfitMinor,
    maxDiscountBp: priced.maxDiscountBp,
    approvedBy: null,
    approvedAt: null,
    rejectedReason: null,
    rejectedBy: null,
    rejectedAt: null,
  };
}

export class OrderService {
  private readonly customers: CustomerRepository;
  readonly orders: OrderRepository;
  private readonly directory: RepDirectoryRepository;

  constructor(
    private readonly dataSource: Database,
    /** Terms longer than this are flagged as unfavourable to the company. */
    readonly standardTermsDays = DEFAULT_STANDARD_PAYMENT_TERMS_DAYS,
  ) {
    this.customers = new CustomerRepository(dataSource);
    this.orders = new OrderRepository(dataSource);
    this.directory = new RepDirectoryRepository(dataSource);
  }

  list(viewer: Viewer, filter: OrderListFilter, page: ListPage<OrderSortField>): Promise<[OrderEntity[], number]> {
    return this.orders.page(viewer, filter, page, this.standardTermsDays);
  }

  /**
   * Records the order with its lines. Within the rep's discount authority it
   * is confirmed: a prospect becomes active and the order is announced as
   * revenue, all in one transaction. Beyond it, it waits for a manager.
   */
  async record(viewer: Viewer, input: RecordOrderInput, now = new Date()): Promise<OrderEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const orderedAt = input.orderedAt ?? now;
    // Every field checked at once: a form learns of each field to correct in one answer.
    const { lines, paymentTermsDays } = allValid({
      lines: () => this.lines(input),
      orderedAt: () => dateWithin(orderedAt, 'input.orderedAt', [EARLIEST_BOUND], [nowBound(now)]),
      paymentTermsDays: () => (input.paymentTermsDays == null ? this.standardTermsDays : wholeNumber(input.paymentTermsDays, 'input.paymentTermsDays', 0, 365)),
    });
    const [customer] = await this.customers.findVisibleByIds(viewer, [input.customerId]);
    if (!customer) throw badUserInput('input.customerId', `no customer ${input.customerId} that you may work on`);

    const priced = priceOrder(lines);
    const authority = (await this.directory.find(customer.ownerId))?.discountAuthorityBp ?? DEFAULT_DISCOUNT_AUTHORITY_BP;
    const order = Object.assign(new OrderEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId: customer.ownerId,
      orderedAt,
      recordedAt: now,
      channel: input.channel ?? null,
      paymentTermsDays,
      ...decisionRound(priced, authority),
      invoicedMinor: 0,
      version: 1,
    });
    const lineRows = input.lines?.length ? pricedLineRows(order.id, lines) : [];
    return transact(
      this.dataSource,
      async (manager) => {
        // The customer first: a confirmed order may turn a prospect active, after the order's FK check took a shared lock on it.
        const locked = order.status === 'CONFIRMED' ? await lockRow(manager, CustomerEntity, customer.id) : null;
        await this.orders.insert(manager, order);
        if (lineRows.length) await this.orders.insertLines(manager, lineRows);
        if (locked) {
          await this.confirm(manager, order, volume(lines), locked);
          await this.reawaken(manager, customer.id, now);
        } else {
          await this.awaitApproval(manager, order, authority);
        }
        return order;
      },
      { queueOn: `customer:${customer.id}` },
    );
  }

  /** A manager's decision on a discount beyond authority. */
  async decide(viewer: Viewer, input: DecideOrderDiscountInput, approve: boolean, now = new Date()): Promise<OrderEntity> {
    if (!isManagerial(viewer)) throw forbidden('Only managers, directors and admins approve discounts');
    const [order] = await this.orders.findVisibleByIds(viewer, [input.orderId]);
    if (!order) throw badUserInput('input.orderId', `no order ${input.orderId} that you may work on`);
    if (order.status !== 'PENDING_APPROVAL') throw badUserInput('input.orderId', `the order is ${order.status}, not waiting for approval`);
    // Only someone above the order's rep decides on it (libs/domain oversight): never the rep themselves.
    const rep = await this.directory.find(order.repId);
    const problem = discountApprovalProblem(viewer, {
      repId: order.repId,
      teamId: rep?.teamId ?? null,
      role: rep?.role ?? null,
      branchId: rep?.branchId ?? null,
    });
    if (problem) throw forbidden(problem);
    const reason = approve ? null : requiredText(input.reason ?? '', 'input.reason', 500);
    const changes: Partial<OrderEntity> = approve
      ? { status: 'CONFIRMED', approvedBy: viewer.subject, approvedAt: now }
      : { status: 'REJECTED', rejectedReason: reason, rejectedBy: viewer.subject, rejectedAt: now };
    const decided = Object.assign(new OrderEntity(), { ...order, ...changes, version: order.version + 1 });
    await saveVersioned(this.dataSource, OrderEntity, 'order', order, input.version, changes, async (manager) => {
      if (approve) {
        const lines = await this.orders.linesIn(manager, order.id);
        const detail = lines.length ? lines : [{ units: 1, listPriceMinor: order.totalMinor }];
        await this.confirm(manager, decided, volume(detail));
        await this.reawaken(manager, order.customerId, now);
      } else {
        await appendToOutbox(manager, [
          { type: 'OrderDiscountRejected', aggregateId: order.id, payload: { orderId: order.id, repId: order.repId, reason: reason ?? '' } },
        ]);
      }
    });
    return decided;
  }

  /**
   * Cancels an order not yet invoiced (CONFIRMED or PENDING_APPROVAL), from the version the caller read: by the order's
   * rep, a manager of the rep's team, or a director or admin. Decided on the order as it is under its lock, so an invoice
   * issued meanwhile wins and the cancellation is refused. The reason, who and when are kept on the order; OrderCancelled
   * says what a confirmed order had added, for consumers to take back on the day of the cancellation.
   */
  async cancel(viewer: Viewer, input: CancelOrderInput, now = new Date()): Promise<OrderEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    const order = await this.correctable(viewer, input.orderId, 'cancels an order');
    let fromStatus: OrderStatus = order.status;
    const { row } = await updateLocked(
      this.dataSource,
      OrderEntity,
      'order',
      order.id,
      input.version,
      (current) => {
        if (current.status !== 'CONFIRMED' && current.status !== 'PENDING_APPROVAL') {
          throw badUserInput('input.orderId', `a ${current.status} order cannot be cancelled: only a CONFIRMED or PENDING_APPROVAL one`);
        }
        if (current.invoicedMinor > 0) throw badUserInput('input.orderId', 'the order has been invoiced: issue a credit note against its invoice instead');
        fromStatus = current.status;
        return { status: 'CANCELLED' as const, cancelledReason: reason, cancelledBy: viewer.subject, cancelledAt: now };
      },
      async (manager) => {
        // Only a confirmed order was announced as revenue; one waiting for approval never counted anywhere.
        const counted = fromStatus === 'CONFIRMED' ? await this.counted(manager, order) : null;
        await appendToOutbox(manager, [
          {
            type: 'OrderCancelled',
            aggregateId: order.id,
            payload: {
              orderId: order.id,
              customerId: order.customerId,
              repId: order.repId,
              orderedAt: new Date(order.orderedAt).toISOString(),
              cancelledAt: now.toISOString(),
              cancelledBy: viewer.subject,
              reason,
              fromStatus,
              counted,
            },
          },
        ]);
      },
    );
    return row;
  }

  /**
   * Revises a REJECTED order from the version the caller read: new lines (priced like a new order), and optionally new
   * terms or a new order date, with the reason. By whoever may correct the sale (correctionProblem). Decided on the order
   * as it is under its lock. Within the rep's authority the order is confirmed and announced like an approved one;
   * beyond it, it waits for a manager again, a new round with nothing of the rejection on it. The order as it was
   * rejected, the rejection itself, the reason, who and when are kept as a revision (`order_revision`).
   */
  async revise(viewer: Viewer, input: ReviseOrderInput, now = new Date()): Promise<OrderEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    if (!input.lines?.length) throw badUserInput('input.lines', 'give the revised order its lines: at least one');
    const lines = orderLines(input.lines);
    const orderedAt = input.orderedAt == null ? null : dateWithin(input.orderedAt, 'input.orderedAt', [EARLIEST_BOUND], [nowBound(now)]);
    const paymentTermsDays = input.paymentTermsDays == null ? null : wholeNumber(input.paymentTermsDays, 'input.paymentTermsDays', 0, 365);
    const order = await this.correctable(viewer, input.orderId, 'revises an order');
    const priced = priceOrder(lines);
    let rejected: OrderEntity = order;
    let authority = DEFAULT_DISCOUNT_AUTHORITY_BP;
    const { row } = await updateLocked(
      this.dataSource,
      OrderEntity,
      'order',
      order.id,
      input.version,
      async (current, manager) => {
        if (current.status !== 'REJECTED') throw badUserInput('input.orderId', `a ${current.status} order cannot be revised: only a REJECTED one`);
        rejected = current;
        authority = (await this.directory.findIn(manager, current.repId))?.discountAuthorityBp ?? DEFAULT_DISCOUNT_AUTHORITY_BP;
        // A new order date is a new agreement: it is entered now. Otherwise the first entry (and its timeliness) stands.
        const redated = orderedAt !== null && orderedAt.getTime() !== new Date(current.orderedAt).getTime();
        return {
          orderedAt: redated ? orderedAt : current.orderedAt,
          recordedAt: redated ? now : current.recordedAt,
          paymentTermsDays: paymentTermsDays ?? current.paymentTermsDays,
          // A new round: the manager who rejected it decides again from nothing (or nobody need, within authority).
          ...decisionRound(priced, authority),
        };
      },
      async (manager, revised) => {
        const before = await this.orders.linesIn(manager, order.id, true);
        await this.orders.insertRevision(manager, {
          id: randomUUID(),
          orderId: order.id,
          position: (await this.orders.revisionCount(manager, order.id)) + 1,
          reason,
          revisedBy: viewer.subject,
          revisedAt: now,
          outcome: revised.status,
          linesBefore: JSON.stringify(before),
          totalBeforeMinor: rejected.totalMinor,
          grossProfitBeforeMinor: rejected.grossProfitMinor,
          maxDiscountBpBefore: rejected.maxDiscountBp,
          paymentTermsDaysBefore: rejected.paymentTermsDays,
          orderedAtBefore: rejected.orderedAt,
          rejectedReason: rejected.rejectedReason,
          rejectedBy: rejected.rejectedBy,
          rejectedAt: rejected.rejectedAt,
        });
        await this.orders.replaceLines(manager, order.id, pricedLineRows(order.id, lines));
        if (revised.status === 'CONFIRMED') {
          await this.confirm(manager, revised, volume(lines));
          await this.reawaken(manager, order.customerId, now);
        } else {
          await this.awaitApproval(manager, revised, authority);
        }
      },
    );
    return row;
  }

  /**
   * Withdraws a REJECTED order the rep will not revise, from the version the caller read, keeping the reason, who and
   * when: by whoever may correct the sale. Final: a WITHDRAWN order is revised, approved and invoiced no more. An order
   * still waiting for approval is cancelled instead (`cancel`). Announced as OrderWithdrawn; it never counted anywhere.
   */
  async withdraw(viewer: Viewer, input: WithdrawOrderInput, now = new Date()): Promise<OrderEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    const order = await this.correctable(viewer, input.orderId, 'withdraws an order');
    const { row } = await updateLocked(
      this.dataSource,
      OrderEntity,
      'order',
      order.id,
      input.version,
      (current) => {
        if (current.status !== 'REJECTED') {
          const instead = current.status === 'PENDING_APPROVAL' || current.status === 'CONFIRMED' ? ' (cancel it instead)' : '';
          throw badUserInput('input.orderId', `a ${current.status} order cannot be withdrawn: only a REJECTED one${instead}`);
        }
        return { status: 'WITHDRAWN' as const, withdrawnReason: reason, withdrawnBy: viewer.subject, withdrawnAt: now };
      },
      async (manager) => {
        await appendToOutbox(manager, [
          {
            type: 'OrderWithdrawn',
            aggregateId: order.id,
            payload: {
              orderId: order.id,
              customerId: order.customerId,
              repId: order.repId,
              orderedAt: new Date(order.orderedAt).toISOString(),
              withdrawnAt: now.toISOString(),
              withdrawnBy: viewer.subject,
              reason,
            },
          },
        ]);
      },
    );
    return row;
  }

  /**
   * An order the viewer may correct (cancel, revise, withdraw): one credited to what they may read, whose sale is
   * theirs to correct (correctionProblem); an order out of sight is unknown.
   */
  private async correctable(viewer: Viewer, orderId: string, what: string): Promise<OrderEntity> {
    const [order] = await this.orders.findVisibleByIds(viewer, [orderId], true);
    if (!order) throw badUserInput('input.orderId', `no order ${orderId} that you may work on`);
    const rep = await this.directory.find(order.repId);
    const problem = correctionProblem(viewer, { repId: order.repId, teamId: rep?.teamId ?? null, branchId: rep?.branchId ?? null }, what);
    if (problem) throw forbidden(problem);
    return order;
  }

  /**
   * What a confirmed order added when it was announced: the OrderRecorded this service wrote for it (the outbox keeps
   * every event), so consumers take back exactly what they counted, even if the rep's authority or the standard terms
   * have changed since. An order confirmed before events said it all is described from its own rows.
   */
  private async counted(manager: Transaction, order: OrderEntity): Promise<EventPayload<'OrderCancelled', 1>['counted']> {
    const announced = await this.orders.lastRecordedEvent(manager, order.id);
    const said = announced ? (JSON.parse(announced.payload) as Partial<EventPayload<'OrderRecorded', 4>>) : {};
    const lines = await this.orders.linesIn(manager, order.id);
    const fromRows = volume(lines.length ? lines : [{ units: 1, listPriceMinor: order.totalMinor }]);
    return {
      totalMinor: said.totalMinor ?? order.totalMinor,
      grossProfitMinor: said.grossProfitMinor !== undefined ? said.grossProfitMinor : order.grossProfitMinor,
      units: said.units ?? fromRows.units,
      listTotalMinor: said.listTotalMinor ?? fromRows.listTotalMinor,
      termsBeyondStandard: said.termsBeyondStandard ?? termsBeyondStandard(order.paymentTermsDays, this.standardTermsDays),
      discountBeyond: (said.discountApprovedBy !== undefined ? said.discountApprovedBy : order.approvedBy) != null,
      discountBeyondAuthorityMinor: said.discountBeyondAuthorityMinor ?? 0,
    };
  }

  /** A confirmed order is revenue: the prospect becomes active and the order is announced. */
  private async confirm(manager: Transaction, order: OrderEntity, lines: { units: number; listTotalMinor: number }, locked?: CustomerEntity): Promise<void> {
    // Decided on the customer as it is under its lock, so parallel first orders turn a prospect active exactly once.
    const customer = locked ?? (await lockRow(manager, CustomerEntity, order.customerId));
    if (customer?.status === 'PROSPECT') {
      await this.customers.setStatus(manager, customer, 'ACTIVE');
    }
    // Expense control counts the part of each line's discount beyond the rep's authority as it is when the order is
    // confirmed (docs/domain.md#discount-authority); an order without line detail has no discount.
    const authorityBp = (await this.directory.findIn(manager, order.repId))?.discountAuthorityBp ?? DEFAULT_DISCOUNT_AUTHORITY_BP;
    const pricedLines = await this.orders.linesIn(manager, order.id);
    await appendToOutbox(manager, [
      {
        type: 'OrderRecorded',
        aggregateId: order.id,
        payload: {
          orderId: order.id,
          customerId: order.customerId,
          repId: order.repId,
          orderedAt: new Date(order.orderedAt).toISOString(),
          totalMinor: order.totalMinor,
          grossProfitMinor: order.grossProfitMinor,
          channel: order.channel,
          paymentTermsDays: order.paymentTermsDays,
          termsBeyondStandard: termsBeyondStandard(order.paymentTermsDays, this.standardTermsDays),
          maxDiscountBp: order.maxDiscountBp,
          discountApprovedBy: order.approvedBy,
          units: lines.units,
          listTotalMinor: lines.listTotalMinor,
          recordedAt: new Date(order.recordedAt).toISOString(),
          discountAuthorityBp: authorityBp,
          discountBeyondAuthorityMinor: discountBeyondAuthorityMinor(pricedLines, authorityBp),
        },
      },
    ]);
  }

  /** An order beyond the rep's authority waits for a manager: announced, for the deciders' queue. */
  private async awaitApproval(manager: Transaction, order: OrderEntity, authorityBp: number): Promise<void> {
    await appendToOutbox(manager, [
      {
        type: 'OrderAwaitingApproval',
        aggregateId: order.id,
        payload: {
          orderId: order.id,
          customerId: order.customerId,
          repId: order.repId,
          totalMinor: order.totalMinor,
          maxDiscountBp: order.maxDiscountBp,
          authorityBp,
        },
      },
    ]);
  }

  /**
   * A confirmed order wakes a DORMANT customer and wins back a CHURNED one,
   * announced like any status change. Decided on the customer as it is under
   * its lock (taken again here, already held by the order's transaction).
   */
  private async reawaken(manager: Transaction, customerId: string, now: Date): Promise<void> {
    const customer = await lockRow(manager, CustomerEntity, customerId);
    if (!customer || customer.status === 'PROSPECT') return;
    const to = statusAfterOrder(customer.status);
    if (to === customer.status) return;
    await this.customers.setStatus(manager, customer, to);
    await appendToOutbox(manager, [
      {
        type: 'CustomerStatusChanged',
        aggregateId: customer.id,
        payload: { customerId: customer.id, from: customer.status, to, changedAt: now.toISOString() },
      },
    ]);
  }

  private lines(input: RecordOrderInput) {
    const hasLines = !!input.lines?.length;
    if (hasLines === (input.total != null)) throw badUserInput('input.lines', 'give the order its lines, or its total when there is no line detail, not both');
    if (!hasLines) {
      const total = positiveAmount(input.total ?? 0, 'input.total');
      refuseAmount(orderTotalProblem(total));
      return [{ units: 1, listPriceMinor: total, discountBp: 0, unitCostMinor: null, product: '' }];
    }
    return orderLines(input.lines ?? []);
  }
}

/** An order amount beyond MAX_ORDER_MINOR (libs/domain order-pricing) is the client's to correct, on the input's field. */
function refuseAmount(problem: OrderAmountProblem | null): void {
  if (problem) throw badUserInput(`input.${problem.field}`, problem.message);
}

/**
 * An order's lines as the client gave them, each checked, with BAD_USER_INPUT naming the line's field, and within the
 * order bound (MAX_ORDER_MINOR), so every total, profit and sum computed from them is exact.
 */
function orderLines(lines: NonNullable<RecordOrderInput['lines']>) {
  const checkedLine = (line: (typeof lines)[number], at: string) =>
    allValid({
      product: () => requiredText(line.product, `${at}.product`, 200),
      units: () => wholeNumber(line.units, `${at}.units`, 1, 1_000_000),
      listPriceMinor: () => positiveAmount(line.listPrice, `${at}.listPrice`),
      discountBp: () => percentBasisPoints(line.discountPercent ?? 0, `${at}.discountPercent`),
      unitCostMinor: () => {
        if (line.unitCost != null && (!Number.isSafeInteger(line.unitCost) || line.unitCost < 0))
          throw badUserInput(`${at}.unitCost`, 'unitCost cannot be negative');
        return line.unitCost ?? null;
      },
    });
  // Every line's every field at once.
  const checked = Object.values(allValid(Object.fromEntries(lines.map((line, index) => [index, () => checkedLine(line, `input.lines.${index}`)]))));
  refuseAmount(orderAmountProblem(checked));
  return checked;
}

/** The rows of an order's lines, each priced (libs/domain order-pricing), numbered from 1. */
function pricedLineRows(orderId: string, lines: ReturnType<typeof orderLines>): OrderLineEntity[] {
  return lines.map((line, index) => {
    const price = priceLine(line);
    return Object.assign(new OrderLineEntity(), {
      id: randomUUID(),
      orderId,
      position: index + 1,
      product: line.product,
      units: line.units,
      listPriceMinor: line.listPriceMinor,
      discountBp: line.discountBp,
      netPriceMinor: price.netPriceMinor,
      unitCostMinor: line.unitCostMinor,
      lineTotalMinor: price.lineTotalMinor,
      grossProfitMinor: price.grossProfitMinor,
    });
  });
}

/** Units and the list-price total of an order's lines: what rep-performance needs for unit targets and discount amounts. */
function volume(lines: ReadonlyArray<{ units: number; listPriceMinor: number }>): { units: number; listTotalMinor: number } {
  return {
    units: lines.reduce((sum, line) => sum + line.units, 0),
    listTotalMinor: lines.reduce((sum, line) => sum + line.units * line.listPriceMinor, 0),
  };
}

/**
 * Why `viewer` may not correct a sale credited to `rep` (cancel its order, credit its invoice, reverse a payment on
 * it), or null when they may: the sale's rep, a manager of the rep's team, or a director or admin.
 */
export function correctionProblem(viewer: Viewer, rep: { repId: string; teamId: string | null; branchId: string | null }, what: string): string | null {
  if (viewer.role === 'DIRECTOR' || viewer.role === 'ADMIN') return null;
  if (viewer.repId && viewer.repId === rep.repId) return null;
  if (viewer.role === 'MANAGER' && viewer.teamId && viewer.teamId === rep.teamId) return null;
  if (viewer.role === 'MANAGER' && viewer.branchId && viewer.branchId === rep.branchId) return null;
  return `only the sale's rep, a manager of the rep's team, the head of the rep's branch, or a director or admin ${what}`;
}
