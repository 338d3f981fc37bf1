// The tests here are independent of order: each makes its own organisation (teams, reps, customers under names
// no other test uses) and asserts on its own rows only, and one that stops an app starts it again, so each passes
// alone (-t) and in any order (--randomize).
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { signToken, Viewer } from '@salesgraph/auth';
import {
  AddContactDocument,
  ApplyPaymentDocument,
  AssessmentQuestionsDocument,
  CreateBranchDocument,
  CreateEvaluationTemplateDocument,
  CreateIncentivePlanDocument,
  CreateOpportunityDocument,
  CustomerCountDocument,
  CustomerDayDocument,
  CustomerIdDocument,
  CustomersWithOwnersDocument,
  CustomersWithOwnersQuery,
  CustomerTypeDescriptionDocument,
  IncentiveStatementDocument,
  InvoiceCountDocument,
  InvoiceOrderDocument,
  LogVisitAssessedDocument,
  MoveOpportunityStageDocument,
  OpenEvaluationCycleDocument,
  RateSalesRepDocument,
  RecordOrderDocument,
  RecordOrderLinesDocument,
  RepNameAndRevenueDocument,
  RepRevenueDocument,
  RepRevenueKpiDocument,
  SalesgraphError,
  ScorecardDocument,
  SetTargetDocument,
  SetTeamBranchDocument,
  SplitTargetDocument,
  SplitTargetMutation,
  TargetGapsDocument,
  TeamMembersTeamsDocument,
} from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { print } from 'graphql';
import { eventually, director, RepViewer, SECRET, Suite, uniqueName } from './suite';

describeOnEachDatabase('the federated suite end to end', (kind) => {
  const suite = new Suite(kind);

  const revenueOf = async (repId: string, period = '2026') => (await suite.as(director).request(RepRevenueDocument, { id: repId, period })).salesRep?.revenue;
  const revenueReaches = (repId: string, expected: string) => eventually(async () => ((await revenueOf(repId)) === expected ? true : undefined), 5000);
  const recordOrder = (viewer: Viewer, customerId: string, total: string, orderedAt = '2026-11-15T10:00:00Z') =>
    suite.as(viewer).execute(RecordOrderDocument, { input: { customerId, total, orderedAt } });
  const pressOrder = (bob: RepViewer, customerId: string) =>
    suite.as(bob).request(RecordOrderLinesDocument, {
      input: {
        customerId,
        orderedAt: '2026-11-20T09:00:00Z',
        paymentTermsDays: 0,
        lines: [{ product: 'Press X', units: 2, listPrice: '2500.00', discountPercent: 5, unitCost: '1500.00' }],
      },
    });

  /** The test's own organisation: Ann manages North, Bob sells in North and Sam in South, each with a customer named for them and the test. */
  const newOrganisation = async () => {
    const tag = uniqueName('org');
    const north = await suite.createTeam(`North ${tag}`);
    const south = await suite.createTeam(`South ${tag}`);
    const ann = await suite.registerRep('Ann', north, 'MANAGER');
    const bob = await suite.registerRep('Bob', north);
    const sam = await suite.registerRep('Sam', south);
    const customerName = (key: 'ann' | 'bob' | 'sam') => `${key} customer ${tag}`;
    const customers = {
      bob: await suite.createCustomer(bob, customerName('bob')),
      ann: await suite.createCustomer(ann, customerName('ann')),
      sam: await suite.createCustomer(sam, customerName('sam')),
    };
    return { tag, north, south, ann, bob, sam, customers, customerName };
  };

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('credits an order recorded through the gateway to the rep’s revenue within seconds', async () => {
    const { bob, customers } = await newOrganisation();
    expect((await recordOrder(bob, customers.bob, '100.50')).errors).toBeUndefined();
    expect((await recordOrder(bob, customers.bob, '200.25', '2025-12-31T23:00:00Z')).errors).toBeUndefined();
    // The two orders may reach reporting in separate batches: wait for both.
    await eventually(async () => ((await revenueOf(bob.repId)) === '100.50' && (await revenueOf(bob.repId, '2025')) === '200.25' ? true : undefined), 5000);
    expect(await revenueOf(bob.repId, '2026-Q4')).toBe('100.50');
    expect(await revenueOf(bob.repId, '2026-10')).toBe('0.00');
  });

  it('answers the director’s first page with owners’ names and revenue in one request', async () => {
    const { tag, bob, customers, customerName } = await newOrganisation();
    expect((await recordOrder(bob, customers.bob, '100.50')).errors).toBeUndefined();
    await revenueReaches(bob.repId, '100.50');
    const result = await suite.as(director).request(CustomersWithOwnersDocument, { nameContains: tag });
    expect(result.customers.totalCount).toBe(3);
    const found = result.customers.edges.find((edge) => edge.node.name === customerName('bob'));
    expect(found?.node.owner).toEqual({ id: bob.repId, name: 'Bob', revenue: '100.50' });
  });

  it('shows a rep only their customers and a manager the team’s', async () => {
    const { ann, bob, sam, customers, customerName } = await newOrganisation();
    const names = async (viewer: Viewer) => (await suite.as(viewer).request(CustomersWithOwnersDocument)).customers.edges.map((edge) => edge.node.name).sort();
    expect(await names(bob)).toEqual([customerName('bob')]);
    expect(await names(sam)).toEqual([customerName('sam')]);
    expect(await names(ann)).toEqual([customerName('ann'), customerName('bob')]);
    const other = await suite.as(sam).execute(CustomerIdDocument, { id: customers.bob });
    expect(other.data).toEqual({ customer: null });
    const revenue = await suite.as(sam).execute(RepNameAndRevenueDocument, { id: bob.repId });
    expect(revenue.data).toEqual({ salesRep: { name: 'Bob', revenue: null } });
    expect(revenue.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives no token UNAUTHENTICATED and no data, and a subgraph called directly nothing', async () => {
    const body = await suite.as(undefined).execute(CustomersWithOwnersDocument);
    expect(body.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Raw HTTP on purpose: a subgraph's own port and its federation-only _service field, which no client document may name.
    for (const name of ['customer-relationship', 'rep-performance', 'reporting'] as const) {
      const direct = await fetch(suite.subgraphUrl(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(direct.status).toBe(401);
      expect(await direct.text()).not.toContain('sdl');
    }
  });

  it('refuses bad input with BAD_USER_INPUT and the field path, and writes nothing', async () => {
    const { bob, sam, customers } = await newOrganisation();
    const before = await revenueOf(bob.repId);
    const negative = await recordOrder(bob, customers.bob, '-5.00');
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.total' });
    const zero = await recordOrder(bob, customers.bob, '0.00');
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.total' });
    // Sent as variables, as a client does: a bad Money, a day that does not exist and an order beyond the largest.
    const withLines = (listPrice: string, units = 1) =>
      suite.as(bob).execute(RecordOrderLinesDocument, { input: { customerId: customers.bob, lines: [{ product: 'Die set', units, listPrice }] } });
    expect((await withLines('40.005')).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines.0.listPrice' });
    expect((await withLines('9999999999999.99', 1000)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines.0.listPrice' });
    const impossible = await recordOrder(bob, customers.bob, '10.00', '2026-02-30T00:00:00Z');
    expect(impossible.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/2026-02-30T00:00:00Z/),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.orderedAt' },
    });
    const unknown = await recordOrder(bob, 'no-such-customer', '5.00');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    const othersCustomer = await recordOrder(sam, customers.bob, '5.00');
    expect(othersCustomer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    const period = await suite.as(director).execute(RepRevenueDocument, { id: bob.repId, period: '2026-13' });
    expect(period.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await revenueOf(bob.repId)).toBe(before);
  });

  it('carries a rep’s day through the gateway: visit, opportunity, order, invoice, payment, aging — for the team, not for others', async () => {
    const { ann, sam, bob: bobViewer, customers, customerName } = await newOrganisation();
    const bob = suite.as(bobViewer);
    const questions = (await bob.request(AssessmentQuestionsDocument)).assessmentQuestionSet.questions;
    const contact = (
      await bob.request(AddContactDocument, {
        input: { customerId: customers.bob, name: 'Chen Lu', roles: ['COACH', 'DECISION_MAKER'], socialStyle: 'DRIVER' },
      })
    ).addContact;
    const visit = (
      await bob.request(LogVisitAssessedDocument, {
        input: {
          customerId: customers.bob,
          kind: 'MAINTENANCE',
          visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
          purpose: 'Line 2 upgrade',
          contactIds: [contact.id],
          outcome: 'Wants a proposal',
          assessment: { contactId: contact.id, answers: questions.map((question) => ({ key: question.key, points: 8 })) },
        },
      })
    ).logVisit;
    expect(visit).toEqual({ rep: { name: 'Bob' }, assessment: { total: 80, band: 'GOOD' } });

    const opportunity = (
      await bob.request(CreateOpportunityDocument, {
        input: {
          customerId: customers.bob,
          name: 'Line 2',
          amount: '5000.00',
          expectedCloseDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      })
    ).createOpportunity;
    const signed = (await bob.request(MoveOpportunityStageDocument, { input: { id: opportunity.id, version: 1, stage: 'CONTRACT_SIGNED' } }))
      .moveOpportunityStage;
    expect(signed).toEqual({ stage: 'CONTRACT_SIGNED', owner: { name: 'Bob' } });

    const order = (await pressOrder(bobViewer, customers.bob)).recordOrder;
    expect(order).toMatchObject({ total: '4750.00', status: 'CONFIRMED' });
    const invoice = (await bob.request(InvoiceOrderDocument, { input: { orderId: order.id, issuedAt: '2026-11-20T09:00:00Z' } })).invoiceOrder;
    // Invoiced when ordered (never before: docs/domain.md#date-bounds), due at once, so overdue since.
    expect(invoice.dueDate).toBe('2026-11-20');
    const paid = (await bob.request(ApplyPaymentDocument, { input: { invoiceId: invoice.id, amount: '1750.00' } })).applyPayment;
    expect(paid.outstanding).toBe('3000.00');

    const expected = {
      name: customerName('bob'),
      hasCoach: true,
      lastVisit: { assessment: { band: 'GOOD' } },
      openOpportunities: [{ stage: 'CONTRACT_SIGNED' }],
      owner: { name: 'Bob' },
    };
    const seenByBob = (await bob.request(CustomerDayDocument, { id: customers.bob })).customer;
    expect(seenByBob).toMatchObject(expected);
    expect(seenByBob?.receivables.outstanding).toBe('3000.00');
    expect(Number(seenByBob?.receivables.overdue)).toBeGreaterThan(0);
    expect((await suite.as(ann).request(CustomerDayDocument, { id: customers.bob })).customer).toMatchObject(expected);
    expect((await suite.as(sam).request(CustomerDayDocument, { id: customers.bob })).customer).toBeNull();
    expect((await suite.as(sam).request(InvoiceCountDocument)).invoices.totalCount).toBe(0);
    // The order counts in Bob's revenue once reporting has read the feed.
    await revenueReaches(bobViewer.repId, '4750.00');
  });

  it('lets a director set and split a yearly target, a manager score a rep, and the rep trace their scorecard and statement to facts', async () => {
    const { north: northTeam, south: southTeam, ann, bob, sam, customers } = await newOrganisation();
    // Bob's orders: 100.50 and 4,750.00 in November 2026, 200.25 in 2025.
    expect((await recordOrder(bob, customers.bob, '100.50')).errors).toBeUndefined();
    expect((await recordOrder(bob, customers.bob, '200.25', '2025-12-31T23:00:00Z')).errors).toBeUndefined();
    expect((await pressOrder(bob, customers.bob)).recordOrder).toMatchObject({ total: '4750.00', status: 'CONFIRMED' });
    const asDirector = suite.as(director);
    // The organisation: one branch over both teams.
    const branch = (await asDirector.request(CreateBranchDocument, { input: { name: uniqueName('Main'), region: 'East' } })).createBranch.id;
    for (const team of [northTeam, southTeam]) await asDirector.request(SetTeamBranchDocument, { input: { teamId: team, branchId: branch } });

    // 2026 revenue of 100,000.00: Main 100 %, North 60 % / South 40 %, North's 60,000.00 to Ann and Bob in halves.
    const company = (await asDirector.request(SetTargetDocument, { input: { metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 100000 } }))
      .setTarget;
    const split = async (target: { id: string; version: number }, parts: Array<{ ownerId: string; sharePercent: number }>) =>
      (await asDirector.request(SplitTargetDocument, { input: { targetId: target.id, version: target.version, parts } })).splitTarget;
    const [main] = await split(company, [{ ownerId: branch, sharePercent: 100 }]);
    const [north] = await split(main, [
      { ownerId: northTeam, sharePercent: 60 },
      { ownerId: southTeam, sharePercent: 40 },
    ]);
    const reps: SplitTargetMutation['splitTarget'] = await split(north, [
      { ownerId: ann.repId, sharePercent: 50 },
      { ownerId: bob.repId, sharePercent: 50 },
    ]);
    expect(reps.map((target) => target.value)).toEqual([30_000, 30_000]);
    // South's 40,000.00 is not handed down yet: the only gap (no other test sets targets, so all of 2026's are this test's).
    const gaps = (await asDirector.request(TargetGapsDocument, { period: '2026' })).targetGaps;
    expect(gaps).toEqual([{ target: { ownerId: southTeam }, gap: 40_000 }]);

    // rep-performance folds Bob's orders from customer-relationship's feed: 100.50 + 4,750.00 in 2026.
    const revenue = await eventually(async () => {
      const kpi = (await suite.as(bob).request(RepRevenueKpiDocument, { r: bob.repId })).salesRep?.kpis?.kpi;
      return kpi?.value === 4_850.5 ? kpi : undefined;
    }, 5000);
    // 4,850.50 ÷ 30,000.00 = 16.17 %
    expect(revenue).toEqual({ value: 4_850.5, target: 30_000, attainment: 0.1617, facts: [{ name: 'orders', value: 2 }] });
    // Sam, in another team, is refused Bob's figures: null, with FORBIDDEN at its path.
    const refused = await suite.as(sam).execute(RepRevenueKpiDocument, { r: bob.repId });
    expect(refused.data?.salesRep?.kpis).toBeNull();
    expect(refused.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['salesRep', 'kpis'], 'FORBIDDEN']]);

    // Ann manages North and scores Bob; the cycle's template weighs revenue attainment 70 %, sales skills 30 %.
    const template = (
      await asDirector.request(CreateEvaluationTemplateDocument, {
        input: {
          name: uniqueName('2026 review'),
          criteria: [
            {
              key: 'revenue',
              name: 'Revenue attainment',
              group: 'OUTPUT',
              source: 'ATTAINMENT',
              kpi: 'REVENUE',
              weightPercent: 70,
              normalisation: 'ATTAINMENT',
            },
            { key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 30, normalisation: 'RATING' },
          ],
        },
      })
    ).createEvaluationTemplate;
    const cycle = (await asDirector.request(OpenEvaluationCycleDocument, { input: { templateId: template.id, name: '2026', period: '2026' } }))
      .openEvaluationCycle;
    const rating = await suite.as(sam).execute(RateSalesRepDocument, {
      i: { cycleId: cycle.id, repId: bob.repId, criterionKey: 'skills', score: 4, comment: 'x', source: 'JOINT_VISIT' },
    });
    expect(rating.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    await suite.as(ann).request(RateSalesRepDocument, {
      i: { cycleId: cycle.id, repId: bob.repId, criterionKey: 'skills', score: 4, comment: 'Asked good questions on the line 2 visit', source: 'JOINT_VISIT' },
    });
    const card = (await suite.as(bob).request(ScorecardDocument, { c: cycle.id, r: bob.repId })).scorecard;
    if (!card) throw new Error('Bob has no scorecard');
    // 16.17 × 70 % = 11.32; 4 × 20 = 80 × 30 % = 24; total 35.32
    expect(card.lines.map((line) => [line.key, line.raw, line.score, line.weightPercent, line.contribution])).toEqual([
      ['revenue', 0.1617, 16.17, 70, 11.32],
      ['skills', 4, 80, 30, 24],
    ]);
    expect(card.total).toBe(35.32);
    expect(card.lines[0].evidence).toEqual(expect.arrayContaining(['orders: 2', 'target: 30000']));
    expect(card.lines[1].evidence).toEqual([expect.stringContaining('Asked good questions on the line 2 visit')]);

    // A 5 % plan on revenue: November's statement is 5 % of 4,850.50 = 242.53 (rounded half up), line by line.
    await asDirector.request(CreateIncentivePlanDocument, {
      input: { name: uniqueName('Flat 5'), effectiveFrom: '2026-01', terms: { basis: 'REVENUE', tiers: [{ ratePercent: 5 }] } },
    });
    const statement = (await suite.as(bob).request(IncentiveStatementDocument, { r: bob.repId })).salesRep?.incentiveStatement;
    expect(statement).toEqual({
      total: '242.53',
      facts: { basis: '4850.50' },
      lines: [{ kind: 'COMMISSION', base: 4_850.5, ratePercent: 5, amount: '242.53' }],
    });
  });

  it('still serves customers and owners when reporting is down, with an error for revenue only', async () => {
    const { tag } = await newOrganisation();
    await suite.whileStopped('reporting', async () => {
      // Raw HTTP on purpose: the assertions read the body's text for anything of the insides.
      const response = await fetch(suite.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${signToken(SECRET, director)}` },
        body: JSON.stringify({ query: print(CustomersWithOwnersDocument), variables: { nameContains: tag } }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        data: CustomersWithOwnersQuery;
        errors: SalesgraphError[];
      };
      expect(body.data.customers.totalCount).toBe(3);
      expect(body.data.customers.edges.map((edge) => edge.node.owner?.name).sort()).toEqual(['Ann', 'Bob', 'Sam']);
      expect(body.data.customers.edges.every((edge) => edge.node.owner?.revenue === null)).toBe(true);
      expect(body.errors.length).toBeGreaterThan(0);
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' });
      // Nothing of the insides: no internal URL, address or stack.
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\/|ECONNREFUSED|stacktrace|at \w+ \(/);
    });
  });

  it('loses nothing while reporting is down: it catches up when it comes back, counting each order once', async () => {
    const { bob, sam, customers } = await newOrganisation();
    // Revenue reporting has applied before it goes down, which its restarts must not count again.
    expect((await recordOrder(bob, customers.bob, '100.50')).errors).toBeUndefined();
    await revenueReaches(bob.repId, '100.50');
    await suite.whileStopped('reporting', async () => {
      expect((await recordOrder(bob, customers.bob, '10.00')).errors).toBeUndefined();
      expect((await recordOrder(sam, customers.sam, '7.25')).errors).toBeUndefined();
    });
    await revenueReaches(bob.repId, '110.50');
    expect(await revenueOf(sam.repId)).toBe('7.25');
    // A second restart re-reads nothing it has already applied.
    await suite.whileStopped('reporting', async () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await revenueOf(bob.repId)).toBe('110.50');
    expect(await revenueOf(sam.repId)).toBe('7.25');
  });

  it('answers within the subgraph timeout when a subgraph hangs', async () => {
    const { tag } = await newOrganisation();
    const reporting = suite.processes.get('reporting');
    if (!reporting) throw new Error('reporting is not running');
    reporting.kill('SIGSTOP');
    try {
      const started = Date.now();
      const result = await suite.as(director).execute(CustomersWithOwnersDocument, { nameContains: tag });
      const elapsed = Date.now() - started;
      expect(result.data?.customers.totalCount).toBe(3);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' });
      // SUBGRAPH_TIMEOUT_MS is 1.5 s here; far below the hang it would otherwise be.
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      reporting.kill('SIGCONT');
    }
  });

  it('reloads a changed supergraph without dropping a request', async () => {
    const original = readFileSync(suite.supergraphPath, 'utf8');
    const marker = 'An account the sales organisation sells to';
    expect(original).toContain(marker);
    const changed = original.replace(marker, 'A customer account (reloaded)');
    const introspect = async () => (await suite.as(director).request(CustomerTypeDescriptionDocument)).__type?.description ?? '';
    const tmp = `${suite.supergraphPath}.tmp`;
    const replaceSupergraph = (text: string) => {
      writeFileSync(tmp, text);
      renameSync(tmp, suite.supergraphPath);
    };
    const failures: unknown[] = [];
    let stop = false;
    const load = (async () => {
      while (!stop) {
        const result = await suite.as(director).execute(CustomerCountDocument);
        if (result.errors) failures.push(result.errors);
      }
    })();
    try {
      replaceSupergraph(changed);
      await eventually(async () => ((await introspect()).includes('(reloaded)') ? true : undefined), 10_000);
      stop = true;
      await load;
      expect(failures).toEqual([]);
    } finally {
      stop = true;
      // The supergraph as built again, for the tests that run after this one.
      replaceSupergraph(original);
      await eventually(async () => ((await introspect()).includes(marker) ? true : undefined), 10_000);
    }
  });

  it('refuses queries beyond the depth and alias limits before touching a subgraph', async () => {
    // Raw query strings on purpose: documents over the limits, which no operation file should hold.
    const deep = `{ teams { members { team { members { team { members { team { members { team { members { team { name } } } } } } } } } } } }`;
    const tooDeep = await suite.raw(director, deep);
    expect(tooDeep.data).toBeUndefined();
    expect(tooDeep.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', measured: 12, max: 10 });
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: teams { name }`).join(' ')} }`;
    const tooMany = await suite.raw(director, aliases);
    expect(tooMany.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', measured: 20, max: 15 });
    expect(tooMany.errors?.[0].message).toMatch(/alias/i);
    const fine = await suite.as(director).execute(TeamMembersTeamsDocument);
    expect(fine.errors).toBeUndefined();
  });

  it('reports health and readiness', async () => {
    const base = suite.gatewayUrl.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      subgraphs: { 'customer-relationship': 'ready', 'rep-performance': 'ready', reporting: 'ready' },
    });
    await suite.whileStopped('reporting', async () => {
      const degraded = await fetch(`${base}/ready`);
      expect(degraded.status).toBe(503);
      expect(await degraded.json()).toMatchObject({ subgraphs: { reporting: 'unavailable' } });
    });
  });
});
