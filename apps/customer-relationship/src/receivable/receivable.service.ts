import { randomUUID } from 'node:crypto';
import { canWrite, scopeCovers, Viewer } from '@salesgraph/auth';
import { ageReceivables, Aging, daysSalesOutstanding, dueDateFor, EARLIEST_BOUND, formatMoney, nowBound } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { Database } from '@salesgraph/persistence';
import { badUserInput, forbidden, ListPage, positiveAmount, requiredText, updateLocked } from '@salesgraph/subgraph-kit';
import { dateWithin } from '../dates';
import { OrderEntity } from '../order/order.entity';
import { OrderRepository } from '../order/order.repository';
import { correctionProblem } from '../order/order.service';
import { RepDirectoryRepository } from '../rep-directory/rep-directory.repository';
import { CreditNoteEntity, InvoiceEntity, PaymentEntity } from './receivable.entity';
import { directoryScope } from '../rep-directory/directory-scope';
import { InvoiceListFilter, ReceivableRepository } from './receivable.repository';
import { ApplyPaymentInput, InvoiceOrderInput, IssueCreditNoteInput, ReversePaymentInput } from '../generated/resolvers.generated';

/** The window DSO is measured over. */
export const DSO_PERIOD_DAYS = 90;
const DAY_MS = 86_400_000;

export interface ReceivablesSummary extends Aging {
  outstandingMinor: number;
  overdueMinor: number;
  dso: number | null;
  openInvoices: number;
}

/** Receivables and collections: profit is not real until it is cash. */
export class ReceivableService {
  private readonly orders: OrderRepository;
  private readonly directory: RepDirectoryRepository;
  private readonly receivables: ReceivableRepository;

  constructor(private readonly dataSource: Database) {
    this.orders = new OrderRepository(dataSource);
    this.directory = new RepDirectoryRepository(dataSource);
    this.receivables = new ReceivableRepository(dataSource);
  }

  /** Invoices whose customer the viewer may work on; with `credited`, for reading, also those credited to the viewer's scope. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<InvoiceEntity[]> {
    return this.receivables.findVisibleByIds(viewer, ids, credited);
  }

  /** One page of invoices; `now` decides which are overdue. */
  list(
    viewer: Viewer,
    filter: InvoiceListFilter,
    page: ListPage<'DUE_DATE' | 'ISSUED_AT' | 'OUTSTANDING'>,
    now = new Date(),
  ): Promise<[InvoiceEntity[], number]> {
    return this.receivables.page(viewer, filter, page, now.toISOString().slice(0, 10));
  }

  /** Invoices a confirmed order, for what is not yet invoiced or part of it, due under the order's terms. */
  async invoiceOrder(viewer: Viewer, input: InvoiceOrderInput, now = new Date()): Promise<InvoiceEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const [order] = await this.orders.findVisibleByIds(viewer, [input.orderId]);
    if (!order) throw badUserInput('input.orderId', `no order ${input.orderId} that you may work on`);
    if (order.status !== 'CONFIRMED') throw badUserInput('input.orderId', `a ${order.status} order cannot be invoiced`);
    if (input.amount != null) positiveAmount(input.amount, 'input.amount');
    // An invoice dated before its order or ahead of today would stretch or shrink DSO and aging.
    const issuedAt = dateWithin(
      input.issuedAt ?? now,
      'input.issuedAt',
      [EARLIEST_BOUND, { at: new Date(order.orderedAt), what: 'the order date' }],
      [nowBound(now)],
    );
    let amount = 0;
    // What is left to invoice is read under the order's lock: parallel invoices can never bill more than the order.
    const { result: invoice } = await updateLocked(
      this.dataSource,
      OrderEntity,
      'order',
      order.id,
      undefined,
      (current) => {
        if (current.status !== 'CONFIRMED') throw badUserInput('input.orderId', `a ${current.status} order cannot be invoiced`);
        const remaining = current.totalMinor - current.invoicedMinor;
        if (remaining <= 0) throw badUserInput('input.orderId', 'the order is fully invoiced');
        if (input.amount != null && input.amount > remaining)
          throw badUserInput('input.amount', `only ${formatMoney(remaining)} of the order is not yet invoiced`);
        amount = input.amount ?? remaining;
        return { invoicedMinor: current.invoicedMinor + amount };
      },
      async (manager) => {
        const invoice = Object.assign(new InvoiceEntity(), {
          id: randomUUID(),
          orderId: order.id,
          customerId: order.customerId,
          repId: order.repId,
          amountMinor: amount,
          creditedMinor: 0,
          paidMinor: 0,
          issuedAt,
          dueDate: dueDateFor(issuedAt, order.paymentTermsDays),
          version: 1,
        });
        await this.receivables.insertInvoice(manager, invoice);
        await appendToOutbox(manager, [
          {
            type: 'InvoiceIssued',
            aggregateId: invoice.id,
            payload: {
              invoiceId: invoice.id,
              orderId: order.id,
              customerId: order.customerId,
              repId: order.repId,
              amountMinor: amount,
              issuedAt: issuedAt.toISOString(),
              dueDate: invoice.dueDate,
            },
          },
        ]);
        return invoice;
      },
    );
    return invoice;
  }

  /** Applies a payment; partial is fine, more than is owed is refused. */
  async applyPayment(viewer: Viewer, input: ApplyPaymentInput, now = new Date()): Promise<InvoiceEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const [invoice] = await this.findVisibleByIds(viewer, [input.invoiceId]);
    if (!invoice) throw badUserInput('input.invoiceId', `no invoice ${input.invoiceId} that you may work on`);
    const amount = positiveAmount(input.amount, 'input.amount');
    // Money cannot come in before it was billed, nor tomorrow: either would bend the collection rate.
    const receivedAt = dateWithin(
      input.receivedAt ?? now,
      'input.receivedAt',
      [EARLIEST_BOUND, { at: new Date(invoice.issuedAt), what: 'the invoice date' }],
      [nowBound(now)],
    );
    // What is owed is read under the invoice's lock: parallel payments can never pay more than the invoice.
    const { row } = await updateLocked(
      this.dataSource,
      InvoiceEntity,
      'invoice',
      invoice.id,
      undefined,
      (current) => {
        const outstanding = current.amountMinor - current.paidMinor;
        if (amount > outstanding) throw badUserInput('input.amount', `overpayment refused: only ${formatMoney(outstanding)} is owed on this invoice`);
        return { paidMinor: current.paidMinor + amount };
      },
      async (manager, updated) => {
        const payment = Object.assign(new PaymentEntity(), {
          id: randomUUID(),
          invoiceId: invoice.id,
          amountMinor: amount,
          receivedAt,
          recordedBy: viewer.subject,
          reversedAt: null,
          reversedBy: null,
          reversedReason: null,
        });
        await this.receivables.insertPayment(manager, payment);
        await appendToOutbox(manager, [
          {
            type: 'PaymentApplied',
            aggregateId: payment.id,
            payload: {
              paymentId: payment.id,
              invoiceId: invoice.id,
              customerId: invoice.customerId,
              repId: invoice.repId,
              amountMinor: amount,
              receivedAt: receivedAt.toISOString(),
              dueDate: invoice.dueDate,
              fullyPaid: updated.paidMinor === updated.amountMinor,
            },
          },
        ]);
      },
    );
    return row;
  }

  /**
   * Issues a credit note against an invoice: by the sale's rep, a manager of the rep's team, or a director or admin;
   * a required reason. Decided on the invoice as it is under its lock: no more than it still asks and is unpaid, so
   * parallel credit notes never credit more than was invoiced and a credit never leaves the customer owed money
   * (refunds are not modelled: reverse a payment first). The invoice asks less from now on; CreditNoteIssued tells
   * consumers, who book it on the day it is issued.
   */
  async issueCreditNote(viewer: Viewer, input: IssueCreditNoteInput, now = new Date()): Promise<CreditNoteEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const amount = positiveAmount(input.amount, 'input.amount');
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    const [invoice] = await this.findVisibleByIds(viewer, [input.invoiceId], true);
    if (!invoice) throw badUserInput('input.invoiceId', `no invoice ${input.invoiceId} that you may work on`);
    const rep = await this.directory.find(invoice.repId);
    const problem = correctionProblem(viewer, { repId: invoice.repId, teamId: rep?.teamId ?? null, branchId: rep?.branchId ?? null }, 'issues a credit note');
    if (problem) throw forbidden(problem);
    const { result } = await updateLocked(
      this.dataSource,
      InvoiceEntity,
      'invoice',
      invoice.id,
      undefined,
      (current) => {
        const unpaid = current.amountMinor - current.paidMinor;
        if (amount > unpaid) {
          throw badUserInput(
            'input.amount',
            unpaid === 0
              ? 'nothing on this invoice is unpaid: a credit would leave the customer owed money, and refunds are not modelled (reverse a payment first)'
              : `only ${formatMoney(unpaid)} of this invoice is unpaid and not yet credited: a larger credit would leave the customer owed money (refunds are not modelled)`,
          );
        }
        return { amountMinor: current.amountMinor - amount, creditedMinor: current.creditedMinor + amount };
      },
      async (manager, updated) => {
        const note = Object.assign(new CreditNoteEntity(), {
          id: randomUUID(),
          invoiceId: invoice.id,
          amountMinor: amount,
          reason,
          issuedBy: viewer.subject,
          issuedAt: now,
        });
        await this.receivables.insertCreditNote(manager, note);
        const order = await this.orders.findIn(manager, invoice.orderId);
        await appendToOutbox(manager, [
          {
            type: 'CreditNoteIssued',
            aggregateId: note.id,
            payload: {
              creditNoteId: note.id,
              invoiceId: invoice.id,
              orderId: invoice.orderId,
              customerId: invoice.customerId,
              repId: invoice.repId,
              amountMinor: amount,
              reason,
              issuedBy: viewer.subject,
              issuedAt: now.toISOString(),
              grossProfitKnown: order?.grossProfitMinor != null,
              invoiceAmountMinor: updated.amountMinor,
              settled: updated.paidMinor >= updated.amountMinor,
            },
          },
        ]);
        return note;
      },
    );
    return result;
  }

  /**
   * Reverses a payment that bounced or was recorded by mistake: by the sale's rep, a manager of the rep's team, or a
   * director or admin; a required reason. Decided under the invoice's lock (payments on an invoice change only under
   * it), so a payment is reversed once however many ask at once. The payment stays, marked reversed with who, when and
   * why; the invoice's paid amount drops by it; PaymentReversed tells consumers, who take it from what was collected
   * on the day of the reversal.
   */
  async reversePayment(viewer: Viewer, input: ReversePaymentInput, now = new Date()): Promise<InvoiceEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    const payment = await this.receivables.findPayment(input.paymentId);
    const [invoice] = payment ? await this.findVisibleByIds(viewer, [payment.invoiceId], true) : [];
    if (!payment || !invoice) throw badUserInput('input.paymentId', `no payment ${input.paymentId} that you may work on`);
    const rep = await this.directory.find(invoice.repId);
    const problem = correctionProblem(viewer, { repId: invoice.repId, teamId: rep?.teamId ?? null, branchId: rep?.branchId ?? null }, 'reverses a payment');
    if (problem) throw forbidden(problem);
    const { row } = await updateLocked(
      this.dataSource,
      InvoiceEntity,
      'invoice',
      invoice.id,
      undefined,
      async (current, manager) => {
        const locked = await this.receivables.findPayment(payment.id, manager);
        if (!locked || locked.reversedAt != null) throw badUserInput('input.paymentId', 'the payment has already been reversed');
        return { paidMinor: current.paidMinor - locked.amountMinor };
      },
      async (manager) => {
        await this.receivables.markPaymentReversed(manager, payment.id, { reversedAt: now, reversedBy: viewer.subject, reversedReason: reason });
        await appendToOutbox(manager, [
          {
            type: 'PaymentReversed',
            aggregateId: payment.id,
            payload: {
              reversalId: randomUUID(),
              paymentId: payment.id,
              invoiceId: invoice.id,
              customerId: invoice.customerId,
              repId: invoice.repId,
              amountMinor: payment.amountMinor,
              receivedAt: new Date(payment.receivedAt).toISOString(),
              reversedAt: now.toISOString(),
              reversedBy: viewer.subject,
              reason,
              dueDate: invoice.dueDate,
            },
          },
        ]);
      },
    );
    return row;
  }

  /** A credit note by id, if the viewer may see its invoice (credited records included). */
  async creditNote(viewer: Viewer, id: string): Promise<CreditNoteEntity | null> {
    const note = await this.receivables.findCreditNote(id);
    if (!note) return null;
    return (await this.findVisibleByIds(viewer, [note.invoiceId], true)).length ? note : null;
  }

  creditNotesOf(invoiceIds: readonly string[]): Promise<CreditNoteEntity[]> {
    return this.receivables.creditNotesOf(invoiceIds);
  }

  /** Summaries per customer: open invoices and 90-day confirmed sales, two queries for a page. */
  async summariesByCustomer(customerIds: readonly string[], now = new Date()): Promise<Map<string, ReceivablesSummary>> {
    return this.summaries('customer_id', customerIds, now);
  }

  /** A rep's summary; the rep themselves, a manager of their team, the head of their branch, or anyone who sees all. */
  async repSummary(viewer: Viewer, repId: string, now = new Date()): Promise<ReceivablesSummary> {
    const scope = directoryScope(viewer);
    const rep = scope.kind === 'TEAM' || scope.kind === 'BRANCH' ? await this.directory.find(repId) : null;
    const allowed = viewer.repId === repId || scopeCovers(scope, { repId, teamId: rep?.teamId, branchId: rep?.branchId });
    if (!allowed) throw forbidden("You may not see this rep's receivables");
    return (await this.summaries('rep_id', [repId], now)).get(repId) ?? emptySummary();
  }

  private async summaries(key: 'customer_id' | 'rep_id', ids: readonly string[], now: Date): Promise<Map<string, ReceivablesSummary>> {
    const field = key === 'customer_id' ? 'customerId' : 'repId';
    const open = await this.receivables.openInvoicesOf(key, ids);
    const since = new Date(now.getTime() - DSO_PERIOD_DAYS * DAY_MS);
    const salesById = await this.orders.confirmedSalesSince(key, ids, since);
    const today = now;
    return new Map(
      ids.map((id) => {
        const mine = open
          .filter((invoice) => invoice[field] === id)
          .map((invoice) => ({ dueDate: invoice.dueDate, outstandingMinor: invoice.amountMinor - invoice.paidMinor }));
        const aging = ageReceivables(mine, today);
        const outstandingMinor = mine.reduce((sum, invoice) => sum + invoice.outstandingMinor, 0);
        return [
          id,
          {
            ...aging,
            outstandingMinor,
            overdueMinor: outstandingMinor - aging.CURRENT,
            dso: daysSalesOutstanding(outstandingMinor, salesById.get(id) ?? 0, DSO_PERIOD_DAYS),
            openInvoices: mine.length,
          },
        ];
      }),
    );
  }

  paymentsOf(invoiceIds: readonly string[]): Promise<PaymentEntity[]> {
    return this.receivables.paymentsOf(invoiceIds);
  }

  invoicesOfOrders(orderIds: readonly string[]): Promise<InvoiceEntity[]> {
    return this.receivables.invoicesOfOrders(orderIds);
  }
}

function emptySummary(): ReceivablesSummary {
  return { CURRENT: 0, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 0, outstandingMinor: 0, overdueMinor: 0, dso: null, openInvoices: 0 };
}
