import { EventPayload, EventType } from '../contracts';
import { orderRecordedV4 } from './revenue-read-model';

/** An event as a spec lays out a feed: the envelope is the consumer spec's to add. */
export interface FeedEntry {
  type: EventType;
  version: number;
  payload: unknown;
}

/**
 * What customer-relationship announces of an order a manager rejected and its rep then revised (docs/domain.md#order-revision-and-withdrawal, records that
 * can be corrected): waiting, rejected, waiting again beyond authority, and confirmed on approval. Only the last is
 * revenue, and only once.
 */
export const revisedOrderLife = (orderId: string, repId: string, totalMinor: number): FeedEntry[] => [
  {
    type: 'OrderAwaitingApproval',
    version: 1,
    payload: { orderId, customerId: 'c1', repId, totalMinor: totalMinor - 5_000, maxDiscountBp: 3_000, authorityBp: 1_000 } satisfies EventPayload<
      'OrderAwaitingApproval',
      1
    >,
  },
  { type: 'OrderDiscountRejected', version: 1, payload: { orderId, repId, reason: 'Too deep' } satisfies EventPayload<'OrderDiscountRejected', 1> },
  {
    type: 'OrderAwaitingApproval',
    version: 1,
    payload: { orderId, customerId: 'c1', repId, totalMinor, maxDiscountBp: 2_000, authorityBp: 1_000 } satisfies EventPayload<'OrderAwaitingApproval', 1>,
  },
  {
    type: 'OrderRecorded',
    version: 4,
    payload: { ...orderRecordedV4(orderId, repId, totalMinor), maxDiscountBp: 2_000, discountApprovedBy: 'mia' } satisfies EventPayload<'OrderRecorded', 4>,
  },
];

/** An order a manager rejected and its rep then withdrew: never revenue. */
export const withdrawnOrderLife = (orderId: string, repId: string): FeedEntry[] => [
  {
    type: 'OrderAwaitingApproval',
    version: 1,
    payload: { orderId, customerId: 'c1', repId, totalMinor: 70_000, maxDiscountBp: 3_000, authorityBp: 1_000 } satisfies EventPayload<
      'OrderAwaitingApproval',
      1
    >,
  },
  { type: 'OrderDiscountRejected', version: 1, payload: { orderId, repId, reason: 'Too deep' } satisfies EventPayload<'OrderDiscountRejected', 1> },
  {
    type: 'OrderWithdrawn',
    version: 1,
    payload: {
      orderId,
      customerId: 'c1',
      repId,
      orderedAt: '2026-11-01T10:00:00.000Z',
      withdrawnAt: '2026-11-03T10:00:00.000Z',
      withdrawnBy: repId,
      reason: 'Customer bought elsewhere',
    } satisfies EventPayload<'OrderWithdrawn', 1>,
  },
];
