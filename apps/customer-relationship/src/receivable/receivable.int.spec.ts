import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

const ORDER = `id status total grossProfit maxDiscountPercent termsBeyondStandard paymentTermsDays discountApprovedBy invoiced version
  lines { product units listPrice discountPercent netPrice unitCost lineTotal grossProfit }`;
const INVOICE = 'id amount paid outstanding dueDate status agingBucket daysPastDue version payments { amount recordedBy }';
const SUMMARY = 'outstanding overdue current days1To30 days31To60 days61To90 over90 dso openInvoices';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describeOnEachDatabase('orders, receivables and collections', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const record = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { ${ORDER} } }`, { input: { customerId: acme, ...input } });
  const invoice = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { ${INVOICE} } }`, { input });
  const pay = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: ApplyPaymentInput!) { applyPayment(input: $input) { ${INVOICE} } }`, { input });
  const summary = async (viewer: Viewer) =>
    data<{ customer: { receivables: Record<string, unknown> } }>(
      await subgraph.execute(viewer, `query($id: ID!) { customer(id: $id) { receivables { ${SUMMARY} } } }`, { id: acme }),
    ).customer.receivables;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    await directory.apply(
      [
        ['rep-ann', 'north'],
        ['rep-nina', 'north'],
        ['rep-sam', 'south'],
      ].map(([repId, teamId], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId, name: repId },
      })),
    );
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('prices order lines: net price, line totals and gross profit, and flags terms beyond the standard', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const order = data<{ recordOrder: Record<string, unknown> }>(
      await record(ann, {
        paymentTermsDays: 45,
        channel: 'DIRECT',
        lines: [
          // 12 × 250.00 at 8.5 % off = 228.75 each, cost 150.00 → 2,745.00, profit 945.00
          { product: 'Press X', units: 12, listPrice: '250.00', discountPercent: 8.5, unitCost: '150.00' },
          // 3 × 40.00, no discount, cost 25.00 → 120.00, profit 45.00
          { product: 'Die set', units: 3, listPrice: '40.00', unitCost: '25.00' },
        ],
      }),
    ).recordOrder;
    expect(order).toMatchObject({
      status: 'CONFIRMED',
      total: '2865.00',
      grossProfit: '990.00',
      maxDiscountPercent: 8.5,
      termsBeyondStandard: true,
      paymentTermsDays: 45,
    });
    expect(order['lines']).toEqual([
      {
        product: 'Press X',
        units: 12,
        listPrice: '250.00',
        discountPercent: 8.5,
        netPrice: '228.75',
        unitCost: '150.00',
        lineTotal: '2745.00',
        grossProfit: '945.00',
      },
      { product: 'Die set', units: 3, listPrice: '40.00', discountPercent: 0, netPrice: '40.00', unitCost: '25.00', lineTotal: '120.00', grossProfit: '45.00' },
    ]);
    const [event] = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before);
    // 15 units; list total 12 × 250.00 + 3 × 40.00 = 3,120.00, so 255.00 of discount was given
    expect(event).toMatchObject({
      type: 'OrderRecorded',
      version: 4,
      payload: { totalMinor: 286_500, grossProfitMinor: 99_000, termsBeyondStandard: true, maxDiscountBp: 850, units: 15, listTotalMinor: 312_000 },
    });
  });

  it.each([
    ['both lines and a total', { total: '5.00', lines: [{ product: 'P', units: 1, listPrice: '5.00' }] }, 'input.lines'],
    ['neither lines nor a total', {}, 'input.lines'],
    ['zero units', { lines: [{ product: 'P', units: 0, listPrice: '5.00' }] }, 'input.lines.0.units'],
    ['a discount above 100 %', { lines: [{ product: 'P', units: 1, listPrice: '5.00', discountPercent: 120 }] }, 'input.lines.0.discountPercent'],
    ['a discount with three decimals', { lines: [{ product: 'P', units: 1, listPrice: '5.00', discountPercent: 1.005 }] }, 'input.lines.0.discountPercent'],
    ['terms over a year', { total: '5.00', paymentTermsDays: 400 }, 'input.paymentTermsDays'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_case, input, field) => {
    expect(onlyError(await record(ann, input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('holds a discount beyond the rep’s authority for a manager, counting it as revenue only once approved', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const pending = data<{ recordOrder: { id: string; status: string; version: number } }>(
      await record(ann, { lines: [{ product: 'Press X', units: 1, listPrice: '1000.00', discountPercent: 25 }] }),
    ).recordOrder;
    expect(pending.status).toBe('PENDING_APPROVAL');
    expect(onlyError(await invoice(ann, { orderId: pending.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    const decide = (viewer: Viewer, mutation: string, input: Record<string, unknown>) =>
      subgraph.execute(viewer, `mutation($input: DecideOrderDiscountInput!) { ${mutation}(input: $input) { ${ORDER} } }`, {
        input: { orderId: pending.id, version: 1, ...input },
      });
    expect(onlyError(await decide(ann, 'approveOrderDiscount', {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await decide(sam, 'approveOrderDiscount', {})).extensions?.['code']).toBe('FORBIDDEN');
    const approved = data<{ approveOrderDiscount: { status: string; discountApprovedBy: string } }>(
      await decide(nina, 'approveOrderDiscount', {}),
    ).approveOrderDiscount;
    expect(approved).toMatchObject({ status: 'CONFIRMED', discountApprovedBy: 'nina' });
    expect(onlyError(await decide(nina, 'rejectOrderDiscount', { version: 2, reason: 'too late' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.orderId',
    });
    const events = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before);
    expect(events.map((event) => event.type)).toEqual(['OrderAwaitingApproval', 'OrderRecorded']);
    // the approved order still tells its units and list total: 1,000.00 listed, 750.00 charged
    expect(events[1].payload).toMatchObject({ units: 1, listTotalMinor: 100_000, totalMinor: 75_000, discountApprovedBy: 'nina' });

    const another = data<{ recordOrder: { id: string } }>(
      await record(ann, { lines: [{ product: 'Press X', units: 1, listPrice: '1000.00', discountPercent: 30 }] }),
    ).recordOrder;
    const reject = (input: Record<string, unknown>) =>
      subgraph.execute(nina, `mutation($input: DecideOrderDiscountInput!) { rejectOrderDiscount(input: $input) { status } }`, {
        input: { orderId: another.id, version: 1, ...input },
      });
    expect(onlyError(await reject({})).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(data(await reject({ reason: 'Below floor price' }))).toEqual({ rejectOrderDiscount: { status: 'REJECTED' } });
  });

  it('applies each rep’s own discount authority as rep-performance announces it', async () => {
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    const ray2: EventEnvelope<'SalesRepRegistered'> = {
      id: 'e-ray',
      sequence: 10,
      type: 'SalesRepRegistered',
      version: 2,
      occurredAt: '',
      aggregateId: 'rep-ray',
      payload: { repId: 'rep-ray', teamId: 'north', name: 'Ray', discountAuthorityBp: 1500 },
    };
    await directory.apply([ray2 as EventEnvelope]);
    const ray: Viewer = { subject: 'ray', role: 'REP', repId: 'rep-ray', teamId: 'north' };
    const rays = data<{ createCustomer: { id: string } }>(
      await subgraph.execute(ray, `mutation { createCustomer(input: { name: "Ray Co", class: B }) { id } }`),
    ).createCustomer.id;
    const line = { product: 'Press X', units: 1, listPrice: '100.00', discountPercent: 12 };
    const byRay = data<{ recordOrder: { status: string } }>(await record(ray, { customerId: rays, lines: [line] })).recordOrder;
    const byAnn = data<{ recordOrder: { status: string } }>(await record(ann, { lines: [line] })).recordOrder;
    // 12 % is within Ray's 15 % but beyond the 10 % default Ann has.
    expect([byRay.status, byAnn.status]).toEqual(['CONFIRMED', 'PENDING_APPROVAL']);
  });

  it('invoices an order under its terms, takes partial payments, refuses overpayment and ages what is owed', async () => {
    const order = data<{ recordOrder: { id: string } }>(await record(ann, { total: '1000.00', paymentTermsDays: 30, orderedAt: daysAgo(75) })).recordOrder;
    const first = data<{ invoiceOrder: { id: string; dueDate: string; amount: string; agingBucket: string; daysPastDue: number } }>(
      await invoice(ann, { orderId: order.id, amount: '600.00', issuedAt: daysAgo(75) }),
    ).invoiceOrder;
    expect(first).toMatchObject({ amount: '600.00', agingBucket: 'DAYS_31_60', daysPastDue: 45 });
    expect(onlyError(await invoice(ann, { orderId: order.id, amount: '400.01' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const second = data<{ invoiceOrder: { id: string; amount: string; agingBucket: string } }>(await invoice(ann, { orderId: order.id })).invoiceOrder;
    expect(second).toMatchObject({ amount: '400.00', agingBucket: 'CURRENT' });
    expect(onlyError(await invoice(ann, { orderId: order.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });

    const partly = data<{ applyPayment: { paid: string; outstanding: string; status: string; version: number; payments: unknown[] } }>(
      await pay(ann, { invoiceId: first.id, amount: '250.00' }),
    ).applyPayment;
    expect(partly).toMatchObject({ paid: '250.00', outstanding: '350.00', status: 'OPEN', version: 2, payments: [{ amount: '250.00', recordedBy: 'ann' }] });
    const over = onlyError(await pay(ann, { invoiceId: first.id, amount: '350.01' }));
    expect(over.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(over.message).toBe('overpayment refused: only 350.00 is owed on this invoice');
    expect(onlyError(await pay(sam, { invoiceId: first.id, amount: '1.00' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.invoiceId' });

    // Owed now: 350.00 on the first invoice, 45 days late; 400.00 on the second, current.
    const owed = await summary(ann);
    expect(owed).toMatchObject({ outstanding: '750.00', overdue: '350.00', current: '400.00', days31To60: '350.00', days1To30: '0.00', openInvoices: 2 });
    expect(typeof owed['dso']).toBe('number');

    const paid = data<{ applyPayment: { status: string; agingBucket: string } }>(await pay(ann, { invoiceId: second.id, amount: '400.00' })).applyPayment;
    expect(paid).toEqual({ ...paid, status: 'PAID', agingBucket: 'CURRENT' });
    const events = (await readFeed(subgraph.dataSource, 0, 1000)).filter((event) => event.type === 'PaymentApplied').map((event) => event.payload);
    expect(events).toEqual([
      expect.objectContaining({ amountMinor: 25_000, fullyPaid: false }),
      expect.objectContaining({ amountMinor: 40_000, fullyPaid: true }),
    ]);
  });

  it('shows a rep’s receivables to the rep, their manager and directors, not to other reps', async () => {
    const query = (viewer: Viewer) => subgraph.execute(viewer, `{ repReceivables(repId: "rep-ann") { outstanding overdue } }`);
    expect(data(await query(ann))).toEqual({ repReceivables: { outstanding: '350.00', overdue: '350.00' } });
    expect(data(await query(nina))).toEqual({ repReceivables: { outstanding: '350.00', overdue: '350.00' } });
    expect(data(await query(director))).toEqual({ repReceivables: { outstanding: '350.00', overdue: '350.00' } });
    expect(onlyError(await query(sam)).extensions?.['code']).toBe('FORBIDDEN');
    const overdue = data<{ invoices: { totalCount: number } }>(await subgraph.execute(nina, '{ invoices(filter: { overdue: true }) { totalCount } }')).invoices;
    expect(overdue.totalCount).toBe(1);
  });

  it.each([
    ['orders', 'OrderSort', 'TOTAL', 'DESC', 'total', (v: string) => Number(v)],
    ['orders', 'OrderSort', 'ORDERED_AT', 'ASC', 'orderedAt', (v: string) => Date.parse(v)],
    ['invoices', 'InvoiceSort', 'OUTSTANDING', 'DESC', 'outstanding', (v: string) => Number(v)],
    ['invoices', 'InvoiceSort', 'DUE_DATE', 'ASC', 'dueDate', (v: string) => Date.parse(v)],
  ] as const)('pages %s sorted by %s %s through every row once, in order', async (list, sortType, field, direction, column, value) => {
    const seen: Array<{ id: string; key: number }> = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const result: Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Record<string, string> }> }> = data(
        await subgraph.execute(
          director,
          `query($after: String, $sort: ${sortType}) { ${list}(first: 2, after: $after, sort: $sort) { pageInfo { hasNextPage endCursor } edges { node { id ${column} } } } }`,
          {
            after,
            sort: { field, direction },
          },
        ),
      );
      seen.push(...result[list].edges.map((edge) => ({ id: edge.node['id'], key: value(edge.node[column]) })));
      if (!result[list].pageInfo.hasNextPage) break;
      after = result[list].pageInfo.endCursor;
    }
    const total = data<Record<string, { totalCount: number }>>(await subgraph.execute(director, `{ ${list} { totalCount } }`))[list].totalCount;
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((row) => row.id)).size).toBe(total);
    const keys = seen.map((row) => row.key);
    const sorted = [...keys].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
    expect(keys).toEqual(sorted);
  });

  it('reads a page of customers with receivables, and orders with lines and invoices, in fixed statement counts', async () => {
    // The one-row page is an order with lines, an invoice and a payment, so it touches every loader.
    const beta = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Beta", class: B }) { id } }`))
      .createCustomer.id;
    const newest = data<{ recordOrder: { id: string } }>(
      await record(ann, { customerId: beta, lines: [{ product: 'Press X', units: 1, listPrice: '10.00' }] }),
    ).recordOrder;
    const issued = data<{ invoiceOrder: { id: string } }>(await invoice(ann, { orderId: newest.id })).invoiceOrder;
    data(await pay(ann, { invoiceId: issued.id, amount: '1.00' }));
    const counter = queryCounter(subgraph.dataSource);
    const customers = `query($first: Int) { customers(first: $first) { edges { node { receivables { ${SUMMARY} } } } } }`;
    const orders = `query($first: Int, $filter: OrderFilter) { orders(first: $first, filter: $filter) { edges { node { ${ORDER} invoices { ${INVOICE} } } } } }`;
    const [c1, c100] = [
      await counter.countDuring(() => subgraph.execute(director, customers, { first: 1 })),
      await counter.countDuring(() => subgraph.execute(director, customers, { first: 100 })),
    ];
    // count + page + open invoices + 90-day sales
    expect([c1, c100]).toEqual([4, 4]);
    const [o1, o100] = [
      await counter.countDuring(() => subgraph.execute(director, orders, { first: 1, filter: { customerId: beta } })),
      await counter.countDuring(() => subgraph.execute(director, orders, { first: 100 })),
    ];
    // count + page + lines + invoices + payments
    expect([o1, o100]).toEqual([5, 5]);
  });
});
