import { dayKey, orderEntryOnTime, ORDER_ENTRY_DUE_HOURS } from '@salesgraph/domain';
import { EventEnvelope, EventHandlers, EventPayload } from '@salesgraph/events';
import { EntityManager } from 'typeorm';
import {
  CustomerFactEntity,
  CustomerRevenueFactEntity,
  CustomerVisitDayEntity,
  DailyCounters,
  InvoiceFactEntity,
  PaymentFactEntity,
  RepDailyFactEntity,
  VisitPolicyFactEntity,
} from './facts.entity';

const day = (iso: string) => dayKey(new Date(iso));

/** Adds to a rep's day, creating it on first use. */
async function addToDay(manager: EntityManager, repId: string, onDay: string, add: Partial<DailyCounters>): Promise<void> {
  const facts = manager.getRepository(RepDailyFactEntity);
  const existing = await facts.findOneBy({ repId, day: onDay });
  if (!existing) {
    await facts.insert({ repId, day: onDay, ...add });
    return;
  }
  const changes: Partial<DailyCounters> = {};
  for (const [key, value] of Object.entries(add) as Array<[keyof DailyCounters, number]>) changes[key] = existing[key] + value;
  await facts.update({ repId, day: onDay }, changes);
}

/**
 * One order, whatever its contract version: v1 knows only revenue, v2 adds
 * gross profit, terms and discount approval, v3 units, the list total (so the
 * whole discount) and when it was entered, v4 the part of the discount beyond
 * the rep's authority. What an older version does not say is counted as zero:
 * an approved v2 or v3 order counts among the discounts beyond authority (and
 * v3 adds its whole discount) but adds nothing to the amount beyond authority.
 */
async function foldOrder(manager: EntityManager, order: EventPayload<'OrderRecorded', 4>, known: { v2: boolean; v3: boolean; v4: boolean }): Promise<void> {
  const orderedAt = new Date(order.orderedAt);
  const beyondAuthority = known.v2 && order.discountApprovedBy !== null;
  await addToDay(manager, order.repId, dayKey(orderedAt), {
    revenueMinor: order.totalMinor,
    grossProfitMinor: known.v2 ? (order.grossProfitMinor ?? 0) : 0,
    units: known.v3 ? order.units : 0,
    orders: 1,
    ordersWithinTerms: known.v2 && !order.termsBeyondStandard ? 1 : 0,
    discountsBeyond: beyondAuthority ? 1 : 0,
    discountBeyondMinor: beyondAuthority && known.v3 ? order.listTotalMinor - order.totalMinor : 0,
    discountBeyondAuthorityMinor: beyondAuthority && known.v4 ? order.discountBeyondAuthorityMinor : 0,
  });
  // Entering the order is one of the reports due: on the day its entry falls due.
  const dueDay = dayKey(new Date(orderedAt.getTime() + ORDER_ENTRY_DUE_HOURS * 3_600_000));
  await addToDay(manager, order.repId, dueDay, { reportsDue: 1, reportsOnTime: orderEntryOnTime(orderedAt, new Date(order.recordedAt)) ? 1 : 0 });
  const revenue = manager.getRepository(CustomerRevenueFactEntity);
  const key = { customerId: order.customerId, repId: order.repId, day: dayKey(orderedAt) };
  const existing = await revenue.findOneBy(key);
  if (existing) await revenue.update(key, { revenueMinor: existing.revenueMinor + order.totalMinor });
  else await revenue.insert({ ...key, revenueMinor: order.totalMinor });
}

/**
 * A cancelled order no longer counts: what it added when it was announced is taken back on the day of the cancellation
 * (in the period open then), never on the order's day, so a closed period's frozen scorecards and commission
 * statements stay as they were and the current period shows the adjustment. An order cancelled while waiting for
 * approval never counted (`counted` is null). The entry of the order was still a report made: its timeliness stays.
 */
async function foldCancellation(manager: EntityManager, cancelled: EventPayload<'OrderCancelled', 1>): Promise<void> {
  const counted = cancelled.counted;
  if (!counted) return;
  const onDay = day(cancelled.cancelledAt);
  await addToDay(manager, cancelled.repId, onDay, {
    revenueMinor: -counted.totalMinor,
    grossProfitMinor: -(counted.grossProfitMinor ?? 0),
    units: -counted.units,
    orders: -1,
    ordersWithinTerms: counted.termsBeyondStandard ? 0 : -1,
    discountsBeyond: counted.discountBeyond ? -1 : 0,
    discountBeyondMinor: counted.discountBeyond ? -(counted.listTotalMinor - counted.totalMinor) : 0,
    discountBeyondAuthorityMinor: counted.discountBeyond ? -counted.discountBeyondAuthorityMinor : 0,
  });
  const revenue = manager.getRepository(CustomerRevenueFactEntity);
  const key = { customerId: cancelled.customerId, repId: cancelled.repId, day: onDay };
  const existing = await revenue.findOneBy(key);
  if (existing) await revenue.update(key, { revenueMinor: existing.revenueMinor - counted.totalMinor });
  else await revenue.insert({ ...key, revenueMinor: -counted.totalMinor });
}

/**
 * A credit note lowers the sale's revenue (and its gross profit when the order's costs are known) on the day it was
 * issued, like a cancellation, so closed periods keep their figures. What the invoice asks is lowered in place: the
 * collection rate and overdue receivables measure what the customer actually owes.
 */
async function foldCreditNote(manager: EntityManager, note: EventPayload<'CreditNoteIssued', 1>): Promise<void> {
  const onDay = day(note.issuedAt);
  await addToDay(manager, note.repId, onDay, { revenueMinor: -note.amountMinor, grossProfitMinor: note.grossProfitKnown ? -note.amountMinor : 0 });
  const revenue = manager.getRepository(CustomerRevenueFactEntity);
  const key = { customerId: note.customerId, repId: note.repId, day: onDay };
  const existing = await revenue.findOneBy(key);
  if (existing) await revenue.update(key, { revenueMinor: existing.revenueMinor - note.amountMinor });
  else await revenue.insert({ ...key, revenueMinor: -note.amountMinor });
  await manager.getRepository(InvoiceFactEntity).update({ invoiceId: note.invoiceId }, { amountMinor: note.invoiceAmountMinor });
}

/** Versions before 4 do not say the authority or the part beyond it: counted as nothing beyond. */
const NOT_SAID_BEFORE_V4 = { discountAuthorityBp: 0, discountBeyondAuthorityMinor: 0 } as const;

/** Older versions were entered when they were announced. */
const enteredAt = (event: EventEnvelope<'OrderRecorded'>) => event.occurredAt;

/**
 * Folds customer-relationship's feed into the facts every KPI of docs/domain.md#kpis
 * is computed from. Runs inside the consumer's transaction with its checkpoint,
 * so each event counts exactly once however often it is delivered.
 */
export const factsProjection: EventHandlers = {
  OrderRecorded: {
    1: (manager, order, event) =>
      foldOrder(
        manager,
        {
          ...order,
          grossProfitMinor: null,
          channel: null,
          paymentTermsDays: 0,
          termsBeyondStandard: false,
          maxDiscountBp: 0,
          discountApprovedBy: null,
          units: 0,
          listTotalMinor: order.totalMinor,
          recordedAt: enteredAt(event),
          ...NOT_SAID_BEFORE_V4,
        },
        { v2: false, v3: false, v4: false },
      ),
    2: (manager, order, event) =>
      foldOrder(
        manager,
        { ...order, units: 0, listTotalMinor: order.totalMinor, recordedAt: enteredAt(event), ...NOT_SAID_BEFORE_V4 },
        { v2: true, v3: false, v4: false },
      ),
    3: (manager, order) => foldOrder(manager, { ...order, ...NOT_SAID_BEFORE_V4 }, { v2: true, v3: true, v4: false }),
    4: (manager, order) => foldOrder(manager, order, { v2: true, v3: true, v4: true }),
  },
  OrderCancelled: {
    1: (manager, cancelled) => foldCancellation(manager, cancelled),
  },
  PaymentApplied: {
    1: async (manager, payment) => {
      await manager.getRepository(PaymentFactEntity).insert({
        paymentId: payment.paymentId,
        invoiceId: payment.invoiceId,
        repId: payment.repId,
        amountMinor: payment.amountMinor,
        receivedDay: day(payment.receivedAt),
      });
      await addToDay(manager, payment.repId, day(payment.receivedAt), { collectedMinor: payment.amountMinor });
    },
  },
  CreditNoteIssued: {
    1: (manager, note) => foldCreditNote(manager, note),
  },
  PaymentReversed: {
    // Taken from what was collected on the day of the reversal (a closed period keeps its figures); the payment's own
    // fact stays, and a negative one on the reversal's day makes what was paid of the invoice, and overdue receivables
    // from that day on, follow.
    1: async (manager, reversal) => {
      await manager.getRepository(PaymentFactEntity).insert({
        paymentId: reversal.reversalId,
        invoiceId: reversal.invoiceId,
        repId: reversal.repId,
        amountMinor: -reversal.amountMinor,
        receivedDay: day(reversal.reversedAt),
      });
      await addToDay(manager, reversal.repId, day(reversal.reversedAt), { collectedMinor: -reversal.amountMinor });
    },
  },
  InvoiceIssued: {
    1: async (manager, invoice) => {
      await manager
        .getRepository(InvoiceFactEntity)
        .insert({ invoiceId: invoice.invoiceId, repId: invoice.repId, amountMinor: invoice.amountMinor, dueDay: invoice.dueDate.slice(0, 10) });
    },
  },
  VisitLogged: {
    1: async (manager, visit) => {
      await addToDay(manager, visit.repId, day(visit.visitedAt), {
        visits: 1,
        newDevelopmentVisits: visit.kind === 'NEW_DEVELOPMENT' ? 1 : 0,
        maintenanceVisits: visit.kind === 'MAINTENANCE' ? 1 : 0,
      });
      const onTime = visit.reportSubmittedAt !== null && Date.parse(visit.reportSubmittedAt) <= Date.parse(visit.reportDueAt);
      await addToDay(manager, visit.repId, day(visit.reportDueAt), { reportsDue: 1, reportsOnTime: onTime ? 1 : 0 });
      const visitDay = { customerId: visit.customerId, day: day(visit.visitedAt) };
      if (!(await manager.getRepository(CustomerVisitDayEntity).existsBy(visitDay))) await manager.getRepository(CustomerVisitDayEntity).insert(visitDay);
    },
  },
  VisitReportSubmitted: {
    1: async (manager, report) => {
      if (Date.parse(report.submittedAt) <= Date.parse(report.dueAt)) await addToDay(manager, report.repId, day(report.dueAt), { reportsOnTime: 1 });
    },
  },
  ComplaintResolved: {
    1: async (manager, complaint) => {
      const minutes = Math.round((Date.parse(complaint.resolvedAt) - Date.parse(complaint.openedAt)) / 60_000);
      await addToDay(manager, complaint.repId, day(complaint.resolvedAt), { complaintsResolved: 1, handlingMinutes: minutes });
    },
  },
  SatisfactionSurveyRecorded: {
    1: (manager, survey) => addToDay(manager, survey.repId, day(survey.surveyedAt), { surveys: 1, surveyScoreSum: survey.score }),
  },
  CustomerCreated: {
    1: async (manager, customer) => {
      await manager
        .getRepository(CustomerFactEntity)
        .upsert(
          { customerId: customer.customerId, ownerId: customer.ownerId, class: customer.class, status: 'PROSPECT', filedAt: new Date(customer.createdAt) },
          ['customerId'],
        );
    },
  },
  CustomerUpdated: {
    1: async (manager, customer) => {
      await manager.getRepository(CustomerFactEntity).update({ customerId: customer.customerId }, { class: customer.class });
    },
  },
  CustomerStatusChanged: {
    1: async (manager, change) => {
      await manager.getRepository(CustomerFactEntity).update({ customerId: change.customerId }, { status: change.to });
    },
  },
  CustomerReassigned: {
    1: async (manager, change) => {
      await manager.getRepository(CustomerFactEntity).update({ customerId: change.customerId }, { ownerId: change.toRepId });
    },
  },
  VisitPolicyChanged: {
    1: async (manager, policy) => {
      await manager.getRepository(VisitPolicyFactEntity).upsert({ class: policy.class, intervalDays: policy.intervalDays }, ['class']);
    },
  },
};
