import { parsePeriod } from '@salesgraph/domain';
/**
 * A worked example (docs/domain.md#kpis): a small organisation with known orders,
 * payments, visits, complaints, surveys, reports and claims in October 2026.
 * Every figure below is computed by hand in the comments; the test asserts
 * the system arrives at the same numbers through the public API.
 *
 * Organisation: branch North (region "North") → team Alpha → Ann (hunter) and Bob (farmer), both hired 2026-09-01.
 */
import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, EventType, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { RepPerformanceServices } from './context';
import { repPerformanceSubgraph } from './subgraph';

const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

let sequence = 0;
function event<T extends EventType>(type: T, version: number, payload: unknown, occurredAt = '2026-10-01T00:00:00.000Z'): EventEnvelope {
  sequence += 1;
  return { id: `e${sequence}`, sequence, type, version, occurredAt, aggregateId: 'x', payload } as EventEnvelope;
}

function data<T>(result: { data?: unknown; errors?: unknown }): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

describeOnEachDatabase('worked example: October 2026, by hand', (kind) => {
  let subgraph: TestSubgraph;
  let services: RepPerformanceServices;
  const ids = { north: '', alpha: '', ann: '', bob: '', cycle: '' };
  let ann: Viewer;
  let bob: Viewer;
  let mia: Viewer;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(repPerformanceSubgraph, kind);
    services = subgraph.running.services as RepPerformanceServices;
    const run = async <T>(query: string, variables: Record<string, unknown> = {}) => data<T>(await subgraph.execute(director, query, variables));

    ids.north = (await run<{ createBranch: { id: string } }>(`mutation { createBranch(input: { name: "North", region: "North" }) { id } }`)).createBranch.id;
    ids.alpha = (
      await run<{ createTeam: { id: string } }>(`mutation($b: ID) { createTeam(input: { name: "Alpha", branchId: $b }) { id } }`, { b: ids.north })
    ).createTeam.id;
    const register = async (name: string, type: string) =>
      (
        await run<{ registerSalesRep: { id: string } }>(
          `mutation($t: ID!, $n: String!, $e: String!, $k: SalesRepType!) { registerSalesRep(input: { name: $n, email: $e, type: $k, teamId: $t, hireDate: "2026-09-01" }) { id } }`,
          { t: ids.alpha, n: name, e: `${name}@example.com`, k: type },
        )
      ).registerSalesRep.id;
    ids.ann = await register('Ann', 'HUNTER');
    ids.bob = await register('Bob', 'FARMER');
    ann = { subject: 'ann', role: 'REP', repId: ids.ann, teamId: ids.alpha };
    bob = { subject: 'bob', role: 'REP', repId: ids.bob, teamId: ids.alpha };
    mia = { subject: 'mia', role: 'MANAGER', repId: 'mia', teamId: ids.alpha };

    // customer-relationship's feed, as it would deliver it.
    // OrderRecorded v4, as customer-relationship announces orders now; Ann and Bob have the company's 10 % authority.
    const order = (orderId: string, customerId: string, repId: string, orderedAt: string, totalMinor: number, extra: Record<string, unknown> = {}) =>
      event('OrderRecorded', 4, {
        orderId,
        customerId,
        repId,
        orderedAt,
        totalMinor,
        grossProfitMinor: Math.round(totalMinor * 0.3),
        channel: 'DIRECT',
        paymentTermsDays: 30,
        termsBeyondStandard: false,
        maxDiscountBp: 0,
        discountApprovedBy: null,
        units: totalMinor / 100_000,
        listTotalMinor: totalMinor,
        recordedAt: orderedAt,
        discountAuthorityBp: 1_000,
        discountBeyondAuthorityMinor: 0,
        ...extra,
      });
    const customer = (customerId: string, ownerId: string, cls: string, createdAt: string) =>
      event('CustomerCreated', 1, { customerId, name: customerId, class: cls, ownerId, createdAt });
    const visit = (visitId: string, customerId: string, kind: string, visitedAt: string, reportSubmittedAt: string | null) =>
      event('VisitLogged', 1, {
        visitId,
        customerId,
        repId: ids.ann,
        jointManagerId: null,
        kind,
        visitedAt,
        expensesMinor: 0,
        assessmentTotal: null,
        reportDueAt: new Date(Date.parse(visitedAt) + 24 * 3_600_000).toISOString(),
        reportSubmittedAt,
      });
    const invoice = (invoiceId: string, amountMinor: number, dueDate: string) =>
      event('InvoiceIssued', 1, { invoiceId, orderId: 'o', customerId: 'c', repId: ids.ann, amountMinor, issuedAt: '2026-09-30T00:00:00Z', dueDate });
    const payment = (paymentId: string, invoiceId: string, amountMinor: number, receivedAt: string) =>
      event('PaymentApplied', 1, { paymentId, invoiceId, customerId: 'c', repId: ids.ann, amountMinor, receivedAt, dueDate: '', fullyPaid: false });
    sequence = 0;
    const feed = handFedConsumer(repPerformanceSubgraph, subgraph.dataSource, 'customer-relationship');
    await feed.apply([
      customer('c1', ids.ann, 'A', '2026-01-10T09:00:00Z'),
      customer('c2', ids.ann, 'B', '2026-03-01T09:00:00Z'),
      customer('c3', ids.ann, 'C', '2026-10-05T09:00:00Z'),
      customer('c4', ids.ann, 'C', '2026-02-01T09:00:00Z'),
      customer('c5', ids.bob, 'B', '2026-01-01T09:00:00Z'),
      // September: c1, c2 and c4 buy from Ann.
      order('o1', 'c1', ids.ann, '2026-09-10T10:00:00.000Z', 3_000_000),
      order('o2', 'c2', ids.ann, '2026-09-20T10:00:00.000Z', 1_000_000),
      order('o3', 'c4', ids.ann, '2026-09-25T10:00:00.000Z', 500_000),
      // October: 36,000.00 + 24,000.00 + 15,000.00 from Ann; 20,000.00 from Bob.
      order('o4', 'c1', ids.ann, '2026-10-08T10:00:00.000Z', 3_600_000),
      // c3's first order: 60-day terms, a discount beyond Ann's 10 % authority, entered two days late. Its lines:
      // 12 × 1,250.00 at 20 % = 12 × 1,000.00 = 12,000.00 and 12 × 1,000.00 undiscounted = 12,000.00:
      // list 27,000.00, charged 24,000.00, so 3,000.00 of discount in all, of which
      // 12 × 1,250.00 × (20 % − 10 %) = 1,500.00 beyond Ann's authority (the undiscounted line adds nothing).
      order('o5', 'c3', ids.ann, '2026-10-15T10:00:00.000Z', 2_400_000, {
        termsBeyondStandard: true,
        paymentTermsDays: 60,
        discountApprovedBy: 'mia',
        maxDiscountBp: 2000,
        listTotalMinor: 2_700_000,
        discountBeyondAuthorityMinor: 150_000,
        recordedAt: '2026-10-17T09:00:00.000Z',
      }),
      order('o6', 'c2', ids.ann, '2026-10-28T10:00:00.000Z', 1_500_000),
      order('o7', 'c5', ids.bob, '2026-10-12T10:00:00.000Z', 2_000_000),
      invoice('i1', 3_000_000, '2026-10-10'),
      invoice('i2', 1_000_000, '2026-10-20'),
      invoice('i3', 3_600_000, '2026-11-07'),
      invoice('i4', 500_000, '2026-10-25'),
      payment('p1', 'i1', 3_000_000, '2026-10-09T12:00:00Z'),
      payment('p2', 'i2', 400_000, '2026-10-25T12:00:00Z'),
      payment('p3', 'i4', 500_000, '2026-11-02T12:00:00Z'),
      // Ann keeps c1 and c2 (maintenance), develops c3 before its first order (new development), serves c1 once.
      visit('v1', 'c1', 'MAINTENANCE', '2026-10-06T10:00:00.000Z', '2026-10-06T15:00:00.000Z'),
      visit('v2', 'c2', 'MAINTENANCE', '2026-10-07T10:00:00.000Z', '2026-10-07T15:00:00.000Z'),
      visit('v3', 'c3', 'NEW_DEVELOPMENT', '2026-10-13T10:00:00.000Z', null),
      event('VisitReportSubmitted', 1, { visitId: 'v3', repId: ids.ann, dueAt: '2026-10-14T10:00:00.000Z', submittedAt: '2026-10-13T20:00:00.000Z' }),
      visit('v4', 'c1', 'SERVICE', '2026-10-20T10:00:00.000Z', null),
      event('VisitReportSubmitted', 1, { visitId: 'v4', repId: ids.ann, dueAt: '2026-10-21T10:00:00.000Z', submittedAt: '2026-10-23T09:00:00.000Z' }),
      visit('v5', 'c1', 'MAINTENANCE', '2026-10-27T10:00:00.000Z', '2026-10-27T18:00:00.000Z'),
      event('ComplaintResolved', 1, {
        complaintId: 'k1',
        customerId: 'c1',
        repId: ids.ann,
        openedAt: '2026-10-02T08:00:00Z',
        resolvedAt: '2026-10-02T14:00:00Z',
      }),
      event('ComplaintResolved', 1, {
        complaintId: 'k2',
        customerId: 'c2',
        repId: ids.ann,
        openedAt: '2026-10-10T09:00:00Z',
        resolvedAt: '2026-10-11T03:00:00Z',
      }),
      event('SatisfactionSurveyRecorded', 1, { surveyId: 's1', customerId: 'c1', repId: ids.ann, score: 4, surveyedAt: '2026-10-05T10:00:00Z' }),
      event('SatisfactionSurveyRecorded', 1, { surveyId: 's2', customerId: 'c2', repId: ids.ann, score: 5, surveyedAt: '2026-10-18T10:00:00Z' }),
      event('SatisfactionSurveyRecorded', 1, { surveyId: 's3', customerId: 'c3', repId: ids.ann, score: 3, surveyedAt: '2026-10-30T10:00:00Z' }),
    ]);

    // Targets: the company's October revenue of 100,000.00, handed down North → Alpha → Ann 60 % and Bob 40 %.
    const company = (
      await run<{ setTarget: { id: string; version: number } }>(
        `mutation { setTarget(input: { metric: REVENUE, period: "2026-10", ownerKind: COMPANY, value: 100000 }) { id version } }`,
      )
    ).setTarget;
    const split = async (targetId: string, version: number, parts: unknown[]) =>
      (
        await run<{ splitTarget: Array<{ id: string; version: number; ownerId: string }> }>(
          `mutation($i: SplitTargetInput!) { splitTarget(input: $i) { id version ownerId } }`,
          { i: { targetId, version, parts } },
        )
      ).splitTarget;
    const [branch] = await split(company.id, company.version, [{ ownerId: ids.north, sharePercent: 100 }]);
    const [team] = await split(branch.id, branch.version, [{ ownerId: ids.alpha, sharePercent: 100 }]);
    await split(team.id, team.version, [
      { ownerId: ids.ann, sharePercent: 60 },
      { ownerId: ids.bob, sharePercent: 40 },
    ]);
    await run(`mutation($o: ID) { setTarget(input: { metric: COLLECTION, period: "2026-10", ownerKind: REP, ownerId: $o, value: 40000 }) { id } }`, {
      o: ids.ann,
    });
    await run(`mutation($o: ID) { setTarget(input: { metric: VISITS, period: "2026-10", ownerKind: REP, ownerId: $o, value: 20 }) { id } }`, { o: ids.ann });
    await run(`mutation($o: ID) { setTarget(input: { metric: MARKET_SHARE, period: "2026-10", ownerKind: REP, ownerId: $o, value: 4 }) { id } }`, {
      o: ids.ann,
    });
    await run(`mutation { setMarketSize(input: { region: "North", period: "2026-10", amount: "1500000.00" }) { region } }`);

    // Expenses: budgets of 2,000.00 travel and 500.00 meals; four claims, one of September's claimed late, one rejected.
    await services.expense.setBudget(mia, { repId: ids.ann, category: 'TRAVEL', period: parsePeriod('2026-10'), amount: 200_000 });
    await services.expense.setBudget(mia, { repId: ids.ann, category: 'MEALS', period: parsePeriod('2026-10'), amount: 50_000 });
    const claim = async (category: 'TRAVEL' | 'MEALS' | 'ENTERTAINMENT', amount: number, incurredOn: string, submittedAt: string, approve: boolean) => {
      const submitted = await services.expense.submitClaim(
        ann,
        {
          category,
          amount,
          incurredOn,
          description: `${category} ${incurredOn}`,
          receipts: [{ number: `R-${incurredOn}`, issuer: 'Vendor', amount, issuedOn: incurredOn }],
        },
        new Date(submittedAt),
      );
      await services.expense.decide(
        mia,
        { claimId: submitted.id, version: 1, note: approve ? null : 'not a customer meeting' },
        approve,
        new Date(submittedAt),
      );
    };
    await claim('TRAVEL', 120_000, '2026-10-03', '2026-10-05T09:00:00Z', true);
    await claim('MEALS', 30_000, '2026-10-20', '2026-10-21T09:00:00Z', true);
    await claim('TRAVEL', 45_000, '2026-09-05', '2026-10-10T09:00:00Z', true);
    await claim('ENTERTAINMENT', 80_000, '2026-10-25', '2026-10-26T09:00:00Z', false);

    // Reports due in October: September's monthly (3 Oct) and market-information (5 Oct) reports and weeks 40–43 (Mondays 5, 12, 19, 26 Oct).
    const report = (kind: 'WEEKLY' | 'MONTHLY' | 'MARKET', period: string, at: string) =>
      services.salesReports.submit(ann, { kind, period: parsePeriod(period), summary: `report ${period}` }, new Date(at));
    await report('MONTHLY', '2026-09', '2026-10-02T17:00:00Z');
    await report('MARKET', '2026-09', '2026-10-05T16:00:00Z');
    await report('WEEKLY', '2026-W40', '2026-10-05T09:00:00Z');
    await report('WEEKLY', '2026-W41', '2026-10-12T18:00:00Z');
    await report('WEEKLY', '2026-W42', '2026-10-21T09:00:00Z');
    // week 43 never came in.
  });
  afterAll(() => subgraph?.stop());

  const KPIS = `query($r: ID!, $p: Period!) { salesRep(id: $r) { kpis(period: $p) { kpis { key value target attainment facts { name value } } } } }`;
  const kpisOf = async (viewer: Viewer, repId: string) => {
    const result = data<{
      salesRep: {
        kpis: {
          kpis: Array<{ key: string; value: number | null; target: number | null; attainment: number | null; facts: Array<{ name: string; value: number }> }>;
        } | null;
      };
    }>(await subgraph.execute(viewer, KPIS, { r: repId, p: '2026-10' }));
    return result.salesRep.kpis && Object.fromEntries(result.salesRep.kpis.kpis.map((kpi) => [kpi.key, kpi]));
  };

  it('says beside each attainment why it is what it is: measured, no target set, or a KPI that takes none', async () => {
    const answer = data<{ salesRep: { kpis: { kpis: Array<{ key: string; attainment: number | null; attainmentStatus: string }> } } }>(
      await subgraph.execute(ann, `query($r: ID!) { salesRep(id: $r) { kpis(period: "2026-10") { kpis { key attainment attainmentStatus } } } }`, {
        r: ids.ann,
      }),
    );
    const status = Object.fromEntries(answer.salesRep.kpis.kpis.map((kpi) => [kpi.key, [kpi.attainment, kpi.attainmentStatus]]));
    expect(status['REVENUE']).toEqual([1.25, 'MEASURED']);
    // UNITS takes a target (a target metric), Ann has none for October.
    expect(status['UNITS']).toEqual([null, 'NO_TARGET_SET']);
    expect(status['SATISFACTION']).toEqual([null, 'KPI_TAKES_NO_TARGET']);
    // Only a MEASURED attainment is a number.
    for (const [attainment, reason] of Object.values(status)) expect(attainment === null).toBe(reason !== 'MEASURED');
  });

  it('computes every KPI of docs/domain.md#kpis for Ann as worked out by hand', async () => {
    const kpi = await kpisOf(ann, ids.ann);
    if (!kpi) throw new Error('Ann may read her own KPIs');
    const values = Object.fromEntries(Object.entries(kpi).map(([key, value]) => [key, [value.value, value.target, value.attainment]]));
    expect(values).toEqual({
      // 36,000 + 24,000 + 15,000 = 75,000.00 against 60 % of 100,000.00: 125 %
      REVENUE: [75_000, 60_000, 1.25],
      // 36 + 24 + 15 units (one unit per 1,000.00 in this fixture)
      UNITS: [75, null, null],
      // 30 % of each order: 10,800 + 7,200 + 4,500
      GROSS_PROFIT: [22_500, null, null],
      // c3's first order is in October; c1 and c2 bought in September already
      NEW_CUSTOMERS: [1, null, null],
      // c3's 24,000.00 is from a new customer; c1's 36,000.00 and c2's 15,000.00 from existing ones: 24,000 + 51,000 = 75,000
      NEW_CUSTOMER_REVENUE: [24_000, null, null],
      EXISTING_CUSTOMER_REVENUE: [51_000, null, null],
      // received in October: 30,000.00 (9 Oct) + 4,000.00 (25 Oct) of a 40,000.00 target
      COLLECTED: [34_000, 40_000, 0.85],
      // due in October: i1 30,000 + i2 10,000 + i4 5,000 = 45,000; paid of them 30,000 + 4,000 + 5,000 (on 2 Nov) = 39,000 → 0.8667
      COLLECTION_RATE: [0.8667, null, null],
      // approved claims incurred in October: 1,200.00 + 300.00 = 1,500.00 ÷ 75,000.00
      SALES_EXPENSE_RATIO: [0.02, null, null],
      // 75,000.00 ÷ North's 1,500,000.00 market = 5 % against a 4 % target
      MARKET_SHARE: [0.05, 0.04, 1.25],
      // five visits of a target of 20
      VISITS: [5, 20, 0.25],
      // 5 ÷ 22 working days (31 days less 9 weekend days)
      VISITS_PER_WORKING_DAY: [0.2273, null, null],
      // on 31 October: c1 (A, 7 days) last seen 27 Oct, c3 (C, 30 days) 13 Oct are fine;
      // c2 (B, 14 days) last seen 7 Oct and c4 (C) never visited since February are overdue: 2 of 4
      VISIT_COVERAGE: [0.5, null, null],
      // v3 develops c3; v1, v2 and v5 maintain c1 and c2; v4 (service) is neither: 1 ÷ (1 + 3)
      NEW_DEVELOPMENT_VISITS: [1, null, null],
      MAINTENANCE_VISITS: [3, null, null],
      NEW_DEVELOPMENT_SHARE: [0.25, null, null],
      // September's buyers c1, c2, c4; c1 and c2 bought again: 2 of 3
      RETENTION_RATE: [0.6667, null, null],
      CHURN_RATE: [0.3333, null, null],
      // c1 + c2: 51,000.00 now against 40,000.00 in September → +27.5 %
      CUSTOMER_SALES_GROWTH: [0.275, null, null],
      // 6 h and 18 h → 12 h
      COMPLAINT_HANDLING_HOURS: [12, null, null],
      // (4 + 5 + 3) ÷ 3
      SATISFACTION: [4, null, null],
      // due: 5 visit reports (v4 late), 3 order entries (o5 late), 6 sales reports (September's monthly and market-information, W40–W43: W42 late, W43 missing),
      // 1 claim (September's, claimed on 10 Oct, 5 days late) = 15; on time 4 + 2 + 4 + 0 = 10 → 0.6667
      REPORT_TIMELINESS: [0.6667, null, null],
      // 1,500.00 of 2,500.00 budgeted
      BUDGET_USAGE: [0.6, null, null],
      BUDGET_REDUCTION: [0.4, null, null],
      // o5 needed Mia's approval
      DISCOUNTS_BEYOND_AUTHORITY: [1, null, null],
      // o4 and o6 on standard terms, o5 on 60 days: 2 of 3
      FAVOURABLE_TERMS_SHARE: [0.6667, null, null],
    });
    // Each number traces to its facts.
    expect(kpi['COLLECTION_RATE'].facts).toEqual([
      { name: 'collected of what fell due', value: 39_000 },
      { name: 'due in period', value: 45_000 },
    ]);
    expect(kpi['REPORT_TIMELINESS'].facts.map((fact) => fact.value)).toEqual([8, 6, 6, 4, 1, 0]);
    // o5: the whole discount of 3,000.00, and the 1,500.00 of it beyond Ann's authority that expense control counts.
    expect(kpi['DISCOUNTS_BEYOND_AUTHORITY'].facts).toEqual([
      { name: 'whole discount given on them (list − charged)', value: 3_000 },
      { name: 'discount beyond authority (units × list price × (discount − authority), per line)', value: 1_500 },
    ]);
    expect(kpi['VISIT_COVERAGE'].facts).toEqual([
      { name: 'customers', value: 4 },
      { name: 'overdue for a visit', value: 2 },
    ]);
    expect(kpi['NEW_CUSTOMER_REVENUE'].facts).toEqual([
      { name: 'new customers', value: 1 },
      { name: 'revenue in period', value: 75_000 },
    ]);
    expect(kpi['EXISTING_CUSTOMER_REVENUE'].facts).toEqual([
      { name: 'revenue in period', value: 75_000 },
      { name: 'revenue from new customers', value: 24_000 },
    ]);
    expect(kpi['NEW_DEVELOPMENT_SHARE'].facts).toEqual([
      { name: 'new-development visits', value: 1 },
      { name: 'maintenance visits', value: 3 },
    ]);
  });

  it('adds the team up from its reps, and keeps each rep’s figures from other reps', async () => {
    const team = data<{ teams: Array<{ kpis: { kpis: Array<{ key: string; value: number; target: number; attainment: number }> } }> }>(
      await subgraph.execute(mia, `{ teams { kpis(period: "2026-10") { kpis { key value target attainment } } } }`),
    ).teams[0].kpis.kpis.find((kpi) => kpi.key === 'REVENUE');
    // Ann 75,000.00 + Bob 20,000.00 = 95,000.00 of the team's 100,000.00
    expect(team).toEqual({ key: 'REVENUE', value: 95_000, target: 100_000, attainment: 0.95 });
    // Bob's o7 is c5's first order: new customers' revenue 24,000 (c3) + 20,000 (c5), existing 51,000; 44,000 + 51,000 = 95,000
    const split = data<{ teams: Array<{ kpis: { kpis: Array<{ key: string; value: number }> } }> }>(
      await subgraph.execute(mia, `{ teams { kpis(period: "2026-10") { kpis { key value } } } }`),
    ).teams[0].kpis.kpis.filter((kpi) => ['NEW_CUSTOMERS', 'NEW_CUSTOMER_REVENUE', 'EXISTING_CUSTOMER_REVENUE'].includes(kpi.key));
    expect(split).toEqual([
      { key: 'NEW_CUSTOMERS', value: 2 },
      { key: 'NEW_CUSTOMER_REVENUE', value: 44_000 },
      { key: 'EXISTING_CUSTOMER_REVENUE', value: 51_000 },
    ]);
    // Bob asking for Ann's: null, refused at its path, the rest of Ann answered.
    const refused = await subgraph.execute(bob, `query($r: ID!) { salesRep(id: $r) { name kpis(period: "2026-10") { period } } }`, { r: ids.ann });
    expect(refused.data).toEqual({ salesRep: { name: 'Ann', kpis: null } });
    expect(refused.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['salesRep', 'kpis'], 'FORBIDDEN']]);
    expect((await kpisOf(mia, ids.bob))?.['REVENUE']).toMatchObject({ value: 20_000, target: 40_000, attainment: 0.5 });
  });

  it('scores Ann’s scorecard line by line, the total being the sum of the contributions, and freezes it on close', async () => {
    const template = data<{ createEvaluationTemplate: { id: string } }>(
      await subgraph.execute(
        director,
        `mutation($c: [EvaluationCriterionInput!]!) { createEvaluationTemplate(input: { name: "Monthly rep review", criteria: $c }) { id } }`,
        {
          c: [
            {
              key: 'revenue',
              name: 'Revenue attainment',
              group: 'OUTPUT',
              source: 'ATTAINMENT',
              kpi: 'REVENUE',
              weightPercent: 40,
              normalisation: 'ATTAINMENT',
              capPercent: 120,
            },
            {
              key: 'collection',
              name: 'Collection rate',
              group: 'OUTPUT',
              source: 'KPI',
              kpi: 'COLLECTION_RATE',
              weightPercent: 15,
              normalisation: 'RANGE',
              worst: 0.5,
              best: 1,
            },
            {
              key: 'visits',
              name: 'Visits per day',
              group: 'INPUT',
              source: 'KPI',
              kpi: 'VISITS_PER_WORKING_DAY',
              weightPercent: 10,
              normalisation: 'RANGE',
              worst: 0,
              best: 1,
            },
            {
              key: 'timeliness',
              name: 'Report timeliness',
              group: 'SELF_MANAGEMENT',
              source: 'KPI',
              kpi: 'REPORT_TIMELINESS',
              weightPercent: 10,
              normalisation: 'RANGE',
              worst: 0.5,
              best: 1,
            },
            {
              key: 'satisfaction',
              name: 'Satisfaction',
              group: 'SERVICE',
              source: 'KPI',
              kpi: 'SATISFACTION',
              weightPercent: 5,
              normalisation: 'RANGE',
              worst: 1,
              best: 5,
            },
            { key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 10, normalisation: 'RATING' },
            {
              key: 'habits',
              name: 'Bad habits',
              group: 'PERSONAL_QUALITIES',
              source: 'BAD_HABITS',
              weightPercent: 5,
              normalisation: 'BAD_HABITS',
              pointsPerHabit: 25,
            },
            {
              key: 'share',
              name: 'Market share attainment',
              group: 'OUTPUT',
              source: 'ATTAINMENT',
              kpi: 'MARKET_SHARE',
              weightPercent: 5,
              normalisation: 'ATTAINMENT',
              capPercent: 120,
            },
          ],
        },
      ),
    ).createEvaluationTemplate;
    const cycle = data<{ openEvaluationCycle: { id: string; version: number } }>(
      await subgraph.execute(
        director,
        `mutation($t: ID!) { openEvaluationCycle(input: { templateId: $t, name: "October 2026", period: "2026-10" }) { id version } }`,
        { t: template.id },
      ),
    ).openEvaluationCycle;
    ids.cycle = cycle.id;
    const rate = (score: number, source: string, comment: string) =>
      subgraph.execute(mia, `mutation($i: RateSalesRepInput!) { rateSalesRep(input: $i) { score } }`, {
        i: { cycleId: cycle.id, repId: ids.ann, criterionKey: 'skills', score, source, comment },
      });
    expect((await rate(4, 'JOINT_VISIT', 'handled the price objection at c1 well')).errors).toBeUndefined();
    expect((await rate(5, 'CUSTOMER_FEEDBACK', 'c2 praised her follow-up')).errors).toBeUndefined();
    const habits = await subgraph.execute(mia, `mutation($i: CheckBadHabitsInput!) { checkBadHabits(input: $i) { habits } }`, {
      i: { cycleId: cycle.id, repId: ids.ann, habits: ['RAMBLING'], comment: 'long answers at c3' },
    });
    expect(habits.errors).toBeUndefined();

    const SCORECARD = `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total complete unassessed maxTotal frozen badHabits lines { key raw target score weightPercent effectiveWeightPercent contribution evidence } } }`;
    const card = async (viewer: Viewer) =>
      data<{ scorecard: { total: number | null; frozen: boolean; badHabits: string[]; lines: Array<Record<string, unknown>> } | null }>(
        await subgraph.execute(viewer, SCORECARD, { c: cycle.id, r: ids.ann }),
      ).scorecard;
    const live = await card(ann);
    expect(live?.lines.map((line) => [line.key, line.raw, line.score, line.weightPercent, line.contribution])).toEqual([
      // attainment 125 % capped at 120 → 120 × 40 % = 48
      ['revenue', 1.25, 120, 40, 48],
      // (0.8667 − 0.5) ÷ 0.5 = 73.34 × 15 % = 11.00
      ['collection', 0.8667, 73.34, 15, 11],
      // 0.2273 → 22.73 × 10 % = 2.27
      ['visits', 0.2273, 22.73, 10, 2.27],
      // (0.6667 − 0.5) ÷ 0.5 = 33.34 × 10 % = 3.33
      ['timeliness', 0.6667, 33.34, 10, 3.33],
      // (4 − 1) ÷ 4 = 75 × 5 % = 3.75
      ['satisfaction', 4, 75, 5, 3.75],
      // mean of 4 and 5 = 4.5 → 90 × 10 % = 9
      ['skills', 4.5, 90, 10, 9],
      // one habit at 25 points → 75 × 5 % = 3.75
      ['habits', 1, 75, 5, 3.75],
      // 5 % ÷ 4 % = 125 % capped → 120 × 5 % = 6
      ['share', 1.25, 120, 5, 6],
    ]);
    // 48 + 11 + 2.27 + 3.33 + 3.75 + 9 + 3.75 + 6 = 87.10
    expect(live?.total).toBe(87.1);
    // Rated and checked: complete. Revenue and share may reach their 120 cap: 120 × 40 % + 120 × 5 % + 100 × 55 % = 109.
    expect(live).toMatchObject({ complete: true, unassessed: [], maxTotal: 109 });
    expect(live?.frozen).toBe(false);
    expect(live?.badHabits).toEqual(['RAMBLING']);
    // Both ratings fall in one second, which is all MySQL's datetime keeps: compare them unordered.
    expect([...((live?.lines[5].evidence as string[]) ?? [])].sort()).toEqual([
      expect.stringMatching(/^4\/5 from joint visit by mia on .*: handled the price objection at c1 well$/),
      expect.stringMatching(/^5\/5 from customer feedback by mia on .*: c2 praised her follow-up$/),
    ]);
    expect(live?.lines[0].evidence).toContain('target: 60000');
    const bobAsks = await subgraph.execute(bob, SCORECARD, { c: cycle.id, r: ids.ann });
    expect(bobAsks.data).toEqual({ scorecard: null });
    expect(bobAsks.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['scorecard'], 'FORBIDDEN']]);

    // Bob: nobody rated him and his bad-habits checklist was never filled. Before unassessed criteria were pending (docs/domain.md#scorecards) the checklist counted as
    // "none observed" (100) and the rating's weight went to the others: 50 × 61.54 % + 100 × 7.69 % = 38.46, a total
    // for a rep nobody assessed. Now both are pending: they keep their weight, score nothing, and there is no total.
    const bobCard = data<{
      scorecard: { total: number | null; complete: boolean; unassessed: string[]; maxTotal: number; lines: Array<Record<string, unknown>> };
    }>(
      await subgraph.execute(
        mia,
        `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total complete unassessed maxTotal lines { key raw score effectiveWeightPercent contribution pending } } }`,
        { c: cycle.id, r: ids.bob },
      ),
    ).scorecard;
    expect(bobCard.lines.map((line) => [line.key, line.raw, line.score, line.effectiveWeightPercent, line.contribution, line.pending])).toEqual([
      // Unmeasurable for Bob: collection (no invoices), satisfaction (no surveys), share (no market-share target): their
      // 25 % goes to the other 75 % in proportion, the pending skills and habits included: × 100/75, shared out in
      // hundredths of a percent to add up to 100 (libs/domain apportion): 6.67 for habits' larger remainder, then the
      // tied 53.33…, 13.33…, 13.33…, 13.33… give their odd hundredth to the earliest, revenue.
      // 20,000.00 of a 40,000.00 target: 50 × 53.34 % = 26.67
      ['revenue', 0.5, 50, 53.34, 26.67, false],
      ['collection', null, null, 0, 0, false],
      // no visits: 0 a day → 0
      ['visits', 0, 0, 13.33, 0, false],
      // due: o7's entry (on time) and 6 sales reports (September's monthly and market-information, weeks 40–43: none came in): 1 ÷ 7 → below 0.5 → 0
      ['timeliness', 0.1429, 0, 13.33, 0, false],
      ['satisfaction', null, null, 0, 0, false],
      // not rated, not ticked: pending, 10 % × 100/75 = 13.33 % and 5 % × 100/75 = 6.67 % kept for them
      ['skills', null, null, 13.33, 0, true],
      ['habits', null, null, 6.67, 0, true],
      ['share', null, null, 0, 0, false],
    ]);
    // No total until Mia rates him; the most he could reach: 120 × 53.34 % + 100 × (13.33 + 13.33 + 13.33 + 6.67) % = 64.01 + 46.66
    expect(bobCard).toMatchObject({ total: null, complete: false, unassessed: ['skills', 'habits'], maxTotal: 110.67 });

    const closed = await subgraph.execute(director, `mutation($c: ID!, $v: Int!) { closeEvaluationCycle(input: { cycleId: $c, version: $v }) { status } }`, {
      c: cycle.id,
      v: cycle.version,
    });
    expect(closed.data).toEqual({ closeEvaluationCycle: { status: 'CLOSED' } });
    // A late rating and a new fact change nothing once frozen.
    expect((await rate(1, 'TRAINING', 'too late')).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.cycleId' });
    const feed = handFedConsumer(repPerformanceSubgraph, subgraph.dataSource, 'customer-relationship');
    await feed.apply([
      event('SatisfactionSurveyRecorded', 1, { surveyId: 's4', customerId: 'c1', repId: ids.ann, score: 1, surveyedAt: '2026-10-31T10:00:00Z' }),
    ]);
    const frozen = await card(ann);
    expect(frozen).toMatchObject({ total: 87.1, frozen: true });
    expect(frozen?.lines).toEqual(live?.lines);
    // Bob's card is frozen as it was: incomplete, without a total, and announced without one.
    expect(
      data<{ scorecard: unknown }>(
        await subgraph.execute(mia, `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total complete unassessed maxTotal frozen } }`, {
          c: cycle.id,
          r: ids.bob,
        }),
      ).scorecard,
    ).toEqual({ total: null, complete: false, unassessed: ['skills', 'habits'], maxTotal: 110.67, frozen: true });
    const events = await readFeed(subgraph.dataSource, 0, 1000);
    expect(events.find((candidate) => candidate.type === 'EvaluationCycleClosed')?.payload).toEqual({
      cycleId: cycle.id,
      period: '2026-10',
      totals: [{ repId: ids.ann, totalHundredths: 8710 }],
    });
  });

  it('writes Ann’s commission statement line by line, and a plan revision leaves the closed period alone', async () => {
    const plan = data<{ createIncentivePlan: { id: string; version: number } }>(
      await subgraph.execute(director, `mutation($i: CreateIncentivePlanInput!) { createIncentivePlan(input: $i) { id version } }`, {
        i: {
          name: 'Field sales 2026',
          effectiveFrom: '2026-01',
          terms: {
            basis: 'REVENUE',
            tiers: [{ upTo: '50000.00', ratePercent: 2 }, { upTo: '100000.00', ratePercent: 3 }, { ratePercent: 4 }],
            acceleratorRatePercent: 1,
            bonuses: [{ name: 'Target reached', minAttainmentPercent: 100, amount: '500.00' }],
            overdueReceivablePenaltyPercent: 1,
            lateReportPenalty: '20.00',
          },
        },
      }),
    ).createIncentivePlan;
    const STATEMENT = `query($r: ID!) { salesRep(id: $r) { incentiveStatement(period: "2026-10") { total closed planVersion { number } facts { basis target overdueReceivables lateReports } lines { kind base ratePercent amount } } } }`;
    const statement = async (viewer: Viewer) =>
      data<{ salesRep: { incentiveStatement: { total: string; closed: boolean; planVersion: { number: number }; facts: unknown; lines: unknown[] } | null } }>(
        await subgraph.execute(viewer, STATEMENT, { r: ids.ann }),
      ).salesRep.incentiveStatement;
    const open = await statement(ann);
    // overdue on 31 Oct: i2 10,000 − 4,000 paid = 6,000, i4 5,000 (paid 2 Nov) = 11,000.00; 14 − 9 = 5 reports late or missing
    expect(open?.facts).toEqual({ basis: '75000.00', target: '60000.00', overdueReceivables: '11000.00', lateReports: 5 });
    expect(open?.lines).toEqual([
      { kind: 'COMMISSION', base: 50_000, ratePercent: 2, amount: '1000.00' }, // 2 % of the first 50,000.00
      { kind: 'COMMISSION', base: 25_000, ratePercent: 3, amount: '750.00' }, // 3 % of the next 25,000.00
      { kind: 'COMMISSION', base: 0, ratePercent: 4, amount: '0.00' }, // nothing above 100,000.00
      { kind: 'ACCELERATOR', base: 15_000, ratePercent: 1, amount: '150.00' }, // 1 % on the 15,000.00 above target
      { kind: 'BONUS', base: 12_500, ratePercent: null, amount: '500.00' }, // 125 % ≥ 100 %
      { kind: 'PENALTY', base: 11_000, ratePercent: 1, amount: '-110.00' }, // 1 % of 11,000.00 overdue
      { kind: 'PENALTY', base: 5, ratePercent: null, amount: '-100.00' }, // 5 × 20.00
    ]);
    // 1,000 + 750 + 150 + 500 − 110 − 100 = 2,190.00
    expect(open).toMatchObject({ total: '2190.00', closed: false, planVersion: { number: 1 } });
    const bobAsks = await subgraph.execute(bob, STATEMENT, { r: ids.ann });
    expect(bobAsks.data).toEqual({ salesRep: { incentiveStatement: null } });
    expect(bobAsks.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['salesRep', 'incentiveStatement'], 'FORBIDDEN']]);

    const closing = await subgraph.execute(director, `mutation { closeIncentivePeriod(input: { period: "2026-10" }) { rep { name } total closed } }`);
    expect(closing.errors).toBeUndefined();
    expect(closing.data).toEqual({ closeIncentivePeriod: expect.arrayContaining([{ rep: { name: 'Ann' }, total: '2190.00', closed: true }]) });

    // New terms from October on would pay Ann 5 % flat: 3,750.00 less penalties. The closed statement keeps version 1.
    const revised = await subgraph.execute(
      director,
      `mutation($i: ReviseIncentivePlanInput!) { reviseIncentivePlan(input: $i) { versions { number effectiveFrom } } }`,
      {
        i: { planId: plan.id, version: plan.version, effectiveFrom: '2026-10', terms: { basis: 'REVENUE', tiers: [{ ratePercent: 5 }] } },
      },
    );
    expect(revised.data).toEqual({
      reviseIncentivePlan: {
        versions: [
          { number: 1, effectiveFrom: '2026-01' },
          { number: 2, effectiveFrom: '2026-10' },
        ],
      },
    });
    expect(await statement(ann)).toEqual({ ...open, closed: true });
    const november = data<{ salesRep: { incentiveStatement: { planVersion: { number: number } } } }>(
      await subgraph.execute(ann, `query($r: ID!) { salesRep(id: $r) { incentiveStatement(period: "2026-11") { planVersion { number } } } }`, { r: ids.ann }),
    );
    expect(november.salesRep.incentiveStatement.planVersion.number).toBe(2);
  });
});
