/**
 * Records that can be corrected (docs/domain.md#order-revision-and-withdrawal): a rejected order is revised or withdrawn. Reporting's revenue counts a revised
 * order once, when its confirmation is announced (OrderRecorded, as for an approval), and passes over what it does not
 * handle: the waiting, the rejection and a withdrawal, none of which was ever revenue.
 */
import { FeedEntry, revisedOrderLife, withdrawnOrderLife } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { reportingSubgraph } from '../subgraph';

import { withAnnsRevenue } from './revenue-test-feed';
import { OrderFactEntity } from './order-fact.entity';

describeOnEachDatabase('reporting: a rejected order revised or withdrawn', (kind) => {
  const t = withAnnsRevenue(kind);
  const { envelope, redeliver, applyOrders, revenue } = t;
  const feed = (life: FeedEntry[]) => life.map((entry) => envelope(entry.type, entry.version, entry.payload));

  it('counts a revised order once, on its confirmation, and moves past its rejection and a withdrawal', async () => {
    const revised = feed(revisedOrderLife('o-revised', 'ann', 80_000));
    const withdrawn = feed(withdrawnOrderLife('o-withdrawn', 'ann'));
    expect(await applyOrders([...revised, ...withdrawn])).toBe(1);
    expect(await revenue('2026-11')).toBe('800.00');
    // Types it does not handle are passed over, not a block: the checkpoint is past the withdrawal.
    expect(await handFedConsumer(reportingSubgraph, t.subgraph.dataSource, 'customer-relationship').checkpoint()).toBe(
      withdrawn[withdrawn.length - 1].sequence,
    );
    expect(await t.subgraph.dataSource.getRepository(OrderFactEntity).countBy({ orderId: 'o-withdrawn' })).toBe(0);
    // The confirmation delivered again counts nothing twice.
    expect(await applyOrders([redeliver(revised[revised.length - 1])])).toBe(1);
    expect(await revenue('2026-11')).toBe('800.00');
  });
});
