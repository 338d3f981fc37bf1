/**
 * Records that can be corrected (docs/domain.md#order-revision-and-withdrawal): a rejected order is no dead end. Its rep's side revises it (priced like a new
 * order: confirmed within the rep's authority, waiting for a manager's fresh decision beyond it), keeping the order as
 * it was rejected, or withdraws it for good. Both from the version read, decided under the order's lock.
 */
import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { EventPayload, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, sam, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { OrderEntity, OrderLineEntity, OrderRevisionEntity } from './order.entity';

const dora: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const ORDER = `id status version total orderedAt paymentTermsDays maxDiscountPercent discountApprovedBy
  discountRejection { reason by } withdrawal { reason by at } customer { status }
  lines { product units discountPercent lineTotal }
  revisions { number reason by at outcome rejection { reason by } previousLines { product units discountPercent lineTotal }
    previousTotal previousGrossProfit previousMaxDiscountPercent previousPaymentTermsDays previousOrderedAt }`;

interface OrderRead {
  id: string;
  status: string;
  version: number;
  total: string;
  orderedAt: string;
  discountApprovedBy: string | null;
  revisions: Array<{ number: number; reason: string; outcome: string; at: string; rejection: { reason: string; by: string } | null }>;
}

/** 2 × 500.00 at 30 %: beyond the 15 % authority test reps have. */
const TOO_DEEP = [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 30, unitCost: '300.00' }];
/** The same at 15 %: within it. */
const WITHIN = [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 15, unitCost: '300.00' }];

describeOnEachDatabase('orders: revising or withdrawing a rejected order', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const newCustomer = async (viewer: Viewer, name: string, status = 'ACTIVE') =>
    data<{ createCustomer: { id: string } }>(
      await subgraph.execute(viewer, `mutation { createCustomer(input: { name: "${name}", class: B, status: ${status} }) { id } }`),
    ).createCustomer.id;
  const record = async (viewer: Viewer, customerId: string, input: Record<string, unknown>) =>
    data<{ recordOrder: { id: string; status: string; version: number } }>(
      await subgraph.execute(viewer, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id status version } }`, { i: { customerId, ...input } }),
    ).recordOrder;
  const decide = (viewer: Viewer, approve: boolean, input: Record<string, unknown>) =>
    subgraph.execute(
      viewer,
      `mutation($i: DecideOrderDiscountInput!) { ${approve ? 'approveOrderDiscount' : 'rejectOrderDiscount'}(input: $i) { ${ORDER} } }`,
      { i: input },
    );
  const revise = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: ReviseOrderInput!) { reviseOrder(input: $i) { ${ORDER} } }`, {
      i: { lines: WITHIN, reason: 'Discount within my authority', ...input },
    });
  const withdraw = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: WithdrawOrderInput!) { withdrawOrder(input: $i) { ${ORDER} } }`, {
      i: { reason: 'Customer bought elsewhere', ...input },
    });
  const invoice = (viewer: Viewer, orderId: string) =>
    subgraph.execute(viewer, `mutation($i: InvoiceOrderInput!) { invoiceOrder(input: $i) { id } }`, { i: { orderId } });
  const cancel = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: CancelOrderInput!) { cancelOrder(input: $i) { id } }`, { i: { reason: 'No', ...input } });
  const feed = () => readFeed(subgraph.dataSource, 0, 100_000);
  const recordedOf = async (orderId: string) => (await feed()).filter((event) => event.type === 'OrderRecorded' && event.aggregateId === orderId);
  const stored = (id: string) => subgraph.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });
  const linesOf = (orderId: string) => subgraph.dataSource.getRepository(OrderLineEntity).find({ where: { orderId }, order: { position: 'ASC' } });
  const revisionCount = (orderId: string) => subgraph.dataSource.getRepository(OrderRevisionEntity).countBy({ orderId });
  /** Ann's order of 2 × 500.00 at 30 %, rejected by Nina: version 2. */
  const rejected = async (customerId = acme, by: Viewer = ann, decider: Viewer = nina, extra: Record<string, unknown> = {}) => {
    const pending = await record(by, customerId, { lines: TOO_DEEP, orderedAt: '2026-11-02T09:00:00Z', paymentTermsDays: 60, ...extra });
    expect(pending.status).toBe('PENDING_APPROVAL');
    const decided = data<{ rejectOrderDiscount: OrderRead }>(
      await decide(decider, false, { orderId: pending.id, version: pending.version, reason: 'Too deep' }),
    ).rejectOrderDiscount;
    expect(decided).toMatchObject({ status: 'REJECTED', version: 2 });
    return decided;
  };
  /** Nothing about the order changed: its row, its lines, no revision, and no event. */
  const unchanged = async (order: { id: string }, feedLength: number) => {
    const row = await stored(order.id);
    expect(await linesOf(order.id)).toHaveLength(1);
    expect((await linesOf(order.id))[0].discountBp).toBe(3_000);
    expect(await revisionCount(order.id)).toBe(0);
    expect((await feed()).length).toBe(feedLength);
    return row;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina, sam]);
    acme = await newCustomer(ann, 'Acme');
  });
  afterAll(() => subgraph?.stop());

  it('confirms a revision within the rep’s authority like an approved order: announced once, the prospect active, the rejected order kept', async () => {
    const prospect = await newCustomer(ann, 'Prospect Co', 'PROSPECT');
    const order = await rejected(prospect);
    const before = (await feed()).length;
    const revised = data<{ reviseOrder: Record<string, unknown> & { revisions: Array<{ at: string }> } }>(
      await revise(ann, { orderId: order.id, version: order.version, paymentTermsDays: 30, reason: '  Discount within my authority  ' }),
    ).reviseOrder;
    expect(revised).toMatchObject({
      status: 'CONFIRMED',
      version: 3,
      total: '850.00',
      // The order date stays the original one unless the revision names a new one.
      orderedAt: '2026-11-02T09:00:00.000Z',
      paymentTermsDays: 30,
      maxDiscountPercent: 15,
      discountApprovedBy: null,
      discountRejection: null,
      withdrawal: null,
      customer: { status: 'ACTIVE' },
      lines: [{ product: 'Press X', units: 2, discountPercent: 15, lineTotal: '850.00' }],
      revisions: [
        {
          number: 1,
          reason: 'Discount within my authority',
          by: 'ann',
          outcome: 'CONFIRMED',
          rejection: { reason: 'Too deep', by: 'nina' },
          previousLines: [{ product: 'Press X', units: 2, discountPercent: 30, lineTotal: '700.00' }],
          previousTotal: '700.00',
          previousGrossProfit: '100.00',
          previousMaxDiscountPercent: 30,
          previousPaymentTermsDays: 60,
          previousOrderedAt: '2026-11-02T09:00:00.000Z',
        },
      ],
    });
    expect(Date.now() - Date.parse(revised.revisions[0].at)).toBeLessThan(60_000);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([['OrderRecorded', 4]]);
    const row = await stored(order.id);
    expect(events[0].payload).toEqual({
      orderId: order.id,
      customerId: prospect,
      repId: 'rep-ann',
      orderedAt: '2026-11-02T09:00:00.000Z',
      totalMinor: 85_000,
      grossProfitMinor: 25_000,
      channel: null,
      paymentTermsDays: 30,
      termsBeyondStandard: false,
      maxDiscountBp: 1_500,
      discountApprovedBy: null,
      units: 2,
      listTotalMinor: 100_000,
      // Entered when it was first recorded: a revision keeping the date keeps the entry's timeliness.
      recordedAt: new Date(row.recordedAt).toISOString(),
      discountAuthorityBp: 1_500,
      discountBeyondAuthorityMinor: 0,
    } satisfies EventPayload<'OrderRecorded', 4>);
    expect(await recordedOf(order.id)).toHaveLength(1);
    expect(row).toMatchObject({ rejectedReason: null, rejectedBy: null, rejectedAt: null, approvedBy: null });
    // Confirmed, the order is invoiced like any other.
    expect((await invoice(ann, order.id)).errors).toBeUndefined();
  });

  it('wakes a dormant customer when the revision confirms the order, announcing the change', async () => {
    const dormant = await newCustomer(ann, 'Sleepy Co', 'DORMANT');
    const order = await rejected(dormant);
    const before = (await feed()).length;
    data(await revise(ann, { orderId: order.id, version: order.version }));
    const events = (await feed()).slice(before);
    expect(events.map((event) => event.type)).toEqual(['OrderRecorded', 'CustomerStatusChanged']);
    expect(events[1].payload).toMatchObject({ customerId: dormant, from: 'DORMANT', to: 'ACTIVE' });
  });

  it('takes a new order date within the bounds recordOrder applies, entering the order again then', async () => {
    const order = await rejected();
    const before = (await feed()).length;
    const revised = data<{ reviseOrder: OrderRead }>(
      await revise(ann, { orderId: order.id, version: order.version, orderedAt: '2026-11-20T10:00:00Z' }),
    ).reviseOrder;
    expect(revised.orderedAt).toBe('2026-11-20T10:00:00.000Z');
    const [recorded] = (await feed()).slice(before);
    expect(recorded.payload).toMatchObject({ orderedAt: '2026-11-20T10:00:00.000Z' });
    expect(Date.now() - Date.parse((recorded.payload as EventPayload<'OrderRecorded', 4>).recordedAt)).toBeLessThan(60_000);
  });

  it('sends a revision still beyond the rep’s authority back to a manager, who decides afresh; the rep cannot approve it', async () => {
    const order = await rejected();
    const before = (await feed()).length;
    const lines = [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 25, unitCost: '300.00' }];
    const revised = data<{ reviseOrder: OrderRead & { discountRejection: unknown } }>(
      await revise(ann, { orderId: order.id, version: order.version, lines, reason: 'Customer agreed to 25 %' }),
    ).reviseOrder;
    expect(revised).toMatchObject({
      status: 'PENDING_APPROVAL',
      version: 3,
      total: '750.00',
      discountApprovedBy: null,
      discountRejection: null,
      revisions: [{ number: 1, outcome: 'PENDING_APPROVAL' }],
    });
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version, event.payload])).toEqual([
      ['OrderAwaitingApproval', 1, { orderId: order.id, customerId: acme, repId: 'rep-ann', totalMinor: 75_000, maxDiscountBp: 2_500, authorityBp: 1_500 }],
    ]);
    // Nothing of the earlier rejection is left on the order for the new decision.
    expect(await stored(order.id)).toMatchObject({ rejectedReason: null, rejectedBy: null, rejectedAt: null, approvedBy: null, approvedAt: null });
    expect(onlyError(await decide(ann, true, { orderId: order.id, version: 3 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(await recordedOf(order.id)).toHaveLength(0);

    const approved = data<{ approveOrderDiscount: OrderRead }>(await decide(nina, true, { orderId: order.id, version: 3 })).approveOrderDiscount;
    expect(approved).toMatchObject({ status: 'CONFIRMED', discountApprovedBy: 'nina' });
    const recorded = await recordedOf(order.id);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].payload).toMatchObject({ totalMinor: 75_000, discountApprovedBy: 'nina', discountBeyondAuthorityMinor: 10_000 });
  });

  it('numbers the revisions of an order rejected twice, each with the rejection it answered', async () => {
    const order = await rejected();
    const lines = [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 25 }];
    data(await revise(ann, { orderId: order.id, version: 2, lines, reason: 'First try' }));
    data(await decide(nina, false, { orderId: order.id, version: 3, reason: 'Still too deep' }));
    const revised = data<{ reviseOrder: OrderRead }>(await revise(ann, { orderId: order.id, version: 4, reason: 'Second try' })).reviseOrder;
    expect(revised.status).toBe('CONFIRMED');
    expect(revised.revisions.map((revision) => [revision.number, revision.reason, revision.outcome, revision.rejection?.reason])).toEqual([
      [1, 'First try', 'PENDING_APPROVAL', 'Too deep'],
      [2, 'Second try', 'CONFIRMED', 'Still too deep'],
    ]);
  });

  it('sends a manager’s own revised order to someone above them: never to the manager themselves', async () => {
    const ninas = await newCustomer(nina, 'Nina Co');
    const order = await rejected(ninas, nina, dora);
    const lines = [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 20 }];
    expect(data<{ reviseOrder: OrderRead }>(await revise(nina, { orderId: order.id, version: order.version, lines })).reviseOrder.status).toBe(
      'PENDING_APPROVAL',
    );
    expect(onlyError(await decide(nina, true, { orderId: order.id, version: 3 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(data<{ approveOrderDiscount: OrderRead }>(await decide(dora, true, { orderId: order.id, version: 3 })).approveOrderDiscount).toMatchObject({
      status: 'CONFIRMED',
      discountApprovedBy: 'dora',
    });
  });

  it('withdraws a rejected order for good, keeping why, who and when; then refuses to revise, approve, invoice, cancel or withdraw it', async () => {
    const order = await rejected();
    const before = (await feed()).length;
    const withdrawn = data<{ withdrawOrder: OrderRead & { withdrawal: { reason: string; by: string; at: string } } }>(
      await withdraw(ann, { orderId: order.id, version: order.version, reason: '  Customer bought elsewhere ' }),
    ).withdrawOrder;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      version: 3,
      discountRejection: null,
      withdrawal: { reason: 'Customer bought elsewhere', by: 'ann' },
    });
    expect(Date.now() - Date.parse(withdrawn.withdrawal.at)).toBeLessThan(60_000);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version, event.payload])).toEqual([
      [
        'OrderWithdrawn',
        1,
        {
          orderId: order.id,
          customerId: acme,
          repId: 'rep-ann',
          orderedAt: '2026-11-02T09:00:00.000Z',
          withdrawnAt: withdrawn.withdrawal.at,
          withdrawnBy: 'ann',
          reason: 'Customer bought elsewhere',
        } satisfies EventPayload<'OrderWithdrawn', 1>,
      ],
    ]);
    const after = (await feed()).length;
    for (const refused of [
      await revise(ann, { orderId: order.id, version: 3 }),
      await decide(nina, true, { orderId: order.id, version: 3 }),
      await decide(nina, false, { orderId: order.id, version: 3, reason: 'No' }),
      await invoice(ann, order.id),
      await cancel(ann, { orderId: order.id, version: 3 }),
      await withdraw(ann, { orderId: order.id, version: 3 }),
    ]) {
      expect(onlyError(refused).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    }
    expect(await stored(order.id)).toMatchObject({ status: 'WITHDRAWN', version: 3, invoicedMinor: 0 });
    expect(await revisionCount(order.id)).toBe(0);
    expect((await feed()).length).toBe(after);
  });

  it('withdraws only a rejected order: one waiting for approval is cancelled instead, a confirmed one too', async () => {
    const pending = await record(ann, acme, { lines: TOO_DEEP });
    const confirmed = await record(ann, acme, { lines: WITHIN });
    const before = (await feed()).length;
    for (const order of [pending, confirmed]) {
      const refused = onlyError(await withdraw(ann, { orderId: order.id, version: order.version }));
      expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
      expect(refused.message).toMatch(/cancel it instead/);
      expect((await stored(order.id)).status).toBe(order.status);
    }
    expect((await feed()).length).toBe(before);
  });

  it('revises only a rejected order: not one confirmed, waiting for approval or cancelled', async () => {
    const confirmed = await record(ann, acme, { lines: WITHIN });
    const pending = await record(ann, acme, { lines: TOO_DEEP });
    const cancelled = await record(ann, acme, { lines: WITHIN });
    data(await cancel(ann, { orderId: cancelled.id, version: cancelled.version }));
    const before = (await feed()).length;
    for (const [order, version, status] of [
      [confirmed, confirmed.version, 'CONFIRMED'],
      [pending, pending.version, 'PENDING_APPROVAL'],
      [cancelled, cancelled.version + 1, 'CANCELLED'],
    ] as const) {
      const refused = onlyError(await revise(ann, { orderId: order.id, version }));
      expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
      expect(refused.message).toMatch(new RegExp(`a ${status} order cannot be revised`));
      expect(await stored(order.id)).toMatchObject({ status, version });
      expect(await revisionCount(order.id)).toBe(0);
    }
    expect((await feed()).length).toBe(before);
  });

  it.each([
    ['an empty reason', { reason: '  ' }, 'input.reason'],
    ['a reason over 500 characters', { reason: 'x'.repeat(501) }, 'input.reason'],
    ['no lines', { lines: [] }, 'input.lines'],
    ['a line without units', { lines: [{ ...WITHIN[0], units: 0 }] }, 'input.lines.0.units'],
    ['a discount over 100 %', { lines: [{ ...WITHIN[0], discountPercent: 120 }] }, 'input.lines.0.discountPercent'],
    ['a negative unit cost', { lines: [{ ...WITHIN[0], unitCost: '-1.00' }] }, 'input.lines.0.unitCost'],
    ['an empty product', { lines: [{ ...WITHIN[0], product: ' ' }] }, 'input.lines.0.product'],
    ['a line beyond the largest order', { lines: [{ ...WITHIN[0], units: 1000, listPrice: '9999999999999.99' }] }, 'input.lines.0.listPrice'],
    ['a line cost beyond the largest order', { lines: [WITHIN[0], { ...WITHIN[0], units: 1000, unitCost: '100000000.01' }] }, 'input.lines.1.unitCost'],
    ['lines adding up beyond the largest order', { lines: [{ ...WITHIN[0], units: 1, listPrice: '100000000000.00' }, WITHIN[0]] }, 'input.lines'],
    ['a future order date', { orderedAt: '2099-01-01T00:00:00Z' }, 'input.orderedAt'],
    ['an order date before 2000', { orderedAt: '1999-12-31T00:00:00Z' }, 'input.orderedAt'],
    ['terms over 365 days', { paymentTermsDays: 400 }, 'input.paymentTermsDays'],
    ['an unknown order', { orderId: 'nope' }, 'input.orderId'],
  ])('refuses a revision with %s: BAD_USER_INPUT on the field, changing and announcing nothing', async (_case, input, field) => {
    const order = await rejected();
    const before = (await feed()).length;
    expect(onlyError(await revise(ann, { orderId: order.id, version: order.version, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await unchanged(order, before)).toMatchObject({ status: 'REJECTED', version: 2, rejectedReason: 'Too deep' });
  });

  it.each([
    ['an empty reason', { reason: '' }, 'input.reason'],
    ['an unknown order', { orderId: 'nope' }, 'input.orderId'],
  ])('refuses a withdrawal with %s: BAD_USER_INPUT on the field, changing and announcing nothing', async (_case, input, field) => {
    const order = await rejected();
    const before = (await feed()).length;
    expect(onlyError(await withdraw(ann, { orderId: order.id, version: order.version, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await unchanged(order, before)).toMatchObject({ status: 'REJECTED', version: 2 });
  });

  it('refuses a stale version with CONFLICT for revising and withdrawing, changing nothing', async () => {
    const order = await rejected();
    await subgraph.dataSource.getRepository(OrderEntity).update({ id: order.id }, { version: 3 });
    const before = (await feed()).length;
    expect(onlyError(await revise(ann, { orderId: order.id, version: 2 })).extensions?.['code']).toBe('CONFLICT');
    expect(onlyError(await withdraw(ann, { orderId: order.id, version: 2 })).extensions?.['code']).toBe('CONFLICT');
    expect(await unchanged(order, before)).toMatchObject({ status: 'REJECTED', version: 3 });
  });

  it('is for whoever may correct the sale: FORBIDDEN for analysts and the customer’s new rep, unknown to another team', async () => {
    const moving = await newCustomer(ann, 'Moving Co');
    const order = await rejected(moving);
    const before = (await feed()).length;
    for (const call of [revise, withdraw]) {
      expect(onlyError(await call(analyst, { orderId: order.id, version: 2 })).extensions?.['code']).toBe('FORBIDDEN');
      // Another team's manager and a fellow rep do not see the customer at all.
      expect(onlyError(await call(sam, { orderId: order.id, version: 2 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
      expect(onlyError(await call(bob, { orderId: order.id, version: 2 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    }
    expect(await unchanged(order, before)).toMatchObject({ status: 'REJECTED', version: 2 });
    // The customer moves to Bob: he sees the order, but it stays Ann's sale, hers (and her manager's) to correct.
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: moving, toRepId: 'rep-bob', reason: 'Territory change' },
      }),
    );
    const afterMove = (await feed()).length;
    for (const call of [revise, withdraw]) expect(onlyError(await call(bob, { orderId: order.id, version: 2 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(await unchanged(order, afterMove)).toMatchObject({ status: 'REJECTED', version: 2 });
    // Her manager may revise it for her.
    expect(data<{ reviseOrder: OrderRead }>(await revise(nina, { orderId: order.id, version: 2 })).reviseOrder).toMatchObject({
      status: 'CONFIRMED',
      revisions: [{ number: 1 }],
    });
  });

  it('revises once for a keyed revision sent twice, answering both with the order', async () => {
    const order = await rejected();
    const idempotencyKey = randomUUID();
    const first = data<{ reviseOrder: OrderRead }>(await revise(ann, { orderId: order.id, version: 2, idempotencyKey })).reviseOrder;
    const again = data<{ reviseOrder: OrderRead }>(await revise(ann, { orderId: order.id, version: 2, idempotencyKey })).reviseOrder;
    expect(again).toEqual(first);
    expect(first).toMatchObject({ status: 'CONFIRMED', version: 3 });
    expect(await recordedOf(order.id)).toHaveLength(1);
    expect(await revisionCount(order.id)).toBe(1);
    const other = onlyError(await revise(ann, { orderId: order.id, version: 2, idempotencyKey, reason: 'Something else' }));
    expect(other.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });

  if (kind === 'mysql') {
    const codes = (results: GraphQLResult[]) => results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');

    it('lets exactly one of 10 parallel revisions of one version win; the rest are CONFLICT, the order announced once', async () => {
      const order = await rejected();
      const results = await Promise.all(Array.from({ length: 10 }, (_, index) => revise(ann, { orderId: order.id, version: 2, reason: `Revision ${index}` })));
      expect(codes(results).filter((code) => code === 'OK')).toHaveLength(1);
      expect(codes(results).filter((code) => code === 'CONFLICT')).toHaveLength(9);
      expect(await stored(order.id)).toMatchObject({ status: 'CONFIRMED', version: 3 });
      expect(await recordedOf(order.id)).toHaveLength(1);
      expect(await revisionCount(order.id)).toBe(1);
      expect(await linesOf(order.id)).toHaveLength(1);
    });

    it('revises once for a keyed revision sent 5 times at once, answering every call with the order', async () => {
      const order = await rejected();
      const idempotencyKey = randomUUID();
      const results = await Promise.all(Array.from({ length: 5 }, () => revise(ann, { orderId: order.id, version: 2, idempotencyKey })));
      expect(codes(results)).toEqual(Array(5).fill('OK'));
      expect(new Set(results.map((result) => data<{ reviseOrder: OrderRead }>(result).reviseOrder.version))).toEqual(new Set([3]));
      expect(await recordedOf(order.id)).toHaveLength(1);
      expect(await revisionCount(order.id)).toBe(1);
    });

    it('never both revises and withdraws an order when both arrive at once', async () => {
      const orders = await Promise.all(Array.from({ length: 6 }, () => rejected()));
      const before = (await feed()).length;
      const outcomes = await Promise.all(
        orders.map(async (order) => {
          const [revised, withdrawn] = await Promise.all([revise(ann, { orderId: order.id, version: 2 }), withdraw(ann, { orderId: order.id, version: 2 })]);
          expect(codes([revised, withdrawn]).sort()).toEqual(['CONFLICT', 'OK']);
          return { id: order.id, revised: !revised.errors };
        }),
      );
      for (const outcome of outcomes) {
        expect((await stored(outcome.id)).status).toBe(outcome.revised ? 'CONFIRMED' : 'WITHDRAWN');
        expect(await revisionCount(outcome.id)).toBe(outcome.revised ? 1 : 0);
      }
      const events = (await feed()).slice(before);
      expect(events.filter((event) => event.type === 'OrderRecorded')).toHaveLength(outcomes.filter((outcome) => outcome.revised).length);
      expect(events.filter((event) => event.type === 'OrderWithdrawn')).toHaveLength(outcomes.filter((outcome) => !outcome.revised).length);
    });
  }
});
