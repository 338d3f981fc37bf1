import {
  addDays,
  attainmentWithReason,
  AttainmentStatus,
  averageHandlingHours,
  averageSatisfaction,
  budgetUsage,
  collectionRate,
  CustomerClass,
  customerSalesGrowth,
  dayKey,
  DEFAULT_VISIT_INTERVAL_DAYS,
  expenseClaimDueAt,
  favourableTermsShare,
  isVisitOverdue,
  marketShare,
  newDevelopmentShare,
  OwnerKind,
  Period,
  previousPeriod,
  reportTimeliness,
  retention,
  salesExpenseRatio,
  salesReportsDueOn,
  TargetMetric,
  visitCoverage,
  visitsPerWorkingDay,
} from '@salesgraph/domain';
import { Database } from '@salesgraph/persistence';
import {
  ClaimRow,
  CustomerRevenue,
  CustomerToCover,
  DailyTotals,
  emptyTotals,
  KpiReadModel,
  MemberRow,
  NewCustomers,
  ReportRow,
} from './kpi-read-model.repository';

export type KpiGroup = 'OUTPUT' | 'INPUT' | 'SERVICE' | 'SELF_MANAGEMENT' | 'EXPENSE_CONTROL';
/** MONEY values are minor units here; the API shows them as decimals. */
export type KpiUnit = 'MONEY' | 'COUNT' | 'RATIO' | 'PER_DAY' | 'HOURS' | 'SCORE';

export const KPI_KEYS = [
  'REVENUE',
  'UNITS',
  'GROSS_PROFIT',
  'NEW_CUSTOMERS',
  'NEW_CUSTOMER_REVENUE',
  'EXISTING_CUSTOMER_REVENUE',
  'COLLECTED',
  'COLLECTION_RATE',
  'SALES_EXPENSE_RATIO',
  'MARKET_SHARE',
  'VISITS',
  'VISITS_PER_WORKING_DAY',
  'VISIT_COVERAGE',
  'NEW_DEVELOPMENT_VISITS',
  'MAINTENANCE_VISITS',
  'NEW_DEVELOPMENT_SHARE',
  'RETENTION_RATE',
  'CHURN_RATE',
  'CUSTOMER_SALES_GROWTH',
  'COMPLAINT_HANDLING_HOURS',
  'SATISFACTION',
  'REPORT_TIMELINESS',
  'BUDGET_USAGE',
  'BUDGET_REDUCTION',
  'DISCOUNTS_BEYOND_AUTHORITY',
  'FAVOURABLE_TERMS_SHARE',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** Money is minor units inside; the API and scorecards show amounts as decimal numbers. */
export const shownKpiNumber = (unit: KpiUnit, value: number | null): number | null => (value === null ? null : unit === 'MONEY' ? value / 100 : value);

/** A number a KPI was computed from, named so a rep can find it again. */
export interface KpiFact {
  readonly name: string;
  readonly unit: KpiUnit;
  readonly value: number;
}

export interface KpiValue {
  readonly key: KpiKey;
  readonly group: KpiGroup;
  readonly name: string;
  readonly formula: string;
  readonly unit: KpiUnit;
  /** Null when not measurable (a zero denominator). */
  readonly value: number | null;
  readonly target: number | null;
  readonly attainment: number | null;
  /** Why attainment is what it is, null included. */
  readonly attainmentStatus: AttainmentStatus;
  readonly facts: readonly KpiFact[];
}

/** KPIs of one owner over one period. */
export interface KpiReport {
  readonly ownerKind: OwnerKind;
  readonly ownerId: string;
  readonly period: Period;
  readonly kpis: readonly KpiValue[];
  /** Reports of every kind due in the period and not in on time: what a late-report penalty counts. */
  readonly lateReports: number;
}

/** The KPIs that have a target metric of the same name. */
const TARGET_OF: Partial<Record<KpiKey, TargetMetric>> = {
  REVENUE: 'REVENUE',
  UNITS: 'UNITS',
  GROSS_PROFIT: 'GROSS_PROFIT',
  NEW_CUSTOMERS: 'NEW_CUSTOMERS',
  COLLECTED: 'COLLECTION',
  VISITS: 'VISITS',
  MARKET_SHARE: 'MARKET_SHARE',
};

const fact = (name: string, unit: KpiUnit, value: number): KpiFact => ({ name, unit, value });

/** Everything the formulas need for one owner, gathered by the batched queries. */
interface OwnerFacts {
  totals: DailyTotals;
  customers: CustomerRevenue[];
  newCustomers: NewCustomers;
  due: { dueMinor: number; collectedMinor: number };
  toCover: CustomerToCover[];
  claims: ClaimRow[];
  budgetMinor: number;
  members: MemberRow[];
  reports: ReportRow[];
  marketSizeMinor: number | null;
  targets: Map<TargetMetric, number>;
}

/**
 * Every KPI of docs/domain.md#kpis for reps, teams, branches or the company, over any
 * period: the formulas are libs/domain's, the facts come from the feed and
 * from this subgraph's own expenses and reports. One call answers for many
 * owners of a kind with the same dozen statements.
 */
export class KpiService {
  private readonly facts: KpiReadModel;

  constructor(database: Database) {
    this.facts = new KpiReadModel(database);
  }

  async reports(kind: OwnerKind, ids: readonly string[], period: Period, now = new Date()): Promise<Map<string, KpiReport>> {
    const today = dayKey(now);
    const prior = previousPeriod(period);
    // A period still running is measured up to today: its working days, its coverage.
    const asOfDay = period.lastDay < today ? period.lastDay : today;
    const reportWindow = { from: new Date(`${period.firstDay}T00:00:00Z`), to: new Date(`${addDays(period.lastDay, 1)}T00:00:00Z`) };
    const [totals, customers, fresh, due, toCover, intervals, claims, budgets, members, marketSizes, targets] = await Promise.all([
      this.facts.dailyTotals(kind, ids, period),
      this.facts.customerRevenue(kind, ids, period, prior),
      this.facts.newCustomers(kind, ids, period),
      this.facts.dueAndCollected(kind, ids, period),
      this.facts.customersToCover(kind, ids, asOfDay),
      this.facts.visitIntervals(),
      this.facts.claims(kind, ids, addDays(period.firstDay, -31), period.lastDay),
      this.facts.budgets(kind, ids, period),
      this.facts.members(kind, ids),
      this.facts.marketSizes(kind, ids, period.label),
      this.facts.targets(kind, ids, period.label),
    ]);
    const reports = await this.facts.salesReports([...new Set(members.map((member) => member.repId))], reportWindow.from, reportWindow.to);
    const result = new Map<string, KpiReport>();
    for (const id of ids) {
      const owned: OwnerFacts = {
        totals: totals.get(id) ?? emptyTotals(),
        customers: customers.get(id) ?? [],
        newCustomers: fresh.get(id) ?? { customers: 0, revenueMinor: 0 },
        due: due.get(id) ?? { dueMinor: 0, collectedMinor: 0 },
        toCover: toCover.get(id) ?? [],
        claims: claims.get(id) ?? [],
        budgetMinor: budgets.get(id) ?? 0,
        members: members.filter((member) => member.owner === id),
        reports,
        marketSizeMinor: marketSizes.get(id) ?? null,
        targets: new Map(targets.filter((target) => target.ownerId === id).map((target) => [target.metric, target.value])),
      };
      result.set(id, { ownerKind: kind, ownerId: id, period, ...this.compute(owned, period, asOfDay, intervals, now) });
    }
    return result;
  }

  private compute(owned: OwnerFacts, period: Period, asOfDay: string, intervals: Map<string, number>, now: Date): { kpis: KpiValue[]; lateReports: number } {
    const { totals } = owned;
    const kpis: Array<Omit<KpiValue, 'target' | 'attainment' | 'attainmentStatus'>> = [];
    const add = (key: KpiKey, group: KpiGroup, name: string, formula: string, unit: KpiUnit, value: number | null, facts: KpiFact[]) =>
      kpis.push({ key, group, name, formula, unit, value, facts });

    // Output
    add(
      'REVENUE',
      'OUTPUT',
      'Revenue',
      'sum of confirmed orders taken in the period, less orders cancelled and credit notes issued in the period (adjustments on the day of the correction)',
      'MONEY',
      totals.revenueMinor,
      [fact('orders', 'COUNT', totals.orders)],
    );
    add('UNITS', 'OUTPUT', 'Units sold', 'sum of units on confirmed orders in the period', 'COUNT', totals.units, [fact('orders', 'COUNT', totals.orders)]);
    add('GROSS_PROFIT', 'OUTPUT', 'Gross profit', 'sum of (net price − unit cost) × units over orders with known costs', 'MONEY', totals.grossProfitMinor, [
      fact('revenue', 'MONEY', totals.revenueMinor),
    ]);
    add('NEW_CUSTOMERS', 'OUTPUT', 'New customers', 'customers whose first order falls in the period', 'COUNT', owned.newCustomers.customers, []);
    // Hunter vs farmer (docs/domain.md#new-development-vs-maintenance): revenue from the customers NEW_CUSTOMERS counts, and the rest, from the same
    // rows as REVENUE, so the two add up to it exactly. A cancellation or credit note is revenue of the day it is made
    // (as for REVENUE) and falls on the side its customer is on in the period of that day: the first order cancelled in
    // a later period lowers that period's existing-customer revenue, the period of the order keeping its figures.
    const newRevenueMinor = owned.newCustomers.revenueMinor;
    add(
      'NEW_CUSTOMER_REVENUE',
      'OUTPUT',
      'Revenue from new customers',
      'revenue in the period from customers whose first order falls in the period (the new customers), cancellations and credit notes of the period included',
      'MONEY',
      newRevenueMinor,
      [fact('new customers', 'COUNT', owned.newCustomers.customers), fact('revenue in period', 'MONEY', totals.revenueMinor)],
    );
    add(
      'EXISTING_CUSTOMER_REVENUE',
      'OUTPUT',
      'Revenue from existing customers',
      'revenue in the period − revenue from new customers: from customers who bought before the period',
      'MONEY',
      totals.revenueMinor - newRevenueMinor,
      [fact('revenue in period', 'MONEY', totals.revenueMinor), fact('revenue from new customers', 'MONEY', newRevenueMinor)],
    );
    add(
      'COLLECTED',
      'OUTPUT',
      'Collection amount',
      'payments received in the period, less payments reversed in the period',
      'MONEY',
      totals.collectedMinor,
      [],
    );
    add(
      'COLLECTION_RATE',
      'OUTPUT',
      'Collection rate',
      'collected ÷ due in period (invoices falling due in the period, at what they ask after credit notes, and what has been paid of them, less reversed payments)',
      'RATIO',
      collectionRate(owned.due.collectedMinor, owned.due.dueMinor),
      [fact('collected of what fell due', 'MONEY', owned.due.collectedMinor), fact('due in period', 'MONEY', owned.due.dueMinor)],
    );
    const spentMinor = owned.claims
      .filter((claim) => claim.status === 'APPROVED' && claim.incurredOn >= period.firstDay)
      .reduce((sum, claim) => sum + claim.amountMinor, 0);
    add(
      'SALES_EXPENSE_RATIO',
      'OUTPUT',
      'Sales expense ratio',
      'approved expense claims ÷ revenue',
      'RATIO',
      salesExpenseRatio(spentMinor, totals.revenueMinor),
      [fact('approved expenses', 'MONEY', spentMinor), fact('revenue', 'MONEY', totals.revenueMinor)],
    );
    add(
      'MARKET_SHARE',
      'OUTPUT',
      'Market share',
      'revenue ÷ market size of the region in the period',
      'RATIO',
      owned.marketSizeMinor === null ? null : marketShare(totals.revenueMinor, owned.marketSizeMinor),
      [fact('revenue', 'MONEY', totals.revenueMinor), ...(owned.marketSizeMinor === null ? [] : [fact('market size', 'MONEY', owned.marketSizeMinor)])],
    );

    // Input
    const elapsed: Period = { ...period, lastDay: asOfDay };
    add('VISITS', 'INPUT', 'Visits', 'visits logged in the period', 'COUNT', totals.visits, []);
    add(
      'VISITS_PER_WORKING_DAY',
      'INPUT',
      'Visits per working day',
      'visits ÷ working days (Monday–Friday) of the period so far',
      'PER_DAY',
      asOfDay < period.firstDay ? null : visitsPerWorkingDay(totals.visits, elapsed),
      [fact('visits', 'COUNT', totals.visits)],
    );
    const asOf = new Date(`${asOfDay}T23:59:59.999Z`);
    const overdue = owned.toCover.filter((customer) =>
      isVisitOverdue(
        customer.lastVisitDay ? new Date(`${customer.lastVisitDay}T00:00:00Z`) : null,
        customer.filedAt,
        intervals.get(customer.class) ?? DEFAULT_VISIT_INTERVAL_DAYS[customer.class as CustomerClass] ?? DEFAULT_VISIT_INTERVAL_DAYS.D,
        asOf,
      ),
    ).length;
    add(
      'VISIT_COVERAGE',
      'INPUT',
      'Visit coverage',
      `customers visited within their class's interval ÷ customers, on ${asOfDay}`,
      'RATIO',
      visitCoverage(owned.toCover.length - overdue, owned.toCover.length),
      [fact('customers', 'COUNT', owned.toCover.length), fact('overdue for a visit', 'COUNT', overdue)],
    );
    // Hunter vs farmer effort. Visits folded before kinds were counted are of unknown kind: a period holding any has no
    // split (null, with them among the facts) rather than one too low.
    const unknownKind =
      totals.visitsOfUnknownKind > 0 ? [fact('visits of unknown kind (logged before visit kinds were counted)', 'COUNT', totals.visitsOfUnknownKind)] : [];
    const known = (value: number | null) => (totals.visitsOfUnknownKind > 0 ? null : value);
    add(
      'NEW_DEVELOPMENT_VISITS',
      'INPUT',
      'New-development visits',
      'visits of kind new development logged in the period',
      'COUNT',
      known(totals.newDevelopmentVisits),
      [fact('visits', 'COUNT', totals.visits), ...unknownKind],
    );
    add('MAINTENANCE_VISITS', 'INPUT', 'Maintenance visits', 'visits of kind maintenance logged in the period', 'COUNT', known(totals.maintenanceVisits), [
      fact('visits', 'COUNT', totals.visits),
      ...unknownKind,
    ]);
    add(
      'NEW_DEVELOPMENT_SHARE',
      'INPUT',
      'New-development share',
      'new-development visits ÷ (new-development + maintenance visits): the hunter/farmer effort balance; collection, service and complaint visits left out',
      'RATIO',
      known(newDevelopmentShare(totals.newDevelopmentVisits, totals.maintenanceVisits)),
      [fact('new-development visits', 'COUNT', totals.newDevelopmentVisits), fact('maintenance visits', 'COUNT', totals.maintenanceVisits), ...unknownKind],
    );

    // Service
    const active = owned.customers.filter((customer) => customer.priorMinor > 0);
    const retained = active.filter((customer) => customer.nowMinor > 0);
    const kept = retention(active.length, retained.length);
    const retainedFacts = [fact('customers buying last period', 'COUNT', active.length), fact('of them buying this period', 'COUNT', retained.length)];
    add(
      'RETENTION_RATE',
      'SERVICE',
      'Retention rate',
      'of last period’s buying customers, the share still buying this period',
      'RATIO',
      kept.retentionRate,
      retainedFacts,
    );
    add('CHURN_RATE', 'SERVICE', 'Churn rate', '1 − retention rate', 'RATIO', kept.churnRate, retainedFacts);
    const nowMinor = retained.reduce((sum, customer) => sum + customer.nowMinor, 0);
    const priorMinor = retained.reduce((sum, customer) => sum + customer.priorMinor, 0);
    add(
      'CUSTOMER_SALES_GROWTH',
      'SERVICE',
      'Customer sales growth',
      '(revenue from retained customers now − last period) ÷ last period',
      'RATIO',
      customerSalesGrowth(nowMinor, priorMinor),
      [fact('retained customers’ revenue now', 'MONEY', nowMinor), fact('retained customers’ revenue last period', 'MONEY', priorMinor)],
    );
    add(
      'COMPLAINT_HANDLING_HOURS',
      'SERVICE',
      'Complaint handling time',
      'mean hours from opening to resolution of complaints resolved in the period',
      'HOURS',
      averageHandlingHours(totals.handlingMinutes, totals.complaintsResolved),
      [
        fact('complaints resolved', 'COUNT', totals.complaintsResolved),
        fact('total handling hours', 'HOURS', Math.round((totals.handlingMinutes / 60) * 10) / 10),
      ],
    );
    add(
      'SATISFACTION',
      'SERVICE',
      'Customer satisfaction',
      'mean survey score (1–5) in the period',
      'SCORE',
      averageSatisfaction(totals.surveyScoreSum, totals.surveys),
      [fact('surveys', 'COUNT', totals.surveys), fact('sum of scores', 'COUNT', totals.surveyScoreSum)],
    );

    // Self-management
    const salesReports = this.salesReportTimeliness(owned, period, now);
    const claimTimeliness = this.claimTimeliness(owned.claims, period);
    const due = totals.reportsDue + salesReports.due + claimTimeliness.due;
    const onTime = totals.reportsOnTime + salesReports.onTime + claimTimeliness.onTime;
    add(
      'REPORT_TIMELINESS',
      'SELF_MANAGEMENT',
      'Report timeliness',
      'reports on time ÷ reports due (visit reports, order entries, weekly, monthly and market-information reports, expense claims)',
      'RATIO',
      reportTimeliness(onTime, due),
      [
        fact('visit reports and order entries due', 'COUNT', totals.reportsDue),
        fact('visit reports and order entries on time', 'COUNT', totals.reportsOnTime),
        fact('weekly, monthly and market-information reports due', 'COUNT', salesReports.due),
        fact('weekly, monthly and market-information reports on time', 'COUNT', salesReports.onTime),
        fact('expense claims due', 'COUNT', claimTimeliness.due),
        fact('expense claims on time', 'COUNT', claimTimeliness.onTime),
      ],
    );

    // Expense control
    const budget = budgetUsage(spentMinor, owned.budgetMinor);
    const budgetFacts = [fact('approved expenses', 'MONEY', spentMinor), fact('budget', 'MONEY', owned.budgetMinor)];
    add('BUDGET_USAGE', 'EXPENSE_CONTROL', 'Budget usage', 'approved expenses ÷ budget for the period', 'RATIO', budget.usage, budgetFacts);
    add('BUDGET_REDUCTION', 'EXPENSE_CONTROL', 'Budget reduction', '1 − budget usage (negative when over budget)', 'RATIO', budget.reduction, budgetFacts);
    add(
      'DISCOUNTS_BEYOND_AUTHORITY',
      'EXPENSE_CONTROL',
      'Discounts beyond authority',
      'orders whose discount needed a manager’s approval',
      'COUNT',
      totals.discountsBeyond,
      [
        fact('whole discount given on them (list − charged)', 'MONEY', totals.discountBeyondMinor),
        fact('discount beyond authority (units × list price × (discount − authority), per line)', 'MONEY', totals.discountBeyondAuthorityMinor),
      ],
    );
    add(
      'FAVOURABLE_TERMS_SHARE',
      'EXPENSE_CONTROL',
      'Favourable payment terms',
      'orders within the standard payment terms ÷ orders',
      'RATIO',
      favourableTermsShare(totals.ordersWithinTerms, totals.orders),
      [fact('orders within standard terms', 'COUNT', totals.ordersWithinTerms), fact('orders', 'COUNT', totals.orders)],
    );

    const withTargets = kpis.map((kpi) => {
      const metric = TARGET_OF[kpi.key];
      const stored = metric ? owned.targets.get(metric) : undefined;
      // Market share targets are kept in basis points; the KPI is a fraction.
      const target = stored === undefined ? null : metric === 'MARKET_SHARE' ? stored / 10_000 : stored;
      return { ...kpi, target, ...attainmentWithReason(kpi.value, target, metric !== undefined) };
    });
    return { kpis: withTargets, lateReports: due - onTime };
  }

  /** Weekly reports fall due the day after their week, monthly ones three days and market-information ones five after their month: each due one counts. */
  private salesReportTimeliness(owned: OwnerFacts, period: Period, now: Date): { due: number; onTime: number } {
    const submitted = new Map(owned.reports.map((report) => [`${report.repId}|${report.kind}|${report.period}`, report.onTime]));
    let due = 0;
    let onTime = 0;
    for (const member of owned.members) {
      for (let day = period.firstDay; day <= period.lastDay; day = addDays(day, 1)) {
        if (day < member.fromDay || (member.toDay !== null && day >= member.toDay) || (member.hireDate !== null && day <= member.hireDate)) continue;
        for (const { kind, period: label, dueAt } of salesReportsDueOn(day)) {
          const status = submitted.get(`${member.repId}|${kind}|${label}`);
          // Not yet due and not yet in: it may still be on time, so it does not count yet.
          if (status === undefined && dueAt.getTime() >= now.getTime()) continue;
          due += 1;
          if (status) onTime += 1;
        }
      }
    }
    return { due, onTime };
  }

  /** Claims falling due (30 days after the expense) in the period. */
  private claimTimeliness(claims: readonly ClaimRow[], period: Period): { due: number; onTime: number } {
    let due = 0;
    let onTime = 0;
    for (const claim of claims) {
      const dueAt = expenseClaimDueAt(claim.incurredOn);
      const dueDay = dayKey(dueAt);
      if (dueDay < period.firstDay || dueDay > period.lastDay) continue;
      due += 1;
      if (claim.submittedAt.getTime() <= dueAt.getTime()) onTime += 1;
    }
    return { due, onTime };
  }
}
