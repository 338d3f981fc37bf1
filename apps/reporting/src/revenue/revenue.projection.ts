import { dayKey } from '@salesgraph/domain';
import { EventHandlers, EventPayload } from '@salesgraph/events';
import { EntityManager } from 'typeorm';
import { OrderFactEntity, RepDailyRevenueEntity } from './order-fact.entity';

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

/** Versions 2 to 4 add fields revenue does not need (terms, discounts, units): all versions fold the same way. */
export const revenueProjection: EventHandlers = {
  OrderRecorded: { 1: recordOrder, 2: recordOrder, 3: recordOrder, 4: recordOrder },
};
