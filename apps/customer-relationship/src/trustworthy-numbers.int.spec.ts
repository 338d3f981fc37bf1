import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { CustomerEntity } from './customer/customer.entity';
import { OpportunityEntity } from './opportunity/opportunity.entity';
import { customerRelationshipSubgraph } from './subgraph';

/**
 * Numbers a director can trust (docs/domain.md#oversight, docs/domain.md#date-bounds, docs/domain.md#reassignment, docs/architecture.md#write-safety): who stands above whom, money
 * decided on the row under its lock, dates that move money, and who owns
 * what after a customer moves.
 */
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const max: Viewer = { subject: 'max', role: 'MANAGER', repId: 'rep-max', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

// rep-performance announces each rep with their position's role (SalesRepRegistered v3).
const REPS: Array<[repId: string, teamId: string, role: string | null]> = [
  ['rep-ann', 'north', 'REP'],
  ['rep-bob', 'north', 'REP'],
  ['rep-nina', 'north', 'MANAGER'],
  ['rep-max', 'north', 'MANAGER'],
  ['rep-sam', 'south', 'MANAGER'],
  ['rep-dora', 'hq', 'DIRECTOR'],
];

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayOf = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const DISCOUNTED = [{ product: 'Press X', units: 1, listPrice: '1000.00', discountPercent: 25 }];

describeOnEachDatabase('numbers a director can trust', (kind) => {
  let subgraph: TestSubgraph;

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const run = <T>(viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
    subgraph.execute(viewer, query, variables).then((result) => data<T>(result));
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const createCustomer = async (viewer: Viewer, name: string, customerClass = 'B', ownerId?: string) =>
    (
      await run<{ createCustomer: { id: string } }>(viewer, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
        input: { name, class: customerClass, ownerId },
      })
    ).createCustomer.id;
  const recordOrder = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id status version customer { status } } }`, { input });
  const decide = (viewer: Viewer, mutation: 'approveOrderDiscount' | 'rejectOrderDiscount', input: Record<string, unknown>) =>
    subgraph.execute(
      viewer,
      `mutation($input: DecideOrderDiscountInput!) { ${mutation}(input: $input) { status discountApprovedBy discountRejection { reason by at } } }`,
      { input },
    );
  const logVisit = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id version jointManager { id } } }`, {
      input: { kind: 'MAINTENANCE', purpose: 'Review', visitedAt: daysAgo(1), ...input },
    });
  /** Refused on `field` with BAD_USER_INPUT, with a message matching `message`, and nothing announced. */
  const expectRefused = async (attempt: () => Promise<GraphQLResult>, field: string, message: RegExp) => {
    const before = (await feed()).length;
    const error = onlyError(await attempt());
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
    expect((await feed()).length).toBe(before);
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    await directory.apply(
      REPS.map(([repId, teamId, role], i) => {
        const event: EventEnvelope<'SalesRepRegistered'> = {
          id: `r${i}`,
          sequence: i + 1,
          type: 'SalesRepRegistered',
          version: 3,
          occurredAt: '',
          aggregateId: repId,
          payload: { repId, teamId, name: repId, discountAuthorityBp: 1000, role },
        };
        return event as EventEnvelope;
      }),
    );
  });
  afterAll(() => subgraph?.stop());

  describe('7. discount approval comes from above the order’s rep', () => {
    it('refuses a manager approving their own order, which a director approves', async () => {
      const own = await createCustomer(nina, 'Nina’s own account');
      const order = data<{ recordOrder: { id: string; status: string } }>(await recordOrder(nina, { customerId: own, lines: DISCOUNTED })).recordOrder;
      expect(order.status).toBe('PENDING_APPROVAL');
      const refused = onlyError(await decide(nina, 'approveOrderDiscount', { orderId: order.id, version: 1 }));
      expect(refused.extensions?.['code']).toBe('FORBIDDEN');
      expect(refused.message).toMatch(/own order/);
      expect(onlyError(await decide(nina, 'rejectOrderDiscount', { orderId: order.id, version: 1, reason: 'mine' })).extensions?.['code']).toBe('FORBIDDEN');
      expect(data(await decide(director, 'approveOrderDiscount', { orderId: order.id, version: 1 }))).toMatchObject({
        approveOrderDiscount: { status: 'CONFIRMED', discountApprovedBy: 'dora' },
      });
    });

    it('refuses a manager approving a fellow manager’s order, and lets them approve their reps’', async () => {
      const maxes = await createCustomer(max, 'Max’s account');
      const byMax = data<{ recordOrder: { id: string } }>(await recordOrder(max, { customerId: maxes, lines: DISCOUNTED })).recordOrder;
      expect(onlyError(await decide(nina, 'approveOrderDiscount', { orderId: byMax.id, version: 1 })).message).toMatch(/director or admin/);
      const anns = await createCustomer(ann, 'Ann’s account');
      const byAnn = data<{ recordOrder: { id: string } }>(await recordOrder(ann, { customerId: anns, lines: DISCOUNTED })).recordOrder;
      expect(data(await decide(nina, 'approveOrderDiscount', { orderId: byAnn.id, version: 1 }))).toMatchObject({
        approveOrderDiscount: { status: 'CONFIRMED' },
      });
    });
  });

  describe('12. a rejected discount’s reason can be read back', () => {
    it('keeps the reason, who and when on the order', async () => {
      const anns = await createCustomer(ann, 'Rejected Co');
      const order = data<{ recordOrder: { id: string } }>(await recordOrder(ann, { customerId: anns, lines: DISCOUNTED })).recordOrder;
      const rejected = data<{ rejectOrderDiscount: { status: string; discountRejection: { reason: string; by: string; at: string } } }>(
        await decide(nina, 'rejectOrderDiscount', { orderId: order.id, version: 1, reason: 'Below floor price' }),
      ).rejectOrderDiscount;
      expect(rejected).toMatchObject({ status: 'REJECTED', discountRejection: { reason: 'Below floor price', by: 'nina' } });
      const read = await run<{ order: { discountRejection: { reason: string; at: string } } }>(
        ann,
        `query($id: ID!) { order(id: $id) { discountRejection { reason by at } } }`,
        { id: order.id },
      );
      expect(read.order.discountRejection).toMatchObject({ reason: 'Below floor price', by: 'nina' });
      // MySQL keeps whole seconds.
      expect(Math.abs(Date.parse(read.order.discountRejection.at) - Date.parse(rejected.discountRejection.at))).toBeLessThan(1000);
    });
  });

  describe('8. the key-account fund closes when the customer leaves class A', () => {
    it('refuses a draw after a downgrade, leaving what was spent as it was', async () => {
      const key = await createCustomer(ann, 'Key Co', 'A');
      await run(nina, `mutation($input: SetKeyAccountFundInput!) { setKeyAccountFund(input: $input) { id } }`, {
        input: { customerId: key, budget: '5000.00' },
      });
      const draw = (amount: string) =>
        subgraph.execute(ann, `mutation($input: DrawKeyAccountFundInput!) { drawKeyAccountFund(input: $input) { id } }`, {
          input: { customerId: key, amount, purpose: 'Dinner' },
        });
      data(await draw('100.00'));
      const { version } = await subgraph.dataSource.getRepository(CustomerEntity).findOneByOrFail({ id: key });
      await run(nina, `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { class } }`, { input: { id: key, version, class: 'B' } });
      await expectRefused(() => draw('50.00'), 'input.customerId', /class B now: only A-class customers draw/);
      const stored = await subgraph.dataSource.getRepository(CustomerEntity).findOneByOrFail({ id: key });
      expect(stored.keyAccountFundSpentMinor).toBe(10_000);
    });

    if (kind === 'mysql') {
      it('races a draw against a downgrade: the draw lands before it or is refused, never on a class B customer', async () => {
        const ROUNDS = 12;
        const customers = subgraph.dataSource.getRepository(CustomerEntity);
        const draw = (customerId: string) =>
          subgraph.execute(ann, `mutation($input: DrawKeyAccountFundInput!) { drawKeyAccountFund(input: $input) { id } }`, {
            input: { customerId, amount: '100.00', purpose: 'Dinner' },
          });
        // The manager downgrades from the version they read; told to reload (a draw moved it), they reload and downgrade again.
        const downgrade = async (customerId: string, version: number): Promise<GraphQLResult> => {
          for (let attempt = 0; ; attempt += 1) {
            const result = await subgraph.execute(nina, `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { class } }`, {
              input: { id: customerId, version, class: 'B' },
            });
            if (result.errors?.[0]?.extensions?.['code'] !== 'CONFLICT' || attempt === 3) return result;
            version = (await customers.findOneByOrFail({ id: customerId })).version;
          }
        };
        const keys: string[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          const key = await createCustomer(ann, `Race Co ${round}`, 'A');
          await run(nina, `mutation($input: SetKeyAccountFundInput!) { setKeyAccountFund(input: $input) { id } }`, {
            input: { customerId: key, budget: '5000.00' },
          });
          keys.push(key);
        }
        const versions = await Promise.all(keys.map(async (key) => (await customers.findOneByOrFail({ id: key })).version));
        // every round at once, the draw sent first in half of them and the downgrade first in the other half
        const outcomes = await Promise.all(
          keys.map(async (key, round) => {
            const [drawn, downgraded] =
              round % 2 === 0
                ? await Promise.all([draw(key), downgrade(key, versions[round])])
                : (await Promise.all([downgrade(key, versions[round]), draw(key)])).reverse();
            return { key, drawn, downgraded };
          }),
        );
        const events = await feed();
        for (const { key, drawn, downgraded } of outcomes) {
          expect(downgraded.errors).toBeUndefined();
          expect(downgraded.data).toEqual({ updateCustomer: { class: 'B' } });
          const drawEvents = events.filter((event) => event.type === 'KeyAccountFundDrawn' && event.aggregateId === key);
          const [classB] = events.filter((event) => event.type === 'CustomerUpdated' && event.aggregateId === key);
          const stored = await customers.findOneByOrFail({ id: key });
          expect(stored.class).toBe('B');
          if (drawn.errors) {
            const error = onlyError(drawn);
            expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
            expect(error.message).toMatch(/class B now: only A-class customers draw/);
            expect(stored.keyAccountFundSpentMinor).toBe(0);
            expect(drawEvents).toEqual([]);
          } else {
            // accepted: it was committed while the customer was still A, before the downgrade
            expect(stored.keyAccountFundSpentMinor).toBe(10_000);
            expect(drawEvents).toHaveLength(1);
            expect(drawEvents[0].sequence).toBeLessThan(classB.sequence);
          }
        }
      });
    }
  });

  describe('9. the joint-visit manager stands above the visiting rep', () => {
    let acme = '';
    beforeAll(async () => {
      acme = await createCustomer(ann, 'Joint Co');
    });

    it.each([
      ['the rep themselves', 'rep-ann', /their own joint manager/],
      ['a peer rep', 'rep-bob', /not a fellow rep/],
      ['another team’s manager', 'rep-sam', /another team/],
    ])('refuses %s', async (_case, jointManagerId, message) => {
      await expectRefused(() => logVisit(ann, { customerId: acme, jointManagerId }), 'input.jointManagerId', message);
    });

    it.each([
      ['the rep’s own manager', 'rep-nina'],
      ['a director', 'rep-dora'],
    ])('accepts %s', async (_case, jointManagerId) => {
      expect(data<{ logVisit: { jointManager: { id: string } } }>(await logVisit(ann, { customerId: acme, jointManagerId })).logVisit.jointManager).toEqual({
        id: jointManagerId,
      });
    });
  });

  describe('10. dates that move money stay within stated bounds', () => {
    let customer = '';
    let order = '';
    let invoice = '';
    let contact = '';
    const orderedAt = daysAgo(10);
    const issuedAt = daysAgo(5);

    beforeAll(async () => {
      customer = await createCustomer(ann, 'Dates Co');
      order = data<{ recordOrder: { id: string } }>(await recordOrder(ann, { customerId: customer, total: '100.00', orderedAt })).recordOrder.id;
      invoice = (
        await run<{ invoiceOrder: { id: string } }>(ann, `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { id } }`, {
          input: { orderId: order, amount: '50.00', issuedAt },
        })
      ).invoiceOrder.id;
      contact = (
        await run<{ addContact: { id: string } }>(ann, `mutation($c: ID!) { addContact(input: { customerId: $c, name: "Li Wei", roles: [BUYER] }) { id } }`, {
          c: customer,
        })
      ).addContact.id;
    });

    const invoiceAt = (at: string) => () =>
      subgraph.execute(ann, `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { id } }`, {
        input: { orderId: order, amount: '1.00', issuedAt: at },
      });
    const payAt = (at: string) => () =>
      subgraph.execute(ann, `mutation($input: ApplyPaymentInput!) { applyPayment(input: $input) { id } }`, {
        input: { invoiceId: invoice, amount: '1.00', receivedAt: at },
      });

    it('refuses an invoice dated before its order or in the future', async () => {
      await expectRefused(invoiceAt(daysAgo(11)), 'input.issuedAt', /issuedAt may not be before the order date \(\d{4}-/);
      await expectRefused(invoiceAt(daysAgo(-1)), 'input.issuedAt', /issuedAt may not be after now/);
    });

    it('refuses a payment dated before its invoice or in the future', async () => {
      await expectRefused(payAt(daysAgo(6)), 'input.receivedAt', /receivedAt may not be before the invoice date/);
      await expectRefused(payAt(daysAgo(-1)), 'input.receivedAt', /receivedAt may not be after now/);
    });

    it('refuses an order dated before 2000', async () => {
      await expectRefused(
        () => recordOrder(ann, { customerId: customer, total: '5.00', orderedAt: '1999-12-31T00:00:00Z' }),
        'input.orderedAt',
        /not be before the earliest date accepted \(2000-01-01\)/,
      );
    });

    it('refuses a visit in 1900 and a next step before its visit, on logging and on the report', async () => {
      await expectRefused(
        () => logVisit(ann, { customerId: customer, visitedAt: '1900-01-01T00:00:00Z' }),
        'input.visitedAt',
        /visitedAt may not be before the earliest date accepted \(2000-01-01\)/,
      );
      await expectRefused(
        () => logVisit(ann, { customerId: customer, visitedAt: daysAgo(2), nextStepAt: daysAgo(3) }),
        'input.nextStepAt',
        /nextStepAt may not be before the visit/,
      );
      const visit = data<{ logVisit: { id: string; version: number } }>(await logVisit(ann, { customerId: customer, visitedAt: daysAgo(2) })).logVisit;
      await expectRefused(
        () =>
          subgraph.execute(ann, `mutation($input: SubmitVisitReportInput!) { submitVisitReport(input: $input) { id } }`, {
            input: { visitId: visit.id, version: visit.version, outcome: 'Agreed a trial', nextStepAt: daysAgo(3) },
          }),
        'input.nextStepAt',
        /nextStepAt may not be before the visit/,
      );
    });

    it('refuses an expected close date in the past, and accepts today', async () => {
      const create = (expectedCloseDate: string) =>
        subgraph.execute(ann, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`, {
          input: { customerId: customer, name: 'Deal', amount: '10.00', expectedCloseDate },
        });
      await expectRefused(() => create(dayOf(-1)), 'input.expectedCloseDate', /expectedCloseDate may not be before today/);
      expect((await create(dayOf(0))).errors).toBeUndefined();
    });

    it('12. refuses an assessment of a contact who was not met', async () => {
      await expectRefused(
        () => logVisit(ann, { customerId: customer, contactIds: [], assessment: { contactId: contact, answers: [] } }),
        'input.assessment.contactId',
        /must be one of the contacts met/,
      );
    });
  });

  describe('11. after a reassignment open opportunities follow the customer; sales stay with who made them', () => {
    it('moves open opportunities to the new rep in the same change, and keeps the old rep’s orders and invoices visible to them', async () => {
      const moved = await createCustomer(ann, 'Moving Co');
      const createOpportunity = async (name: string) =>
        (
          await run<{ createOpportunity: { id: string; version: number } }>(
            ann,
            `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
            {
              input: { customerId: moved, name, amount: '900.00', expectedCloseDate: dayOf(30) },
            },
          )
        ).createOpportunity;
      const open = await createOpportunity('Open deal');
      const lost = await createOpportunity('Lost deal');
      await run(ann, `mutation($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { stage } }`, {
        input: { id: lost.id, version: lost.version, stage: 'LOST', lostReason: 'Price' },
      });
      const order = data<{ recordOrder: { id: string } }>(await recordOrder(ann, { customerId: moved, total: '300.00', orderedAt: daysAgo(3) })).recordOrder.id;
      const invoice = (
        await run<{ invoiceOrder: { id: string } }>(ann, `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { id } }`, {
          input: { orderId: order },
        })
      ).invoiceOrder.id;
      const owedByAnn = await run<{ repReceivables: { outstanding: string } }>(ann, `{ repReceivables(repId: "rep-ann") { outstanding } }`);

      const before = (await feed()).length;
      await run(nina, `mutation($input: ReassignCustomerInput!) { reassignCustomer(input: $input) { id } }`, {
        input: { customerId: moved, toRepId: 'rep-bob', reason: 'Territory split' },
      });
      const events = (await feed()).slice(before);
      expect(events.map((event) => event.type)).toEqual(['CustomerReassigned', 'OpportunityReassigned']);
      expect(events[1].payload).toMatchObject({
        opportunityId: open.id,
        customerId: moved,
        fromOwnerId: 'rep-ann',
        toOwnerId: 'rep-bob',
        stage: 'PROSPECTING',
        reason: 'Territory split',
      });
      const owners = await subgraph.dataSource.getRepository(OpportunityEntity).findBy({ customerId: moved });
      expect(Object.fromEntries(owners.map((row) => [row.name, [row.ownerId, row.version]]))).toEqual({
        'Open deal': ['rep-bob', open.version + 1],
        'Lost deal': ['rep-ann', lost.version + 1],
      });

      // The new owner works the pipeline; the old one neither sees nor moves it.
      const moveOpen = (viewer: Viewer) =>
        subgraph.execute(viewer, `mutation($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { stage owner { id } } }`, {
          input: { id: open.id, version: open.version + 1, stage: 'NEEDS_ANALYSIS' },
        });
      expect(onlyError(await moveOpen(ann)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
      expect(data(await moveOpen(bob))).toEqual({ moveOpportunityStage: { stage: 'NEEDS_ANALYSIS', owner: { id: 'rep-bob' } } });

      // Ann's sale stays hers: she sees the order and invoice her receivables count, not the customer any more.
      expect(await run(ann, `{ repReceivables(repId: "rep-ann") { outstanding } }`)).toEqual(owedByAnn);
      const annSees = await run<{
        invoices: { edges: Array<{ node: { id: string; customer: null; rep: { id: string } } }> };
        order: { id: string; customer: null };
      }>(
        ann,
        `query($order: ID!) { invoices(first: 100, filter: { repId: "rep-ann" }) { edges { node { id customer { id } rep { id } } } } order(id: $order) { id customer { id } } }`,
        { order },
      );
      expect(annSees.invoices.edges.map((edge) => edge.node)).toContainEqual({ id: invoice, customer: null, rep: { id: 'rep-ann' } });
      expect(annSees.order).toEqual({ id: order, customer: null });
      expect(await run(ann, `query($id: ID!) { customer(id: $id) { id } }`, { id: moved })).toEqual({ customer: null });

      // Collecting is done on the customer's current side; the payment stays credited to the seller.
      const pay = (viewer: Viewer) =>
        subgraph.execute(viewer, `mutation($input: ApplyPaymentInput!) { applyPayment(input: $input) { paid rep { id } customer { id } } }`, {
          input: { invoiceId: invoice, amount: '100.00' },
        });
      expect(onlyError(await pay(ann)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.invoiceId' });
      expect(data(await pay(bob))).toEqual({ applyPayment: { paid: '100.00', rep: { id: 'rep-ann' }, customer: { id: moved } } });
    });
  });

  describe('12. lifecycle, overdue list and cursors', () => {
    const setStatus = async (id: string, status: string) => {
      const { version } = await subgraph.dataSource.getRepository(CustomerEntity).findOneByOrFail({ id });
      await run(nina, `mutation($input: ChangeCustomerStatusInput!) { changeCustomerStatus(input: $input) { status } }`, { input: { id, version, status } });
    };

    it.each(['DORMANT', 'CHURNED'])('an order on a %s customer makes it ACTIVE again and announces it', async (status) => {
      const id = await createCustomer(ann, `Sleepy ${status}`);
      data(await recordOrder(ann, { customerId: id, total: '10.00' }));
      await setStatus(id, status);
      const before = (await feed()).length;
      const order = data<{ recordOrder: { customer: { status: string } } }>(await recordOrder(ann, { customerId: id, total: '20.00' })).recordOrder;
      expect(order.customer.status).toBe('ACTIVE');
      const events = (await feed()).slice(before);
      expect(events.find((event) => event.type === 'CustomerStatusChanged')?.payload).toMatchObject({ customerId: id, from: status, to: 'ACTIVE' });
    });

    it('wakes a dormant customer when a discount is approved too', async () => {
      const id = await createCustomer(ann, 'Approved Sleeper');
      data(await recordOrder(ann, { customerId: id, total: '10.00' }));
      await setStatus(id, 'DORMANT');
      const pending = data<{ recordOrder: { id: string; customer: { status: string } } }>(
        await recordOrder(ann, { customerId: id, lines: DISCOUNTED }),
      ).recordOrder;
      expect(pending.customer.status).toBe('DORMANT');
      data(await decide(nina, 'approveOrderDiscount', { orderId: pending.id, version: 1 }));
      expect((await subgraph.dataSource.getRepository(CustomerEntity).findOneByOrFail({ id })).status).toBe('ACTIVE');
    });

    it('leaves churned customers off the overdue list', async () => {
      const late = await createCustomer(ann, 'Overdue Live', 'D');
      const gone = await createCustomer(ann, 'Overdue Gone', 'D');
      await subgraph.dataSource.getRepository(CustomerEntity).update({ id: late }, { createdAt: new Date(Date.now() - 200 * DAY) });
      await subgraph.dataSource.getRepository(CustomerEntity).update({ id: gone }, { createdAt: new Date(Date.now() - 200 * DAY) });
      await setStatus(gone, 'CHURNED');
      const overdue = await run<{ customers: { edges: Array<{ node: { id: string } }> } }>(
        ann,
        `{ customers(first: 100, filter: { overdue: true }) { edges { node { id } } } }`,
      );
      const overdueIds = overdue.customers.edges.map((edge) => edge.node.id);
      expect(overdueIds).toContain(late);
      expect(overdueIds).not.toContain(gone);
      expect(await run(ann, `query($id: ID!) { customer(id: $id) { visitOverdue daysOverdue } }`, { id: gone })).toEqual({
        customer: { visitOverdue: false, daysOverdue: 0 },
      });
    });

    it('refuses a cursor from one sort under another, on after', async () => {
      const page = await run<{ customers: { pageInfo: { endCursor: string } } }>(
        ann,
        `{ customers(first: 1, sort: { field: NAME }) { pageInfo { endCursor } } }`,
      );
      const after = page.customers.pageInfo.endCursor;
      expect(
        (await subgraph.execute(ann, `query($after: String) { customers(first: 1, after: $after, sort: { field: NAME }) { totalCount } }`, { after })).errors,
      ).toBeUndefined();
      const error = onlyError(
        await subgraph.execute(ann, `query($after: String) { customers(first: 1, after: $after, sort: { field: CREATED_AT }) { totalCount } }`, { after }),
      );
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(error.message).toMatch(/another sort/);
      const orders = await run<{ orders: { pageInfo: { endCursor: string } } }>(ann, `{ orders(first: 1) { pageInfo { endCursor } } }`);
      const wrong = onlyError(
        await subgraph.execute(ann, `query($after: String) { orders(first: 1, after: $after, sort: { field: TOTAL, direction: DESC }) { totalCount } }`, {
          after: orders.orders.pageInfo.endCursor,
        }),
      );
      expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
