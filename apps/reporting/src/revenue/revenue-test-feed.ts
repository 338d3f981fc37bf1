import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, EventType } from '@salesgraph/events';
import { DatabaseKind } from '@salesgraph/persistence';
import { handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';

import { reportingSubgraph } from '../subgraph';

const director: Viewer = { subject: 'd', role: 'DIRECTOR' };

/**
 * For a describe block: a reporting subgraph on a fresh database that knows
 * rep Ann, fed customer-relationship's events by hand, and her revenue as
 * the graph answers it. Read `subgraph` inside tests, once beforeAll has run.
 */
export function withAnnsRevenue(kind: DatabaseKind) {
  const context = {} as { subgraph: TestSubgraph };
  let sequence = 0;
  beforeAll(async () => {
    context.subgraph = await startTestSubgraph(reportingSubgraph, kind);
    const org = handFedConsumer(reportingSubgraph, context.subgraph.dataSource, 'rep-performance');
    await org.apply([
      {
        id: 'r1',
        sequence: 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '2026-10-01T00:00:00.000Z',
        aggregateId: 'ann',
        payload: { repId: 'ann', teamId: 'north', name: 'Ann' },
      },
    ]);
  });
  afterAll(() => context.subgraph?.stop());
  return {
    get subgraph(): TestSubgraph {
      return context.subgraph;
    },
    /** The next event of customer-relationship's feed. */
    envelope: (type: EventType, version: number, payload: unknown): EventEnvelope =>
      ({ id: `e${++sequence}`, sequence, type, version, occurredAt: '2026-11-15T10:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope,
    /** The same event delivered again later, as a consumer restarted from before its checkpoint would get it. */
    redeliver: (event: EventEnvelope): EventEnvelope => ({ ...event, id: 'again', sequence: ++sequence }),
    /** Applies events as the consumer of customer-relationship's feed: how many it applied. */
    applyOrders: (events: EventEnvelope[]) => handFedConsumer(reportingSubgraph, context.subgraph.dataSource, 'customer-relationship').apply(events),
    revenue: async (period: string): Promise<string> =>
      (
        (
          await context.subgraph.execute(
            director,
            `query($p: Period!) { _entities(representations: [{ __typename: "SalesRep", id: "ann" }]) { ... on SalesRep { revenue(period: $p) } } }`,
            { p: period },
          )
        ).data as { _entities: Array<{ revenue: string }> }
      )._entities[0].revenue,
  };
}
