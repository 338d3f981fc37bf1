import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, FeedConsumer } from '@salesgraph/events';
import { pendingSchemaChanges, queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';

import { reportingSubgraph } from '../subgraph';

const director: Viewer = { subject: 'd', role: 'DIRECTOR' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'ann', teamId: 'north' };
const northManager: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'nina', teamId: 'north' };

let sequence = 0;
const envelope = (type: EventEnvelope['type'], payload: EventEnvelope['payload']): EventEnvelope => ({
  id: `e${++sequence}`,
  sequence,
  type,
  version: 1,
  occurredAt: '2026-11-29T00:00:00.000Z',
  aggregateId: 'x',
  payload,
});
const order = (orderId: string, repId: string, totalMinor: number, orderedAt: string) =>
  envelope('OrderRecorded', { orderId, customerId: 'c', repId, totalMinor, orderedAt });
const rep = (repId: string, teamId: string) => envelope('SalesRepRegistered', { repId, teamId, name: repId });

describeOnEachDatabase('revenue read model', (kind) => {
  let subgraph: TestSubgraph;
  let orders: FeedConsumer;
  let org: FeedConsumer;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(reportingSubgraph, kind);
    // The real consumers; events are handed to them as the feed would deliver them.
    orders = handFedConsumer(reportingSubgraph, subgraph.dataSource, 'customer-relationship');
    org = handFedConsumer(reportingSubgraph, subgraph.dataSource, 'rep-performance');
    sequence = 0;
    await org.apply([rep('ann', 'north'), rep('bob', 'north'), rep('sam', 'south')]);
  });
  afterAll(() => subgraph?.stop());

  const revenue = (viewer: Viewer, repIds: string[], period: string) =>
    subgraph.execute(viewer, `query($r: [_Any!]!, $p: Period!) { _entities(representations: $r) { ... on SalesRep { id revenue(period: $p) } } }`, {
      r: repIds.map((id) => ({ __typename: 'SalesRep', id })),
      p: period,
    });
  const figures = async (repIds: string[], period: string) =>
    ((await revenue(director, repIds, period)).data as { _entities: Array<{ revenue: string }> })._entities.map((entity) => entity.revenue);

  it('leaves no schema change for the entities after migrating', async () => {
    expect(await pendingSchemaChanges(subgraph.dataSource)).toEqual([]);
  });

  it('sums orders by the period they fall in, by UTC day', async () => {
    sequence = 0;
    await orders.apply([
      order('o1', 'ann', 10050, '2026-11-15T10:00:00.000Z'),
      order('o2', 'ann', 2000, '2026-09-30T23:59:59.000Z'),
      order('o3', 'bob', 99, '2025-12-31T23:00:00.000Z'),
      order('o4', 'ann', 1, '2026-12-31T12:00:00.000Z'),
    ]);
    expect(await figures(['ann', 'bob', 'sam'], '2026')).toEqual(['120.51', '0.00', '0.00']);
    expect(await figures(['ann', 'bob'], '2026-Q4')).toEqual(['100.51', '0.00']);
    expect(await figures(['ann'], '2026-Q3')).toEqual(['20.00']);
    expect(await figures(['ann'], '2026-11')).toEqual(['100.50']);
    expect(await figures(['ann'], '2026-W46')).toEqual(['100.50']);
    expect(await figures(['ann'], '2026-11-15')).toEqual(['100.50']);
    expect(await figures(['bob'], '2025')).toEqual(['0.99']);
  });

  it('never counts an order twice: not on redelivery, not past the checkpoint', async () => {
    expect(await orders.apply([order('o1', 'ann', 10050, '2026-11-15T10:00:00.000Z')])).toBe(1);
    expect(await figures(['ann'], '2026-11')).toEqual(['100.50']);
    const replay = [1, 2, 3, 4].map((s) => ({ ...order('o1', 'ann', 10050, '2026-11-15T10:00:00.000Z'), sequence: s }));
    expect(await orders.apply(replay)).toBe(0);
    expect(await figures(['ann'], '2026')).toEqual(['120.51']);
  });

  it('refuses a malformed period with BAD_USER_INPUT on period', async () => {
    for (const period of ['2026-13', 'Q4', 'last year']) {
      expect(onlyError(await revenue(director, ['ann'], period)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
    }
  });

  it("shows a rep their own figures, a manager the team's, and refuses the rest", async () => {
    expect((await revenue(ann, ['ann'], '2026')).errors).toBeUndefined();
    const other = await revenue(ann, ['bob'], '2026');
    expect(onlyError(other).extensions?.['code']).toBe('FORBIDDEN');
    expect((await revenue(northManager, ['ann', 'bob'], '2026')).errors).toBeUndefined();
    expect(onlyError(await revenue(northManager, ['sam'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
  });

  it("shows a branch head the branch's reps' figures once rep-performance has announced their branches, and none of another branch", async () => {
    const hugo: Viewer = { subject: 'hugo', role: 'MANAGER', repId: 'hugo', teamId: 'east', branchId: 'one' };
    const placed = (repId: string, teamId: string, branchId: string | null, headsBranchId: string | null = null) =>
      ({
        ...envelope('SalesRepRegistered', { repId, teamId, name: repId }),
        version: 4,
        payload: { repId, teamId, name: repId, discountAuthorityBp: 1000, role: null, branchId, headsBranchId },
      }) as EventEnvelope;
    // Before v4 no branch is known: the head is read as east's manager, which holds neither rep.
    expect(onlyError(await revenue(hugo, ['ann'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
    await org.apply([placed('ann', 'north', 'one'), placed('bob', 'north', 'one'), placed('sam', 'south', 'two'), placed('hugo', 'east', 'one', 'one')]);
    expect((await revenue(hugo, ['ann', 'bob'], '2026')).errors).toBeUndefined();
    expect(onlyError(await revenue(hugo, ['sam'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
    // The same person without the branch in their token is east's manager only.
    expect(onlyError(await revenue({ ...hugo, branchId: undefined }, ['ann'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
    // A claim the records do not back is dropped: Nina heads no branch, and Hugo, once no longer head, is east's manager again.
    expect(onlyError(await revenue({ ...northManager, branchId: 'two' }, ['sam'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
    await org.apply([placed('hugo', 'east', 'one', null)]);
    expect(onlyError(await revenue(hugo, ['ann'], '2026')).extensions?.['code']).toBe('FORBIDDEN');
    // A team's manager still sees their team.
    expect((await revenue(northManager, ['ann', 'bob'], '2026')).errors).toBeUndefined();
  });

  it('answers any number of reps in one statement per period', async () => {
    const counter = queryCounter(subgraph.dataSource);
    const one = await counter.countDuring(() => revenue(director, ['ann'], '2026'));
    const many = await counter.countDuring(() => revenue(director, ['ann', 'bob', 'sam', 'x1', 'x2', 'x3'], '2026'));
    expect(one).toBe(1);
    expect(many).toBe(1);
    const managerMany = await counter.countDuring(() => revenue(northManager, ['ann', 'bob', 'nina'], '2026'));
    expect(managerMany).toBe(2);
  });
});
