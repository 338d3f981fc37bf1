import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { runWithDeadline } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { createConnection } from 'mysql2/promise';
import { customerRelationshipSubgraph } from '../subgraph';

/**
 * Many writers on one customer at once, as a team does on a busy morning:
 * on MySQL each of these deadlocked or refused most callers before every
 * write went through one retried transaction that locks the customer first.
 */
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const PARALLEL = 20;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describeOnEachDatabase('writes to one customer in parallel', (kind) => {
  let subgraph: TestSubgraph;

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const codes = (results: GraphQLResult[]) => results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');
  const count = (values: unknown[], value: unknown) => values.filter((item) => item === value).length;
  const parallel = (call: (index: number) => Promise<GraphQLResult>) => Promise.all(Array.from({ length: PARALLEL }, (_, index) => call(index)));
  const newCustomer = async (name: string, extra = '') =>
    data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "${name}", class: A ${extra} }) { id } }`))
      .createCustomer.id;
  const eventsOf = async (type: string) => (await readFeed(subgraph.dataSource, 0, 10_000)).filter((event) => event.type === type);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    await directory.apply(
      ['rep-ann', 'rep-nina'].map((repId, i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId: 'north', name: repId },
      })),
    );
  });
  afterAll(() => subgraph?.stop());

  it('logs 20 visits at once, every one saved and the last visit the latest of them', async () => {
    const customer = await newCustomer('Visited Co');
    const results = await parallel((index) =>
      subgraph.execute(ann, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
        input: { customerId: customer, kind: 'MAINTENANCE', purpose: `Call ${index}`, visitedAt: hoursAgo(index + 1) },
      }),
    );
    expect(codes(results)).toEqual(Array(PARALLEL).fill('OK'));
    const seen = data<{ customer: { lastVisitAt: string } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { lastVisitAt } }`, { id: customer }),
    );
    expect(new Date(seen.customer.lastVisitAt).getTime()).toBeGreaterThan(Date.now() - 2 * 3_600_000);
    expect((await eventsOf('VisitLogged')).filter((event) => (event.payload as { customerId: string }).customerId === customer)).toHaveLength(PARALLEL);
  });

  it('records 20 first orders of a prospect at once: all confirmed, the customer active once', async () => {
    const customer = await newCustomer('Prospect Co', 'status: PROSPECT');
    const results = await parallel(() =>
      subgraph.execute(ann, `mutation($c: ID!) { recordOrder(input: { customerId: $c, total: "100.00" }) { id status } }`, { c: customer }),
    );
    expect(codes(results)).toEqual(Array(PARALLEL).fill('OK'));
    const seen = data<{ customer: { status: string; version: number } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { status version } }`, { id: customer }),
    );
    expect(seen.customer).toEqual({ status: 'ACTIVE', version: 2 });
    expect((await eventsOf('OrderRecorded')).filter((event) => (event.payload as { customerId: string }).customerId === customer)).toHaveLength(PARALLEL);
  });

  it('adds 20 contacts with roles at once', async () => {
    const customer = await newCustomer('Contact Co');
    const results = await parallel((index) =>
      subgraph.execute(ann, `mutation($c: ID!, $n: String!) { addContact(input: { customerId: $c, name: $n, roles: [USER, COACH] }) { id } }`, {
        c: customer,
        n: `Person ${index}`,
      }),
    );
    expect(codes(results)).toEqual(Array(PARALLEL).fill('OK'));
    const seen = data<{ customer: { contacts: Array<{ roles: string[] }> } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { contacts { roles } } }`, { id: customer }),
    );
    expect(seen.customer.contacts).toHaveLength(PARALLEL);
    expect(seen.customer.contacts.every((contact) => contact.roles.length === 2)).toBe(true);
  });

  it('draws a fund 20 times at once: exactly what it holds is spent, the rest refused', async () => {
    const customer = await newCustomer('Fund Co');
    data(await subgraph.execute(nina, `mutation($c: ID!) { setKeyAccountFund(input: { customerId: $c, budget: "150.00" }) { id } }`, { c: customer }));
    const results = await parallel((index) =>
      subgraph.execute(ann, `mutation($c: ID!, $p: String!) { drawKeyAccountFund(input: { customerId: $c, amount: "10.00", purpose: $p }) { id } }`, {
        c: customer,
        p: `Dinner ${index}`,
      }),
    );
    expect(count(codes(results), 'OK')).toBe(15);
    expect(count(codes(results), 'BAD_USER_INPUT')).toBe(5);
    const seen = data<{ customer: { keyAccountFund: { spent: string; remaining: string; entries: unknown[] } } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { keyAccountFund { spent remaining entries { amount } } } }`, { id: customer }),
    );
    expect(seen.customer.keyAccountFund).toMatchObject({ spent: '150.00', remaining: '0.00' });
    expect(seen.customer.keyAccountFund.entries).toHaveLength(15);
  });

  it('invoices one order and pays one invoice 20 times at once, never beyond its amount', async () => {
    const customer = await newCustomer('Billing Co');
    const order = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($c: ID!) { recordOrder(input: { customerId: $c, total: "150.00" }) { id } }`, { c: customer }),
    ).recordOrder.id;
    const invoices = await parallel(() =>
      subgraph.execute(ann, `mutation($o: ID!) { invoiceOrder(input: { orderId: $o, amount: "10.00" }) { id } }`, { o: order }),
    );
    expect(count(codes(invoices), 'OK')).toBe(15);
    expect(count(codes(invoices), 'BAD_USER_INPUT')).toBe(5);

    const whole = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($c: ID!) { recordOrder(input: { customerId: $c, total: "150.00" }) { id } }`, { c: customer }),
    ).recordOrder.id;
    const invoice = data<{ invoiceOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($o: ID!) { invoiceOrder(input: { orderId: $o }) { id } }`, { o: whole }),
    ).invoiceOrder.id;
    const payments = await parallel(() =>
      subgraph.execute(ann, `mutation($i: ID!) { applyPayment(input: { invoiceId: $i, amount: "10.00" }) { id } }`, { i: invoice }),
    );
    expect(count(codes(payments), 'OK')).toBe(15);
    expect(count(codes(payments), 'BAD_USER_INPUT')).toBe(5);
    const paid = (await eventsOf('PaymentApplied')).filter((event) => (event.payload as { invoiceId: string }).invoiceId === invoice);
    expect(paid.reduce((sum, event) => sum + (event.payload as { amountMinor: number }).amountMinor, 0)).toBe(15_000);
    expect(paid.filter((event) => (event.payload as { fullyPaid: boolean }).fullyPaid)).toHaveLength(1);
  });

  it('lets exactly one of 20 edits from the same version win; the others are told to reload', async () => {
    const customer = await newCustomer('Edited Co');
    const results = await parallel((index) =>
      subgraph.execute(ann, `mutation($id: ID!, $n: String!) { updateCustomer(input: { id: $id, version: 1, name: $n }) { id } }`, {
        id: customer,
        n: `Edited ${index}`,
      }),
    );
    expect(count(codes(results), 'OK')).toBe(1);
    expect(count(codes(results), 'CONFLICT')).toBe(PARALLEL - 1);
  });

  if (kind !== 'mysql') return;

  /** A raw connection to the subgraph's own test database, as an operator's console would be. */
  const operatorConnection = () => createConnection(subgraph.database.url.replace(/^mariadb:/, 'mysql:'));

  it('fails only the writes blocked by a held row lock, fast, while other requests answer', async () => {
    const locked = await newCustomer('Locked Co');
    const other = await newCustomer('Other Co');
    const holder = await operatorConnection();
    try {
      await holder.query('START TRANSACTION');
      await holder.query('SELECT id FROM customer WHERE id = ? FOR UPDATE', [locked]);
      const started = Date.now();
      const blocked = Promise.all(
        Array.from({ length: PARALLEL }, (_, index) =>
          runWithDeadline(Date.now() + 4000, () =>
            subgraph.execute(ann, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
              input: { customerId: locked, kind: 'MAINTENANCE', purpose: `Blocked ${index}`, visitedAt: hoursAgo(1) },
            }),
          ),
        ),
      );
      // Meanwhile reads and writes of another customer go through, well before the blocked ones give up.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const healthy = await Promise.all([
        subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { name } }`, { id: other }),
        subgraph.execute(ann, `{ customers(first: 5) { totalCount } }`),
        runWithDeadline(Date.now() + 4000, () =>
          subgraph.execute(ann, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
            input: { customerId: other, kind: 'MAINTENANCE', purpose: 'Unblocked', visitedAt: hoursAgo(1) },
          }),
        ),
      ]);
      expect(codes(healthy)).toEqual(['OK', 'OK', 'OK']);
      expect((await fetch(subgraph.running.url.replace(/graphql$/, 'ready'), { signal: AbortSignal.timeout(1000) })).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      const results = await blocked;
      expect(codes(results)).toEqual(Array(PARALLEL).fill('SERVICE_UNAVAILABLE'));
      expect(results[0].errors?.[0]?.message).toMatch(/nothing was saved: try again/);
      expect(Date.now() - started).toBeLessThan(6000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const visits = data<{ visits: { totalCount: number } }>(
      await subgraph.execute(ann, `query($c: ID!) { visits(filter: { customerId: $c }, first: 1) { totalCount } }`, { c: locked }),
    );
    expect(visits.visits.totalCount).toBe(0);
  });

  it('recovers when the database kills its connections', async () => {
    const customer = await newCustomer('Killed Co');
    const operator = await operatorConnection();
    try {
      const [rows] = await operator.query('SELECT id FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()');
      for (const row of rows as Array<{ id: number }>) await operator.query(`KILL ${row.id}`);
      expect((rows as unknown[]).length).toBeGreaterThan(0);
    } finally {
      await operator.end();
    }
    const results = await parallel((index) =>
      subgraph.execute(ann, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
        input: { customerId: customer, kind: 'MAINTENANCE', purpose: `After ${index}`, visitedAt: hoursAgo(1) },
      }),
    );
    expect(codes(results)).toEqual(Array(PARALLEL).fill('OK'));
    expect(codes([await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { name } }`, { id: customer })])).toEqual(['OK']);
  });
});
