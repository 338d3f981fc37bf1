/**
 * The automatic customer lifecycle: ACTIVE → DORMANT after CUSTOMER_DORMANT_AFTER_DAYS without a confirmed order,
 * → CHURNED after CUSTOMER_CHURNED_AFTER_DAYS, announced as CustomerStatusChanged; idempotent, and one change per
 * customer when two replicas run it at once; a customer a person made ACTIVE again is idle only from then.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';
import { CustomerLifecycleService } from './lifecycle.service';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('customer lifecycle', (kind) => {
  let subgraph: TestSubgraph;
  const ids: Record<string, string> = {};
  // two replicas: two services on the one database, 90 days to dormant, 180 to churned
  const replica = () => new CustomerLifecycleService(subgraph.dataSource, { dormantAfterDays: 90, churnedAfterDays: 180 });
  const statuses = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(ids).map(async ([name, id]) => [
          name,
          ((await subgraph.execute(director, `query($id: ID!) { customer(id: $id) { status } }`, { id })).data as { customer: { status: string } }).customer
            .status,
        ]),
      ),
    );
  const changes = async (after: number) =>
    (await readFeed(subgraph.dataSource, after, 1000))
      .filter((event) => event.type === 'CustomerStatusChanged')
      .map((event) => {
        const payload = event.payload as { customerId: string; from: string; to: string; changedAt: string };
        return [Object.keys(ids).find((name) => ids[name] === payload.customerId), payload.from, payload.to, payload.changedAt];
      });
  const lastSequence = async () => (await readFeed(subgraph.dataSource, 0, 10_000)).at(-1)?.sequence ?? 0;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const customer = async (name: string, orders: Array<[string, string]>) => {
      const created = await subgraph.execute(ann, `mutation($n: String!) { createCustomer(input: { name: $n, class: B }) { id } }`, { n: name });
      ids[name] = (created.data as { createCustomer: { id: string } }).createCustomer.id;
      for (const [orderedAt, total] of orders) {
        const order = await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, {
          i: { customerId: ids[name], total, orderedAt },
        });
        expect(order.errors).toBeUndefined();
      }
    };
    // last confirmed orders, measured at 1 June 2026: 142 days, 243 days, 31 days, none (a prospect), 92 days
    await customer('quiet', [
      ['2025-12-01T09:00:00Z', '100.00'],
      ['2026-01-10T09:00:00Z', '50.00'],
    ]);
    await customer('gone', [['2025-10-01T09:00:00Z', '80.00']]);
    await customer('buying', [
      ['2026-01-05T09:00:00Z', '10.00'],
      ['2026-05-01T09:00:00Z', '20.00'],
    ]);
    await customer('prospect', []);
    await customer('edge', [['2026-03-01T09:00:00Z', '10.00']]);
  });
  afterAll(() => subgraph?.stop());

  it('makes idle customers dormant, long-idle ones churned, leaves buyers and prospects, and says so once', async () => {
    const before = await lastSequence();
    const run = await replica().run(new Date('2026-06-01T00:00:00Z'));
    expect(run).toEqual({ asOf: new Date('2026-06-01T00:00:00Z'), dormantAfterDays: 90, churnedAfterDays: 180, madeDormant: 2, madeChurned: 1 });
    expect(await statuses()).toEqual({ quiet: 'DORMANT', gone: 'CHURNED', buying: 'ACTIVE', prospect: 'PROSPECT', edge: 'DORMANT' });
    expect((await changes(before)).sort()).toEqual([
      ['edge', 'ACTIVE', 'DORMANT', '2026-06-01T00:00:00.000Z'],
      ['gone', 'ACTIVE', 'CHURNED', '2026-06-01T00:00:00.000Z'],
      ['quiet', 'ACTIVE', 'DORMANT', '2026-06-01T00:00:00.000Z'],
    ]);
    // again at the same moment, or a day later: nothing more to do, nothing announced
    const after = await lastSequence();
    expect(await replica().run(new Date('2026-06-01T00:00:00Z'))).toMatchObject({ madeDormant: 0, madeChurned: 0 });
    expect(await replica().run(new Date('2026-06-02T00:00:00Z'))).toMatchObject({ madeDormant: 0, madeChurned: 0 });
    expect(await changes(after)).toEqual([]);
  });

  it('counts only confirmed orders, and an order wakes a dormant customer', async () => {
    // a new order for quiet (confirmed: within Ann's authority) makes it ACTIVE again
    const order = await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { customer { status } } }`, {
      i: { customerId: ids['quiet'], total: '5.00', orderedAt: '2026-06-10T09:00:00Z' },
    });
    expect(order.data).toEqual({ recordOrder: { customer: { status: 'ACTIVE' } } });
    expect(await replica().run(new Date('2026-07-01T00:00:00Z'))).toMatchObject({ madeDormant: 0, madeChurned: 0 });
    expect((await statuses())['quiet']).toBe('ACTIVE');
  });

  it('changes each customer once when two replicas run at the same moment', async () => {
    const before = await lastSequence();
    // 1 October 2026: quiet idle 113 days → DORMANT; edge idle 214 days → CHURNED; buying idle 153 days → DORMANT
    const runs = await Promise.all([replica().run(new Date('2026-10-01T00:00:00Z')), replica().run(new Date('2026-10-01T00:00:00Z'))]);
    expect(runs.reduce((sum, run) => sum + run.madeDormant, 0)).toBe(2);
    expect(runs.reduce((sum, run) => sum + run.madeChurned, 0)).toBe(1);
    expect(await statuses()).toEqual({ quiet: 'DORMANT', gone: 'CHURNED', buying: 'DORMANT', prospect: 'PROSPECT', edge: 'CHURNED' });
    expect((await changes(before)).map((change) => change.slice(0, 3)).sort()).toEqual([
      ['buying', 'ACTIVE', 'DORMANT'],
      ['edge', 'DORMANT', 'CHURNED'],
      ['quiet', 'ACTIVE', 'DORMANT'],
    ]);
  });

  it('lets a director run it now with the configured days, and nobody else', async () => {
    expect(onlyError(await subgraph.execute(ann, `mutation { runCustomerLifecycle { madeDormant } }`)).extensions?.['code']).toBe('FORBIDDEN');
    const before = await lastSequence();
    const result = await subgraph.execute(director, `mutation { runCustomerLifecycle { asOf dormantAfterDays churnedAfterDays madeDormant madeChurned } }`);
    const run = (
      result.data as { runCustomerLifecycle: { asOf: string; dormantAfterDays: number; churnedAfterDays: number; madeDormant: number; madeChurned: number } }
    ).runCustomerLifecycle;
    // the process's settings: the defaults here, 180 and 365 days
    expect(run).toMatchObject({ dormantAfterDays: 180, churnedAfterDays: 365 });
    expect(Math.abs(Date.parse(run.asOf) - Date.now())).toBeLessThan(60_000);
    expect((await changes(before)).length).toBe(run.madeDormant + run.madeChurned);
    // today is long after every last order: nobody is left ACTIVE or DORMANT who has not bought within 180 days
    expect(Object.values(await statuses()).filter((status) => status === 'ACTIVE')).toEqual([]);
  });

  it('is run by the subgraph process every CUSTOMER_LIFECYCLE_INTERVAL_MINUTES', () => {
    const jobs = customerRelationshipSubgraph.periodicJobs?.({
      dataSource: subgraph.dataSource,
      services: customerRelationshipSubgraph.createServices(subgraph.dataSource, {}),
      env: { CUSTOMER_LIFECYCLE_INTERVAL_MINUTES: '15' },
      log: () => undefined,
    });
    expect(jobs?.map((job) => [job.name, job.intervalMs])).toEqual([['customer lifecycle', 900_000]]);
  });

  it('restarts the idle clock when a person makes a customer ACTIVE again, so the next run does not undo it', async () => {
    const day = 86_400_000;
    const start = Date.now();
    const at = (days: number) => new Date(start + days * day);
    const revived: Record<string, string> = {};
    const status = async (name: string) => {
      const result = await subgraph.execute(director, `query($id: ID!) { customer(id: $id) { status version } }`, { id: revived[name] });
      return (result.data as { customer: { status: string; version: number } }).customer;
    };
    // last bought 100 and 200 days ago: dormant and churned on today's run
    for (const [name, daysAgo] of [
      ['woken', 100],
      ['wonBack', 200],
    ] as const) {
      const created = await subgraph.execute(ann, `mutation($n: String!) { createCustomer(input: { name: $n, class: B }) { id } }`, { n: name });
      revived[name] = (created.data as { createCustomer: { id: string } }).createCustomer.id;
      const order = await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, {
        i: { customerId: revived[name], total: '10.00', orderedAt: at(-daysAgo).toISOString() },
      });
      expect(order.errors).toBeUndefined();
    }
    await replica().run(at(0));
    expect([(await status('woken')).status, (await status('wonBack')).status]).toEqual(['DORMANT', 'CHURNED']);

    // a person makes both ACTIVE again, without an order
    for (const name of ['woken', 'wonBack']) {
      const { version } = await status(name);
      const changed = await subgraph.execute(director, `mutation($input: ChangeCustomerStatusInput!) { changeCustomerStatus(input: $input) { status } }`, {
        input: { id: revived[name], version, status: 'ACTIVE' },
      });
      expect(changed.data).toEqual({ changeCustomerStatus: { status: 'ACTIVE' } });
    }
    const before = await lastSequence();
    const revivedChanges = async () =>
      (await readFeed(subgraph.dataSource, before, 1000))
        .filter((event) => event.type === 'CustomerStatusChanged')
        .map((event) => event.payload as { customerId: string; from: string; to: string; changedAt: string })
        .filter((payload) => Object.values(revived).includes(payload.customerId))
        .map((payload) => [Object.keys(revived).find((name) => revived[name] === payload.customerId), payload.from, payload.to, payload.changedAt]);

    // filed ACTIVE by a person today, with an order of 200 days ago entered late: made ACTIVE by hand as well
    const filed = await subgraph.execute(ann, `mutation($n: String!) { createCustomer(input: { name: $n, class: B, status: ACTIVE }) { id } }`, { n: 'filed' });
    revived['filed'] = (filed.data as { createCustomer: { id: string } }).createCustomer.id;
    const late = await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, {
      i: { customerId: revived['filed'], total: '10.00', orderedAt: at(-200).toISOString() },
    });
    expect(late.errors).toBeUndefined();

    // the next runs, until dormantAfterDays (90) after the reactivation, leave them ACTIVE
    for (const days of [0, 1, 89]) await replica().run(at(days));
    expect([(await status('woken')).status, (await status('wonBack')).status, (await status('filed')).status]).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    expect(await revivedChanges()).toEqual([]);

    // 91 days of nothing since: dormant again, both (the clock is the reactivation, not the order 200 days before it)
    await replica().run(at(91));
    expect([(await status('woken')).status, (await status('wonBack')).status, (await status('filed')).status]).toEqual(['DORMANT', 'DORMANT', 'DORMANT']);
    // 181 days of nothing since: churned
    await replica().run(at(181));
    expect([(await status('woken')).status, (await status('wonBack')).status, (await status('filed')).status]).toEqual(['CHURNED', 'CHURNED', 'CHURNED']);
    expect((await revivedChanges()).sort()).toEqual([
      ['filed', 'ACTIVE', 'DORMANT', at(91).toISOString()],
      ['filed', 'DORMANT', 'CHURNED', at(181).toISOString()],
      ['woken', 'ACTIVE', 'DORMANT', at(91).toISOString()],
      ['woken', 'DORMANT', 'CHURNED', at(181).toISOString()],
      ['wonBack', 'ACTIVE', 'DORMANT', at(91).toISOString()],
      ['wonBack', 'DORMANT', 'CHURNED', at(181).toISOString()],
    ]);
  });
});
