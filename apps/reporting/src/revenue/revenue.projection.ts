import { dayKey } from '@salesgraph/domain';
import { EventHandlers, EventPayload } from '@salesgraph/events';
import { EntityManager } from 'typeorm';
import { CreditNoteFactEntity, OrderFactEntity, RepDailyRevenueEntity } from './order-fact.entity';

/**
 * Folds OrderRecorded into the order facts and the daily roll-up. Besides
 * the checkpoint, the fact's key makes a redelivered order a no-op.
 */
const recordOrder = async (manager: EntityManager, order: EventPayload<'OrderRecorded', 1>): Promise<void> => {
  const facts = manager.getRepository(OrderFactEntity);
  if (await facts.existsBy({ orderId: order.orderId })) return;
  const day = dayKey(new Date(order.orderedAt));
  await facts.insert({ orderId: order.orderId, customerId: order.customerId, repId: order.repId, day, totalMinor: order.totalMinor });
  const daily = manager.getRepository(RepDailyRevenueEntity);
  const existing = await daily.findOneBy({ repId: order.repId, day });
  await daily.save({
    repId: order.repId,
    day,
    revenueMinor: (existing?.revenueMinor ?? 0) + order.totalMinor,
    orderCount: (existing?.orderCount ?? 0) + 1,
  });
};

/**
 * A cancelled order's total is taken back on the day of the cancellation, never on the order's day, so a period
 * already reported on keeps its figure and the period of the cancellation shows the adjustment. Only an order that
 * counted (one with a fact: it was announced as confirmed) is taken back, and only once: the fact remembers the day.
 */
const cancelOrder = async (manager: EntityManager, cancelled: EventPayload<'OrderCancelled', 1>): Promise<void> => {
  const facts = manager.getRepository(OrderFactEntity);
  const fact = await facts.findOneBy({ orderId: cancelled.orderId });
  if (!fact || fact.cancelledDay !== null) return;
  const day = dayKey(new Date(cancelled.cancelledAt));
  await facts.update({ orderId: fact.orderId }, { cancelledDay: day });
  const daily = manager.getRepository(RepDailyRevenueEntity);
  const existing = await daily.findOneBy({ repId: fact.repId, day });
  await daily.save({
    repId: fact.repId,
    day,
    revenueMinor: (existing?.revenueMinor ?? 0) - fact.totalMinor,
    orderCount: (existing?.orderCount ?? 0) - 1,
  });
};

/** A credit note lowers revenue on the day it was issued, once: its fact's key makes a redelivery a no-op. */
const creditNote = async (manager: EntityManager, note: EventPayload<'CreditNoteIssued', 1>): Promise<void> => {
  const facts = manager.getRepository(CreditNoteFactEntity);
  if (await facts.existsBy({ creditNoteId: note.creditNoteId })) return;
  const day = dayKey(new Date(note.issuedAt));
  await facts.insert({ creditNoteId: note.creditNoteId, orderId: note.orderId, repId: note.repId, day, amountMinor: note.amountMinor });
  const daily = manager.getRepository(RepDailyRevenueEntity);
  const existing = await daily.findOneBy({ repId: note.repId, day });
  await daily.save({ repId: note.repId, day, revenueMinor: (existing?.revenueMinor ?? 0) - note.amountMinor, orderCount: existing?.orderCount ?? 0 });
};

/** Versions 2 to 4 add fields revenue does not need (terms, discounts, units): all versions fold the same way. */
export const revenueProjection: EventHandlers = {
  OrderRecorded: { 1: recordOrder, 2: recordOrder, 3: recordOrder, 4: recordOrder },
  OrderCancelled: { 1: cancelOrder },
  CreditNoteIssued: { 1: creditNote },
};
