/**
 * docs/architecture.md#contract-versioning: customer-relationship announces orders as OrderRecorded v4.
 * A consumer stops at a version it has no handler for (README, "A consumer
 * never passes over an event it needs"), so reporting must read v4 too.
 */
import { Viewer } from '@salesgraph/auth';
import { CURRENT_VERSION, EventEnvelope, EventHandlers, EventPayload, EventType } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';

import { repDimensionProjection } from '../rep-dimension/rep-dimension.projection';
import { reportingSubgraph } from '../subgraph';
import { revenueProjection } from './revenue.projection';

const director: Viewer = { subject: 'd', role: 'DIRECTOR' };

const v4: EventPayload<'OrderRecorded', 4> = {
  orderId: 'o-v4',
  customerId: 'c',
  repId: 'ann',
  orderedAt: '2026-11-15T10:00:00.000Z',
  // 20 × 500.00 at 20 %
  totalMinor: 800_000,
  grossProfitMinor: null,
  channel: 'DIRECT',
  paymentTermsDays: 30,
  termsBeyondStandard: false,
  maxDiscountBp: 2_000,
  discountApprovedBy: 'nina',
  units: 20,
  listTotalMinor: 1_000_000,
  recordedAt: '2026-11-15T10:00:00.000Z',
  discountAuthorityBp: 1_500,
  discountBeyondAuthorityMinor: 50_000,
};

describeOnEachDatabase('reporting reads OrderRecorded v4', (kind) => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(reportingSubgraph, kind);
  });
  afterAll(() => subgraph?.stop());

  it('reads the version producers write today of every event type it handles', () => {
    const missing = ([revenueProjection, repDimensionProjection] as EventHandlers[]).flatMap((handlers) =>
      (Object.keys(handlers) as EventType[]).filter((type) => !(CURRENT_VERSION[type] in (handlers[type] ?? {}))),
    );
    expect(missing).toEqual([]);
  });

  it('folds a v4 order into revenue instead of stopping at it', async () => {
    const orders = handFedConsumer(reportingSubgraph, subgraph.dataSource, 'customer-relationship');
    const org = handFedConsumer(reportingSubgraph, subgraph.dataSource, 'rep-performance');
    await org.apply([
      {
        id: 'r1',
        sequence: 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '2026-11-01T00:00:00.000Z',
        aggregateId: 'ann',
        payload: { repId: 'ann', teamId: 'north', name: 'Ann' },
      },
    ]);
    const event: EventEnvelope = {
      id: 'e1',
      sequence: 1,
      type: 'OrderRecorded',
      version: 4,
      occurredAt: '2026-11-15T10:00:00.000Z',
      aggregateId: 'o-v4',
      payload: v4,
    };
    expect(await orders.apply([event])).toBe(1);
    const result = await subgraph.execute(
      director,
      `{ _entities(representations: [{ __typename: "SalesRep", id: "ann" }]) { ... on SalesRep { revenue(period: "2026-11") } } }`,
    );
    expect(result.data).toEqual({ _entities: [{ revenue: '8000.00' }] });
  });
});
