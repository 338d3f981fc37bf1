/**
 * Records that can be corrected (docs/domain.md#order-revision-and-withdrawal): a rejected order is revised or withdrawn. The facts count a revised order
 * once, when its confirmation is announced (OrderRecorded, on the order's day, as for an approval), and pass over what
 * they do not handle: the waiting, the rejection and a withdrawal, none of which was ever revenue.
 */
import { EventEnvelope } from '@salesgraph/events';
import { FeedEntry, revisedOrderLife, withdrawnOrderLife } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { withTestOrganisation } from '../test-organisation';
import { annsFigures } from './anns-figures';
import { repPerformanceSubgraph } from '../subgraph';

describeOnEachDatabase('facts: a rejected order revised or withdrawn', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const feed = (life: FeedEntry[]) =>
    life.map(
      (entry) =>
        ({
          id: `e${++sequence}`,
          sequence,
          type: entry.type,
          version: entry.version,
          occurredAt: '2026-11-03T00:00:00.000Z',
          aggregateId: 'x',
          payload: entry.payload,
        }) as EventEnvelope,
    );
  const { kpis } = annsFigures(t);

  it('counts a revised order once, like an approved one, and moves past its rejection and a withdrawal', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const revised = feed(revisedOrderLife('o-revised', t.org.reps.ann.id, 80_000));
    const withdrawn = feed(withdrawnOrderLife('o-withdrawn', t.org.reps.ann.id));
    expect(await consumer.apply([...revised, ...withdrawn])).toBe(1);
    // Types it does not handle are passed over, not a block: the checkpoint is past the withdrawal.
    expect(await consumer.checkpoint()).toBe(sequence);
    const november = await kpis('2026-11');
    expect(november['REVENUE']).toMatchObject({ value: 800, facts: [{ name: 'orders', value: 1 }] });
    expect(november['DISCOUNTS_BEYOND_AUTHORITY'].value).toBe(1);
  });
});
