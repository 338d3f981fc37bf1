/**
 * Hunter vs farmer (docs/domain.md#new-development-vs-maintenance): revenue from new customers and from existing ones, adding up to revenue
 * for every owner and period, and visits to develop new customers against visits to keep existing ones.
 *
 * The organisation of test-organisation.ts: branch North, team Alpha (Ann, Bob, Mia), team Beta (Cy, Max).
 * Bob moves from Alpha to Beta on 15 April. Every figure is worked out by hand beside its assertion.
 */
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { orderRecordedV4 } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { data, director, withTestOrganisation } from '../test-organisation';

interface KpiRead {
  key: string;
  value: number | null;
  target: number | null;
  facts: Array<{ name: string; value: number }>;
}
type Figures = Record<string, KpiRead>;

const SPLIT_KEYS = [
  'REVENUE',
  'NEW_CUSTOMERS',
  'NEW_CUSTOMER_REVENUE',
  'EXISTING_CUSTOMER_REVENUE',
  'VISITS',
  'NEW_DEVELOPMENT_VISITS',
  'MAINTENANCE_VISITS',
  'NEW_DEVELOPMENT_SHARE',
];

describeOnEachDatabase('KPIs: new development vs maintenance', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (type: 'OrderRecorded' | 'OrderCancelled' | 'CreditNoteIssued' | 'VisitLogged', version: number, payload: unknown) =>
    ({ id: `e${++sequence}`, sequence, type, version, occurredAt: '2026-03-01T00:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;
  const order = (orderId: string, customerId: string, repId: string, day: string, totalMinor: number): EventPayload<'OrderRecorded', 4> => ({
    ...orderRecordedV4(orderId, repId, totalMinor),
    customerId,
    orderedAt: `${day}T10:00:00.000Z`,
    recordedAt: `${day}T10:00:00.000Z`,
  });
  const cancellation = (placed: EventPayload<'OrderRecorded', 4>, day: string): EventPayload<'OrderCancelled', 1> => ({
    orderId: placed.orderId,
    customerId: placed.customerId,
    repId: placed.repId,
    orderedAt: placed.orderedAt,
    cancelledAt: `${day}T08:00:00.000Z`,
    cancelledBy: 'mia',
    reason: 'Customer withdrew',
    fromStatus: 'CONFIRMED',
    counted: {
      totalMinor: placed.totalMinor,
      grossProfitMinor: null,
      units: 1,
      listTotalMinor: placed.totalMinor,
      termsBeyondStandard: false,
      discountBeyond: false,
      discountBeyondAuthorityMinor: 0,
    },
  });
  const creditNote = (placed: EventPayload<'OrderRecorded', 4>, day: string, amountMinor: number): EventPayload<'CreditNoteIssued', 1> => ({
    creditNoteId: `cn-${placed.orderId}`,
    invoiceId: `i-${placed.orderId}`,
    orderId: placed.orderId,
    customerId: placed.customerId,
    repId: placed.repId,
    amountMinor,
    reason: 'Damaged on delivery',
    issuedBy: 'mia',
    issuedAt: `${day}T09:00:00.000Z`,
    grossProfitKnown: false,
    invoiceAmountMinor: placed.totalMinor - amountMinor,
    settled: false,
  });
  let visitCount = 0;
  const visit = (repId: string, customerId: string, visitKind: string, day: string): EventPayload<'VisitLogged', 1> => ({
    visitId: `v${++visitCount}`,
    customerId,
    repId,
    jointManagerId: null,
    kind: visitKind,
    visitedAt: `${day}T10:00:00.000Z`,
    expensesMinor: 0,
    assessmentTotal: null,
    reportDueAt: `${day}T23:00:00.000Z`,
    reportSubmittedAt: `${day}T12:00:00.000Z`,
  });

  const KPIS = `kpis(period: $p) { kpis { key value target facts { name value } } }`;
  /** Every owner's figures for a period, as a director reads them: reps, teams, the branch and the company. */
  const figures = async (period: string): Promise<Record<string, Figures>> => {
    const result = data<{
      salesReps: { edges: Array<{ node: { name: string; kpis: { kpis: KpiRead[] } } }> };
      teams: Array<{ name: string; kpis: { kpis: KpiRead[] } }>;
      branches: Array<{ name: string; kpis: { kpis: KpiRead[] } }>;
      companyKpis: { kpis: KpiRead[] };
    }>(
      await t.subgraph.execute(
        director,
        `query($p: Period!) { salesReps(first: 10) { edges { node { name ${KPIS} } } } teams { name ${KPIS} } branches { name ${KPIS} } companyKpis(period: $p) { kpis { key value target facts { name value } } } }`,
        { p: period },
      ),
    );
    const byKey = (kpis: KpiRead[]) => Object.fromEntries(kpis.map((kpi) => [kpi.key, kpi]));
    return Object.fromEntries([
      ...result.salesReps.edges.map(({ node }) => [node.name, byKey(node.kpis.kpis)]),
      ...result.teams.map((team) => [team.name, byKey(team.kpis.kpis)]),
      ...result.branches.map((branch) => [branch.name, byKey(branch.kpis.kpis)]),
      ['company', byKey(result.companyKpis.kpis)],
    ]);
  };
  /** The split KPIs' values of each owner, in SPLIT_KEYS order. */
  const splits = (all: Record<string, Figures>) =>
    Object.fromEntries(Object.entries(all).map(([owner, kpis]) => [owner, SPLIT_KEYS.map((key) => kpis[key].value)]));
  /** New + existing customers' revenue is revenue, for every owner. */
  const expectSplitAddsUp = (all: Record<string, Figures>) => {
    for (const [owner, kpis] of Object.entries(all)) {
      expect({ owner, sum: (kpis['NEW_CUSTOMER_REVENUE'].value ?? NaN) + (kpis['EXISTING_CUSTOMER_REVENUE'].value ?? NaN) }).toEqual({
        owner,
        sum: kpis['REVENUE'].value,
      });
    }
  };

  beforeAll(async () => {
    const { ann, bob } = t.org.reps;
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const oldMarch = order('o1', 'c-old', ann.id, '2026-03-05', 1_000_000);
    const marMarch = order('o2', 'c-mar', ann.id, '2026-03-20', 400_000);
    const oldApril = order('o3', 'c-old', ann.id, '2026-04-03', 500_000);
    const newApril = order('o4', 'c-new', ann.id, '2026-04-08', 800_000);
    const march = [
      envelope('OrderRecorded', 4, oldMarch),
      envelope('OrderRecorded', 4, marMarch),
      envelope('VisitLogged', 1, visit(ann.id, 'c-old', 'NEW_DEVELOPMENT', '2026-03-02')),
    ];
    const april = [
      // c-mar's first order (March) cancelled in April; c-old's April order cancelled in April.
      envelope('OrderCancelled', 1, cancellation(marMarch, '2026-04-02')),
      envelope('OrderRecorded', 4, oldApril),
      envelope('OrderRecorded', 4, newApril),
      envelope('OrderRecorded', 4, order('o5', 'c-new', bob.id, '2026-04-09', 200_000)),
      envelope('OrderRecorded', 4, order('o6', 'c-new', bob.id, '2026-04-20', 300_000)),
      envelope('OrderCancelled', 1, cancellation(oldApril, '2026-04-25')),
      envelope('CreditNoteIssued', 1, creditNote(newApril, '2026-04-28', 100_000)),
      // Ann: every kind, two new development and three maintenance among them.
      envelope('VisitLogged', 1, visit(ann.id, 'c-new', 'NEW_DEVELOPMENT', '2026-04-01')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-new', 'NEW_DEVELOPMENT', '2026-04-06')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-old', 'MAINTENANCE', '2026-04-02')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-mar', 'MAINTENANCE', '2026-04-03')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-old', 'MAINTENANCE', '2026-04-10')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-old', 'COLLECTION', '2026-04-13')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-old', 'SERVICE', '2026-04-14')),
      envelope('VisitLogged', 1, visit(ann.id, 'c-mar', 'COMPLAINT', '2026-04-15')),
      // Bob: one new development in Alpha, one maintenance and one new development in Beta.
      envelope('VisitLogged', 1, visit(bob.id, 'c-new', 'NEW_DEVELOPMENT', '2026-04-08')),
      envelope('VisitLogged', 1, visit(bob.id, 'c-new', 'MAINTENANCE', '2026-04-16')),
      envelope('VisitLogged', 1, visit(bob.id, 'c-other', 'NEW_DEVELOPMENT', '2026-04-17')),
    ];
    expect(await consumer.apply([...march, ...april])).toBe(march.length + april.length);
    data(
      await t.subgraph.execute(director, `mutation($i: MoveSalesRepInput!) { moveSalesRep(input: $i) { version } }`, {
        i: { repId: bob.id, version: bob.version, teamId: t.org.beta.id, fromDay: '2026-04-15', reason: 'Beta needs a hunter' },
      }),
    );
  });

  it('splits revenue into new and existing customers’ for reps, teams, the branch and the company, adding up to revenue', async () => {
    const april = await figures('2026-04');
    // [REVENUE, NEW_CUSTOMERS, NEW_CUSTOMER_REVENUE, EXISTING_CUSTOMER_REVENUE, VISITS, NEW_DEVELOPMENT_VISITS, MAINTENANCE_VISITS, NEW_DEVELOPMENT_SHARE]
    expect(splits(april)).toEqual({
      // Revenue: o3 5,000 + o4 8,000 − c-mar's cancelled 4,000 − o3 cancelled 5,000 − credit note 1,000 = 3,000.
      // New (c-new, first order 8 April): 8,000 − 1,000 = 7,000. Existing (c-old, c-mar bought in March): 5,000 − 4,000 − 5,000 = −4,000.
      // Visits: 8 of every kind; 2 new development, 3 maintenance → 2 ÷ 5.
      Ann: [3_000, 1, 7_000, -4_000, 8, 2, 3, 0.4],
      // o5 2,000 (in Alpha) + o6 3,000 (in Beta), both to c-new: all new. 2 new development, 1 maintenance → 2 ÷ 3.
      Bob: [5_000, 1, 5_000, 0, 3, 2, 1, 0.6667],
      // Nothing at all: no hunting or farming to divide.
      Mia: [0, 0, 0, 0, 0, 0, 0, null],
      Cy: [0, 0, 0, 0, 0, 0, 0, null],
      Max: [0, 0, 0, 0, 0, 0, 0, null],
      // Alpha: Ann and Bob's days before 15 April. Revenue 3,000 + 2,000; new 7,000 + 2,000; existing −4,000; c-new once.
      // Visits: Ann's 8 and Bob's 8 April visit; new development 2 + 1, maintenance 3 → 3 ÷ 6.
      Alpha: [5_000, 1, 9_000, -4_000, 9, 3, 3, 0.5],
      // Beta: Bob's days from 15 April. o6 3,000, new; his 16 and 17 April visits: 1 ÷ 2.
      Beta: [3_000, 1, 3_000, 0, 2, 1, 1, 0.5],
      // North and the company: 8,000 = new 12,000 + existing −4,000; c-new once; 11 visits, 4 ÷ (4 + 4).
      North: [8_000, 1, 12_000, -4_000, 11, 4, 4, 0.5],
      company: [8_000, 1, 12_000, -4_000, 11, 4, 4, 0.5],
    });
    expectSplitAddsUp(april);
    expect(april['Ann']['NEW_CUSTOMER_REVENUE']).toMatchObject({
      target: null,
      facts: [
        { name: 'new customers', value: 1 },
        { name: 'revenue in period', value: 3_000 },
      ],
    });
    expect(april['Ann']['EXISTING_CUSTOMER_REVENUE']).toMatchObject({
      target: null,
      facts: [
        { name: 'revenue in period', value: 3_000 },
        { name: 'revenue from new customers', value: 7_000 },
      ],
    });
    expect(april['Ann']['NEW_DEVELOPMENT_SHARE'].facts).toEqual([
      { name: 'new-development visits', value: 2 },
      { name: 'maintenance visits', value: 3 },
    ]);
    expect(april['Ann']['MAINTENANCE_VISITS'].facts).toEqual([{ name: 'visits', value: 8 }]);
  });

  it('keeps the period of a first order as it was when the order is cancelled later, and nets it out over the year', async () => {
    const march = await figures('2026-03');
    // c-old (10,000) and c-mar (4,000) first bought in March: all of March's revenue is new. One new-development visit.
    expect(splits(march)['Ann']).toEqual([14_000, 2, 14_000, 0, 1, 1, 0, 1]);
    expectSplitAddsUp(march);
    const year = await figures('2026');
    // Every customer's first order falls in 2026: 14,000 + 3,000 (Ann) and 5,000 (Bob) all new; c-mar's cancellation nets out.
    expect(splits(year)['Ann']).toEqual([17_000, 3, 17_000, 0, 9, 3, 3, 0.5]);
    expect(splits(year)['company']).toEqual([22_000, 3, 22_000, 0, 12, 5, 4, 0.5556]);
    expectSplitAddsUp(year);
  });

  it('shows no visit split for a period holding visits folded before kinds were counted, rather than one too low', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    expect(
      await consumer.apply([
        envelope('VisitLogged', 1, visit(t.org.reps.max.id, 'c-x', 'MAINTENANCE', '2026-02-10')),
        envelope('VisitLogged', 1, visit(t.org.reps.max.id, 'c-x', 'NEW_DEVELOPMENT', '2026-02-11')),
      ]),
    ).toBe(2);
    // What migration NewVsMaintenance1765843200000 does to a day folded before it: its visits are of unknown kind.
    await t.subgraph.dataSource.query(
      `UPDATE rep_daily_fact SET visits_of_unknown_kind = visits, new_development_visits = 0, maintenance_visits = 0 WHERE rep_id = ? AND day = ?`,
      [t.org.reps.max.id, '2026-02-10'],
    );
    const unknown = { name: 'visits of unknown kind (logged before visit kinds were counted)', value: 1 };
    const february = (await figures('2026-02'))['Max'];
    expect(february['VISITS'].value).toBe(2);
    expect(february['NEW_DEVELOPMENT_VISITS']).toMatchObject({ value: null, facts: [{ name: 'visits', value: 2 }, unknown] });
    expect(february['MAINTENANCE_VISITS']).toMatchObject({ value: null, facts: [{ name: 'visits', value: 2 }, unknown] });
    expect(february['NEW_DEVELOPMENT_SHARE']).toMatchObject({
      value: null,
      facts: [{ name: 'new-development visits', value: 1 }, { name: 'maintenance visits', value: 0 }, unknown],
    });
    // A day after the migration alone is measured.
    expect(splits(await figures('2026-02-11'))['Max'].slice(4)).toEqual([1, 1, 0, 1]);
  });

  it('lets a template measure the split, and refuses attainment of a KPI without a target metric', async () => {
    const create = (name: string, criteria: unknown[]) =>
      t.subgraph.execute(
        director,
        `mutation($n: String!, $c: [EvaluationCriterionInput!]!) { createEvaluationTemplate(input: { name: $n, criteria: $c }) { criteria { key kpi } } }`,
        { n: name, c: criteria },
      );
    const revenue = {
      key: 'revenue',
      name: 'Revenue attainment',
      group: 'OUTPUT',
      source: 'ATTAINMENT',
      kpi: 'REVENUE',
      weightPercent: 50,
      normalisation: 'ATTAINMENT',
    };
    const created = await create('Hunter review', [
      revenue,
      {
        key: 'hunting',
        name: 'New-development share',
        group: 'INPUT',
        source: 'KPI',
        kpi: 'NEW_DEVELOPMENT_SHARE',
        weightPercent: 30,
        normalisation: 'RANGE',
        worst: 0,
        best: 0.5,
      },
      {
        key: 'new_revenue',
        name: 'Revenue from new customers',
        group: 'OUTPUT',
        source: 'KPI',
        kpi: 'NEW_CUSTOMER_REVENUE',
        weightPercent: 20,
        normalisation: 'RANGE',
        worst: 0,
        best: 10_000,
      },
    ]);
    expect(
      data<{ createEvaluationTemplate: { criteria: Array<{ key: string; kpi: string }> } }>(created).createEvaluationTemplate.criteria.map(
        (criterion) => criterion.kpi,
      ),
    ).toEqual(['REVENUE', 'NEW_DEVELOPMENT_SHARE', 'NEW_CUSTOMER_REVENUE']);
    const refused = await create('Hunter attainment', [
      revenue,
      {
        key: 'new_revenue',
        name: 'New revenue attainment',
        group: 'OUTPUT',
        source: 'ATTAINMENT',
        kpi: 'NEW_CUSTOMER_REVENUE',
        weightPercent: 50,
        normalisation: 'ATTAINMENT',
      },
    ]);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.criteria.1.kpi' });
  });

  if (kind === 'mysql') {
    it('counts each of many visits on one rep-day once when consumers of several replicas apply them at the same time', async () => {
      const cy = t.org.reps.cy.id;
      const kinds = ['NEW_DEVELOPMENT', 'MAINTENANCE', 'COLLECTION', 'SERVICE', 'COMPLAINT'];
      /** 20 visits on 6 May, 4 of each kind, all on one rep-day (their reports due that day too). */
      const visits = () => Array.from({ length: 20 }, (_, i) => envelope('VisitLogged', 1, visit(cy, `c${i}`, kinds[i % kinds.length], '2026-05-06')));
      const replicas = Array.from({ length: 8 }, () => handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship'));
      /**
       * Every replica's consumer reads from the same checkpoint, some while the feed held half the events, some after,
       * and applies them at once; then each applies them again at its next poll. Each replica waits its turn on the
       * checkpoint (FeedConsumer): none fails, and between them they apply each event once.
       */
      const race = async (batch: EventEnvelope[]) => {
        const outcomes = await Promise.allSettled(replicas.map((replica, i) => replica.apply(i % 2 ? batch : batch.slice(0, 10))));
        const applied = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message));
        for (const replica of replicas) applied.push(await replica.apply(batch));
        expect(applied.filter((outcome) => typeof outcome !== 'number')).toEqual([]);
        return (applied as number[]).reduce((sum, count) => sum + count, 0);
      };
      const counted = async () => {
        const may6 = (await figures('2026-05-06'))['Cy'];
        return [...SPLIT_KEYS.slice(4).map((key) => may6[key].value), ...may6['REPORT_TIMELINESS'].facts.slice(0, 2).map((fact) => fact.value)];
      };
      // The first visits make Cy's day: 20 visits, 4 new development and 4 maintenance (4 ÷ 8); 20 visit reports due, all on time.
      expect(await race(visits())).toBe(20);
      expect(await counted()).toEqual([20, 4, 4, 0.5, 20, 20]);
      // 20 more add to the day.
      expect(await race(visits())).toBe(20);
      expect(await counted()).toEqual([40, 8, 8, 0.5, 40, 40]);
    });
  }
});
