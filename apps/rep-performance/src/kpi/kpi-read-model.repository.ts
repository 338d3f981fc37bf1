import { OwnerKind, Period } from '@salesgraph/domain';
import { DataSource, In } from 'typeorm';
import { TargetEntity } from '../target/target.entity';
import { ownerGrouping, placeholders } from './owner-grouping';

/** The period's additive facts of one owner. */
export interface DailyTotals {
  revenueMinor: number;
  grossProfitMinor: number;
  units: number;
  orders: number;
  ordersWithinTerms: number;
  discountsBeyond: number;
  discountBeyondMinor: number;
  discountBeyondAuthorityMinor: number;
  collectedMinor: number;
  visits: number;
  newDevelopmentVisits: number;
  maintenanceVisits: number;
  visitsOfUnknownKind: number;
  complaintsResolved: number;
  handlingMinutes: number;
  surveys: number;
  surveyScoreSum: number;
  reportsDue: number;
  reportsOnTime: number;
}

const DAILY_COLUMNS: Array<[keyof DailyTotals, string]> = [
  ['revenueMinor', 'revenue_minor'],
  ['grossProfitMinor', 'gross_profit_minor'],
  ['units', 'units'],
  ['orders', 'orders'],
  ['ordersWithinTerms', 'orders_within_terms'],
  ['discountsBeyond', 'discounts_beyond'],
  ['discountBeyondMinor', 'discount_beyond_minor'],
  ['discountBeyondAuthorityMinor', 'discount_beyond_authority_minor'],
  ['collectedMinor', 'collected_minor'],
  ['visits', 'visits'],
  ['newDevelopmentVisits', 'new_development_visits'],
  ['maintenanceVisits', 'maintenance_visits'],
  ['visitsOfUnknownKind', 'visits_of_unknown_kind'],
  ['complaintsResolved', 'complaints_resolved'],
  ['handlingMinutes', 'handling_minutes'],
  ['surveys', 'surveys'],
  ['surveyScoreSum', 'survey_score_sum'],
  ['reportsDue', 'reports_due'],
  ['reportsOnTime', 'reports_on_time'],
];

export const emptyTotals = (): DailyTotals => Object.fromEntries(DAILY_COLUMNS.map(([key]) => [key, 0])) as unknown as DailyTotals;

/** An owner's new customers in a period, and its revenue from them in the period. */
export interface NewCustomers {
  customers: number;
  revenueMinor: number;
}

/** A customer's revenue from one owner in the period and in the one before. */
export interface CustomerRevenue {
  customerId: string;
  nowMinor: number;
  priorMinor: number;
}

export interface CustomerToCover {
  class: string;
  filedAt: Date;
  lastVisitDay: string | null;
}

export interface ClaimRow {
  incurredOn: string;
  amountMinor: number;
  status: string;
  submittedAt: Date;
}

export interface ReportRow {
  repId: string;
  kind: string;
  period: string;
  onTime: boolean;
}

/** A rep's time with an owner: who owes reports to it, from when to when. */
export interface MemberRow {
  owner: string;
  repId: string;
  fromDay: string;
  toDay: string | null;
  hireDate: string | null;
}

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);
/** Instants as both drivers store datetime columns, for raw comparisons (better-sqlite3 binds no Date). */
const sqlInstant = (at: Date) => at.toISOString().replace('T', ' ').replace('Z', '');
/** A datetime as the driver hands it back: a Date from mysql2, UTC text from SQLite. */
const instant = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`));

function groupBy<T>(rows: Row[], map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const owner = String(row['owner']);
    groups.set(owner, [...(groups.get(owner) ?? []), map(row)]);
  }
  return groups;
}

/**
 * The KPI read model: the SQL behind KPIs, each method answering for many
 * owners of one kind in one statement, so a page of reps costs the same as one
 * rep. It reads the tables of several features for this one purpose, which
 * docs/architecture.md#data-access allows a named read model: facts' own
 * projection of customer-relationship's events (rep_daily_fact,
 * customer_revenue_fact, customer_fact, customer_visit_day, invoice_fact,
 * payment_fact, visit_policy_fact), the organisation that attributes a fact to
 * its owner (sales_rep, team_membership, team, branch), and what the formulas
 * measure against (target, market_size, expense_claim, expense_budget,
 * sales_report). It only reads; each table is written by its own feature.
 */
export class KpiReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async dailyTotals(kind: OwnerKind, ids: readonly string[], period: Period): Promise<Map<string, DailyTotals>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.day');
    const sums = DAILY_COLUMNS.map(([, column]) => `SUM(f.${column}) AS ${column}`).join(', ');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, ${sums} FROM rep_daily_fact f ${g.join} WHERE f.day >= ? AND f.day <= ? AND ${g.where} GROUP BY ${g.owner}`,
      [...g.joinParams, period.firstDay, period.lastDay, ...g.whereParams],
    );
    return new Map(
      rows.map((row) => [String(row['owner']), Object.fromEntries(DAILY_COLUMNS.map(([key, column]) => [key, num(row[column])])) as unknown as DailyTotals]),
    );
  }

  /** Each customer's revenue from the owner, this period and the one before. */
  async customerRevenue(kind: OwnerKind, ids: readonly string[], period: Period, prior: Period): Promise<Map<string, CustomerRevenue[]>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.day');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, f.customer_id AS customer_id,
              SUM(CASE WHEN f.day >= ? THEN f.revenue_minor ELSE 0 END) AS now_minor,
              SUM(CASE WHEN f.day < ? THEN f.revenue_minor ELSE 0 END) AS prior_minor
       FROM customer_revenue_fact f ${g.join}
       WHERE f.day >= ? AND f.day <= ? AND ${g.where}
       GROUP BY ${g.owner}, f.customer_id`,
      [period.firstDay, period.firstDay, ...g.joinParams, prior.firstDay, period.lastDay, ...g.whereParams],
    );
    return groupBy(rows, (row) => ({ customerId: String(row['customer_id']), nowMinor: num(row['now_minor']), priorMinor: num(row['prior_minor']) }));
  }

  /**
   * Customers whose first order ever falls in the period, by the owner of that order, and the owner's revenue from
   * them in the period: the same rows as the period's revenue (customer_revenue_fact holds every order, cancellation
   * and credit note on the rep and day rep_daily_fact does), so the rest of the revenue is from existing customers.
   */
  async newCustomers(kind: OwnerKind, ids: readonly string[], period: Period): Promise<Map<string, NewCustomers>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.day');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, COUNT(DISTINCT f.customer_id) AS customers, SUM(f.revenue_minor) AS revenue_minor
       FROM customer_revenue_fact f ${g.join}
       WHERE f.day >= ? AND f.day <= ? AND ${g.where}
         AND NOT EXISTS (SELECT 1 FROM customer_revenue_fact e WHERE e.customer_id = f.customer_id AND e.day < ?)
       GROUP BY ${g.owner}`,
      [...g.joinParams, period.firstDay, period.lastDay, ...g.whereParams, period.firstDay],
    );
    return new Map(rows.map((row) => [String(row['owner']), { customers: num(row['customers']), revenueMinor: num(row['revenue_minor']) }]));
  }

  /** What fell due in the period, and how much of it has been paid. */
  async dueAndCollected(kind: OwnerKind, ids: readonly string[], period: Period): Promise<Map<string, { dueMinor: number; collectedMinor: number }>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.due_day');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, SUM(f.amount_minor) AS due_minor, SUM(COALESCE(p.paid, 0)) AS collected_minor
       FROM invoice_fact f
       LEFT JOIN (SELECT invoice_id, SUM(amount_minor) AS paid FROM payment_fact GROUP BY invoice_id) p ON p.invoice_id = f.invoice_id
       ${g.join}
       WHERE f.due_day >= ? AND f.due_day <= ? AND ${g.where}
       GROUP BY ${g.owner}`,
      [...g.joinParams, period.firstDay, period.lastDay, ...g.whereParams],
    );
    return new Map(rows.map((row) => [String(row['owner']), { dueMinor: num(row['due_minor']), collectedMinor: num(row['collected_minor']) }]));
  }

  /** Receivables overdue on `asOfDay`: due before it and not paid by it. */
  async overdueReceivables(kind: OwnerKind, ids: readonly string[], asOfDay: string): Promise<Map<string, number>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.due_day');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, SUM(f.amount_minor - COALESCE(p.paid, 0)) AS overdue_minor
       FROM invoice_fact f
       LEFT JOIN (SELECT invoice_id, SUM(amount_minor) AS paid FROM payment_fact WHERE received_day <= ? GROUP BY invoice_id) p ON p.invoice_id = f.invoice_id
       ${g.join}
       WHERE f.due_day < ? AND ${g.where}
       GROUP BY ${g.owner}`,
      [asOfDay, ...g.joinParams, asOfDay, ...g.whereParams],
    );
    return new Map(rows.map((row) => [String(row['owner']), num(row['overdue_minor'])]));
  }

  /** The owner's customers on `asOfDay` (by their current owner), with the last visit up to that day. */
  async customersToCover(kind: OwnerKind, ids: readonly string[], asOfDay: string): Promise<Map<string, CustomerToCover[]>> {
    const g = ownerGrouping(kind, ids, 'c.owner_id', '?', [asOfDay]);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, c.class AS class, c.filed_at AS filed_at, v.last_day AS last_day
       FROM customer_fact c
       LEFT JOIN (SELECT customer_id, MAX(day) AS last_day FROM customer_visit_day WHERE day <= ? GROUP BY customer_id) v ON v.customer_id = c.customer_id
       ${g.join}
       WHERE c.status <> 'CHURNED' AND c.filed_at <= ? AND ${g.where}`,
      [asOfDay, ...g.joinParams, `${asOfDay} 23:59:59`, ...g.whereParams],
    );
    return groupBy(rows, (row) => ({
      class: String(row['class']),
      filedAt: instant(row['filed_at']),
      lastVisitDay: row['last_day'] === null ? null : String(row['last_day']),
    }));
  }

  async visitIntervals(): Promise<Map<string, number>> {
    const rows: Row[] = await this.dataSource.query('SELECT class, interval_days FROM visit_policy_fact');
    return new Map(rows.map((row) => [String(row['class']), num(row['interval_days'])]));
  }

  /** Claims incurred from `fromDay` to `toDay`: spending and claim timeliness both come from them. */
  async claims(kind: OwnerKind, ids: readonly string[], fromDay: string, toDay: string): Promise<Map<string, ClaimRow[]>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.incurred_on');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, f.incurred_on AS incurred_on, f.amount_minor AS amount_minor, f.status AS status, f.submitted_at AS submitted_at
       FROM expense_claim f ${g.join}
       WHERE f.incurred_on >= ? AND f.incurred_on <= ? AND ${g.where}`,
      [...g.joinParams, fromDay, toDay, ...g.whereParams],
    );
    return groupBy(rows, (row) => ({
      incurredOn: String(row['incurred_on']),
      amountMinor: num(row['amount_minor']),
      status: String(row['status']),
      submittedAt: instant(row['submitted_at']),
    }));
  }

  /**
   * Expense budgets of periods inside the period (a year's KPI adds up its months), a budget inside a longer one of the
   * same rep and category counting as part of it, as libs/domain budgetWithin has it: only the outermost add up.
   */
  async budgets(kind: OwnerKind, ids: readonly string[], period: Period): Promise<Map<string, number>> {
    const g = ownerGrouping(kind, ids, 'f.rep_id', 'f.first_day');
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${g.owner} AS owner, SUM(f.amount_minor) AS budget_minor FROM expense_budget f ${g.join}
       WHERE f.first_day >= ? AND f.last_day <= ? AND ${g.where}
         AND NOT EXISTS (SELECT 1 FROM expense_budget o WHERE o.rep_id = f.rep_id AND o.category = f.category
           AND o.first_day >= ? AND o.last_day <= ? AND o.first_day <= f.first_day AND o.last_day >= f.last_day
           AND (o.first_day < f.first_day OR o.last_day > f.last_day))
       GROUP BY ${g.owner}`,
      [...g.joinParams, period.firstDay, period.lastDay, ...g.whereParams, period.firstDay, period.lastDay],
    );
    return new Map(rows.map((row) => [String(row['owner']), num(row['budget_minor'])]));
  }

  /** Who owed the owner reports, and when: reps by their team history, with their hire dates. */
  async members(kind: OwnerKind, ids: readonly string[]): Promise<MemberRow[]> {
    const base = `SELECT %OWNER% AS owner, r.id AS rep_id, m.from_day AS from_day, m.to_day AS to_day, r.hire_date AS hire_date
                  FROM sales_rep r JOIN team_membership m ON m.rep_id = r.id`;
    let rows: Row[];
    switch (kind) {
      case 'REP':
        rows = await this.dataSource.query(`${base.replace('%OWNER%', 'r.id')} WHERE r.id IN (${placeholders(ids)})`, [...ids]);
        break;
      case 'TEAM':
        rows = await this.dataSource.query(`${base.replace('%OWNER%', 'm.team_id')} WHERE m.team_id IN (${placeholders(ids)})`, [...ids]);
        break;
      case 'BRANCH':
        rows = await this.dataSource.query(
          `${base.replace('%OWNER%', 't.branch_id')} JOIN team t ON t.id = m.team_id WHERE t.branch_id IN (${placeholders(ids)})`,
          [...ids],
        );
        break;
      case 'COMPANY':
        rows = await this.dataSource.query(base.replace('%OWNER%', `'company'`));
        break;
    }
    return rows.map((row) => ({
      owner: String(row['owner']),
      repId: String(row['rep_id']),
      fromDay: String(row['from_day']),
      toDay: row['to_day'] === null ? null : String(row['to_day']),
      hireDate: row['hire_date'] === null ? null : String(row['hire_date']),
    }));
  }

  /** Sales reports of the given reps falling due from `from` to `to`. */
  async salesReports(repIds: readonly string[], from: Date, to: Date): Promise<ReportRow[]> {
    if (!repIds.length) return [];
    const rows: Row[] = await this.dataSource.query(
      `SELECT rep_id, kind, period, on_time FROM sales_report WHERE due_at >= ? AND due_at <= ? AND rep_id IN (${placeholders(repIds)})`,
      [sqlInstant(from), sqlInstant(to), ...repIds],
    );
    return rows.map((row) => ({
      repId: String(row['rep_id']),
      kind: String(row['kind']),
      period: String(row['period']),
      onTime: Boolean(Number(row['on_time'])),
    }));
  }

  /** The market size of each owner's region in the period: the company's is every region's. */
  async marketSizes(kind: OwnerKind, ids: readonly string[], periodLabel: string): Promise<Map<string, number>> {
    const sql: Record<OwnerKind, string> = {
      BRANCH: `SELECT b.id AS owner, ms.amount_minor AS amount_minor FROM branch b JOIN market_size ms ON ms.region = b.region AND ms.period = ? WHERE b.id IN (${placeholders(ids)})`,
      TEAM: `SELECT t.id AS owner, ms.amount_minor AS amount_minor FROM team t JOIN branch b ON b.id = t.branch_id JOIN market_size ms ON ms.region = b.region AND ms.period = ? WHERE t.id IN (${placeholders(ids)})`,
      REP: `SELECT r.id AS owner, ms.amount_minor AS amount_minor FROM sales_rep r JOIN team t ON t.id = r.team_id JOIN branch b ON b.id = t.branch_id JOIN market_size ms ON ms.region = b.region AND ms.period = ? WHERE r.id IN (${placeholders(ids)})`,
      COMPANY: `SELECT 'company' AS owner, SUM(amount_minor) AS amount_minor FROM market_size WHERE period = ?`,
    };
    const rows: Row[] = await this.dataSource.query(sql[kind], kind === 'COMPANY' ? [periodLabel] : [periodLabel, ...ids]);
    return new Map(rows.filter((row) => row['amount_minor'] !== null).map((row) => [String(row['owner']), num(row['amount_minor'])]));
  }

  /** The owners' targets for the period, by metric. */
  targets(kind: OwnerKind, ids: readonly string[], periodLabel: string): Promise<TargetEntity[]> {
    return this.dataSource.getRepository(TargetEntity).findBy({ ownerKind: kind, ownerId: In([...ids]), period: periodLabel });
  }
}
