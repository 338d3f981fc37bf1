import { addDays, dayKey, isoWeekOf, parsePeriod, priceOrder } from '@salesgraph/domain';
import type { BadHabit, EvaluationCriterionInput, ExpenseCategory, PlanTermsInput, RatingSource } from '@salesgraph/graphql-types';
import { DemoData } from './demo-data';

/**
 * The demo organisation's performance side (docs/domain.md#organisation), derived from the
 * demo data and the day it is seeded: branches over the teams, targets
 * decomposed from the company to every rep, a closed and an open evaluation
 * cycle, a commission plan with a revision, budgets, claims and reports —
 * some of them late, as in any real sales force.
 */
export interface PerformanceDemoData {
  /**
   * Hire dates a few weeks back: reports are owed from then on, and the seed
   * can only submit them today, so a year of owed reports would all be missing.
   */
  hireDates: Map<string, string>;
  branches: Array<{ key: string; name: string; region: string; teamKeys: string[] }>;
  positions: Array<{ key: 'rep' | 'manager'; title: string; responsibilities: string[]; role: 'REP' | 'MANAGER' }>;
  marketSizes: Array<{ region: string; period: string; amount: string }>;
  /** The company's 2026 revenue target, as a decimal amount. */
  companyRevenue: number;
  /** The company's 2026 collection target: handed to the first branch only, so targetGaps has something to show. */
  companyCollection: number;
  template: { name: string; criteria: EvaluationCriterionInput[] };
  cycles: Array<{ name: string; period: string; close: boolean }>;
  ratings: Array<{ cycle: number; repKey: string; criterionKey: string; score: number; source: RatingSource; comment: string }>;
  badHabits: Array<{ cycle: number; repKey: string; habits: BadHabit[]; comment: string }>;
  plan: {
    name: string;
    effectiveFrom: string;
    terms: PlanTermsInput;
    revision: { effectiveFrom: string; terms: PlanTermsInput };
    closePeriods: string[];
  };
  budgets: Array<{ repKey: string; category: ExpenseCategory; period: string; amount: string }>;
  claims: Array<{ repKey: string; category: ExpenseCategory; amount: string; incurredOn: string; description: string; decision: 'APPROVE' | 'REJECT' | null }>;
  reports: Array<{ repKey: string; kind: 'WEEKLY' | 'MONTHLY'; period: string; summary: string }>;
}

/** Commission on collected revenue, in tiers, with penalties for overdue receivables and late reports. */
const PLAN_TERMS: PlanTermsInput = {
  basis: 'COLLECTED',
  tiers: [{ upTo: '50000.00', ratePercent: 2 }, { upTo: '150000.00', ratePercent: 3 }, { ratePercent: 4 }],
  acceleratorRatePercent: 1,
  bonuses: [{ name: 'Collection target reached', minAttainmentPercent: 100, amount: '1000.00' }],
  overdueReceivablePenaltyPercent: 0.5,
  lateReportPenalty: '10.00',
};

const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

export function performanceDemoData(data: DemoData, today: string): PerformanceDemoData {
  const branches = [
    { key: 'branch-0', name: 'North & East', region: 'North', teamKeys: data.teams.filter((_, t) => t % 2 === 0).map((team) => team.key) },
    { key: 'branch-1', name: 'South & West', region: 'South', teamKeys: data.teams.filter((_, t) => t % 2 === 1).map((team) => team.key) },
  ].filter((branch) => branch.teamKeys.length);
  // Last year’s pace plus 15 %, rounded up to a hundred thousand.
  const booked = data.orders.reduce(
    (sum, order) =>
      sum +
      priceOrder(
        order.lines.map((line) => ({
          units: line.units,
          listPriceMinor: Math.round(Number(line.listPrice) * 100),
          discountBp: Math.round(line.discountPercent * 100),
          unitCostMinor: null,
        })),
      ).totalMinor,
    0,
  );
  const companyRevenue = Math.ceil((booked * 1.15) / 100_000_00) * 100_000;
  const sellers = data.reps.filter((rep) => !rep.manager);
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const monthBefore = dayKey(new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - 86_400_000)).slice(0, 7);
  const ended = (period: string) => parsePeriod(period).lastDay < today;
  return {
    hireDates: new Map(data.reps.map((rep, r) => [rep.key, addDays(today, -36 - (r % 3))])),
    branches,
    positions: [
      {
        key: 'rep',
        title: 'Sales representative',
        role: 'REP',
        responsibilities: [
          'Visit customers by their class’s interval',
          'Develop new accounts and grow existing ones',
          'Collect receivables when due',
          'Report weekly and monthly, on time',
        ],
      },
      {
        key: 'manager',
        title: 'Sales manager',
        role: 'MANAGER',
        responsibilities: ['Coach reps on joint visits', 'Approve discounts beyond a rep’s authority', 'Evaluate reps each cycle', 'Approve expense claims'],
      },
    ],
    marketSizes: [
      { region: 'North', period: '2026', amount: money(companyRevenue * 100 * 4) },
      { region: 'South', period: '2026', amount: money(companyRevenue * 100 * 5) },
    ],
    companyRevenue,
    companyCollection: Math.round(companyRevenue * 0.9),
    template: {
      name: 'Quarterly rep review',
      criteria: [
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
          key: 'coverage',
          name: 'Visit coverage',
          group: 'INPUT',
          source: 'KPI',
          kpi: 'VISIT_COVERAGE',
          weightPercent: 10,
          normalisation: 'RANGE',
          worst: 0.3,
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
          name: 'Customer satisfaction',
          group: 'SERVICE',
          source: 'KPI',
          kpi: 'SATISFACTION',
          weightPercent: 5,
          normalisation: 'RANGE',
          worst: 2,
          best: 5,
        },
        { key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 10, normalisation: 'RATING' },
        { key: 'knowledge', name: 'Professional knowledge', group: 'PROFESSIONAL_KNOWLEDGE', source: 'RATING', weightPercent: 5, normalisation: 'RATING' },
        {
          key: 'habits',
          name: 'Bad habits',
          group: 'PERSONAL_QUALITIES',
          source: 'BAD_HABITS',
          weightPercent: 5,
          normalisation: 'BAD_HABITS',
          pointsPerHabit: 25,
        },
      ],
    },
    cycles: [
      { name: '2026 Q3', period: '2026-Q3', close: ended('2026-Q3') },
      { name: '2026 Q4', period: '2026-Q4', close: false },
    ],
    ratings: [0, 1].flatMap((cycle) =>
      sellers.flatMap((rep, r) => [
        {
          cycle,
          repKey: rep.key,
          criterionKey: 'skills',
          score: 2 + ((r + cycle) % 4),
          source: 'JOINT_VISIT',
          comment: ['Let the customer talk first', 'Handled the price objection calmly', 'Found the real decision maker', 'Closed with a clear next step'][
            (r + cycle) % 4
          ],
        },
        {
          cycle,
          repKey: rep.key,
          criterionKey: 'knowledge',
          score: 3 + ((r * 2 + cycle) % 3),
          source: r % 2 ? 'TRAINING' : 'CUSTOMER_FEEDBACK',
          comment: 'Knows the range; competitors’ pricing less so',
        },
      ]),
    ),
    badHabits: sellers
      .filter((_, r) => r % 4 === 1)
      .map((rep, i) => ({ cycle: i % 2, repKey: rep.key, habits: i % 2 ? ['RAMBLING'] : ['BLUSTER', 'VAGUE_SPEECH'], comment: 'Seen on a joint visit' })),
    plan: {
      name: 'Field sales 2026',
      effectiveFrom: '2026-01',
      terms: PLAN_TERMS,
      // From October: richer upper tiers and bonus for the year-end push.
      revision: {
        effectiveFrom: '2026-10',
        terms: {
          ...PLAN_TERMS,
          tiers: [{ upTo: '50000.00', ratePercent: 2 }, { upTo: '150000.00', ratePercent: 3.5 }, { ratePercent: 4.5 }],
          acceleratorRatePercent: 1.5,
          bonuses: [{ name: 'Collection target reached', minAttainmentPercent: 100, amount: '1500.00' }],
        },
      },
      closePeriods: ['2026-08', '2026-09'].filter(ended),
    },
    budgets: data.reps.flatMap((rep) => [
      { repKey: rep.key, category: 'TRAVEL', period: quarter, amount: '3000.00' },
      { repKey: rep.key, category: 'MEALS', period: quarter, amount: '800.00' },
    ]),
    claims: sellers.flatMap((rep, r) => [
      {
        repKey: rep.key,
        category: 'TRAVEL',
        amount: money(18_000 + r * 2_350),
        incurredOn: addDays(today, -3 - (r % 4)),
        description: 'Train and taxi to customer visits',
        decision: 'APPROVE' as const,
      },
      {
        repKey: rep.key,
        category: 'MEALS',
        amount: money(4_500 + r * 700),
        incurredOn: addDays(today, -12),
        description: 'Lunch with purchasing',
        decision: r % 5 === 3 ? ('REJECT' as const) : ('APPROVE' as const),
      },
      // claimed more than 30 days after the expense: late
      {
        repKey: rep.key,
        category: 'ACCOMMODATION',
        amount: money(21_000 + r * 1_000),
        incurredOn: addDays(today, -40 - r),
        description: 'Hotel for the trade show',
        decision: r % 3 === 0 ? null : ('APPROVE' as const),
      },
    ]),
    reports: data.reps.flatMap((rep, r) => [
      ...[4, 3, 2, 1, 0]
        // every fourth rep skips a week
        .filter((weeksAgo) => !(r % 4 === 3 && weeksAgo === 2))
        .map((weeksAgo) => ({
          repKey: rep.key,
          kind: 'WEEKLY' as const,
          period: isoWeekOf(addDays(today, -7 * weeksAgo)),
          summary: 'Visits made, orders won, what is next',
        })),
      { repKey: rep.key, kind: 'MONTHLY' as const, period: monthBefore, summary: 'The month in figures, problems met and the plan for next month' },
    ]),
  };
}
