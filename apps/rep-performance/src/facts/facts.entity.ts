import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The additive facts of one rep's day, folded from customer-relationship's
 * feed: every sum-shaped KPI of docs/domain.md#kpis is a SUM over these rows.
 * Days are ISO keys (YYYY-MM-DD) so they compare as text on every database.
 */
@Entity('rep_daily_fact')
@Index('IDX_rep_daily_fact_day', ['day'])
export class RepDailyFactEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @PrimaryColumn('varchar', { name: 'day', length: 10 })
  day!: string;

  @Column('bigint', { name: 'revenue_minor', default: 0, transformer: bigintAsNumber })
  revenueMinor!: number;

  @Column('bigint', { name: 'gross_profit_minor', default: 0, transformer: bigintAsNumber })
  grossProfitMinor!: number;

  @Column('integer', { name: 'units', default: 0 })
  units!: number;

  @Column('integer', { name: 'orders', default: 0 })
  orders!: number;

  /** Orders on the standard payment terms or shorter. */
  @Column('integer', { name: 'orders_within_terms', default: 0 })
  ordersWithinTerms!: number;

  /** Orders whose discount went beyond the rep's authority (approved by a manager). */
  @Column('integer', { name: 'discounts_beyond', default: 0 })
  discountsBeyond!: number;

  /** The whole discount given on those orders: list total − charged total (not only the part beyond authority). */
  @Column('bigint', { name: 'discount_beyond_minor', default: 0, transformer: bigintAsNumber })
  discountBeyondMinor!: number;

  /**
   * The part of those discounts beyond the rep's authority: Σ units × list price × max(0, line discount − authority).
   * Only OrderRecorded v4 says it; orders announced in older versions add 0 here (their count and whole discount still count).
   */
  @Column('bigint', { name: 'discount_beyond_authority_minor', default: 0, transformer: bigintAsNumber })
  discountBeyondAuthorityMinor!: number;

  /** Payments received this day. */
  @Column('bigint', { name: 'collected_minor', default: 0, transformer: bigintAsNumber })
  collectedMinor!: number;

  /** Visits of every kind. */
  @Column('integer', { name: 'visits', default: 0 })
  visits!: number;

  /** Of those, visits to develop a new customer (kind NEW_DEVELOPMENT): the hunter's work. */
  @Column('integer', { name: 'new_development_visits', default: 0 })
  newDevelopmentVisits!: number;

  /** Of those, visits to keep an existing customer (kind MAINTENANCE): the farmer's work. */
  @Column('integer', { name: 'maintenance_visits', default: 0 })
  maintenanceVisits!: number;

  /**
   * Of those, visits folded before kinds were counted (migration NewVsMaintenance1765843200000): of unknown kind, so
   * a period holding any has no new-development/maintenance split rather than one too low.
   */
  @Column('integer', { name: 'visits_of_unknown_kind', default: 0 })
  visitsOfUnknownKind!: number;

  @Column('integer', { name: 'complaints_resolved', default: 0 })
  complaintsResolved!: number;

  @Column('integer', { name: 'handling_minutes', default: 0 })
  handlingMinutes!: number;

  @Column('integer', { name: 'surveys', default: 0 })
  surveys!: number;

  @Column('integer', { name: 'survey_score_sum', default: 0 })
  surveyScoreSum!: number;

  /** Visit reports and order entries falling due this day. */
  @Column('integer', { name: 'reports_due', default: 0 })
  reportsDue!: number;

  /** Of those, the ones in on time. */
  @Column('integer', { name: 'reports_on_time', default: 0 })
  reportsOnTime!: number;
}

/** The counters of a daily fact: what a handler adds to. */
export type DailyCounters = Omit<RepDailyFactEntity, 'repId' | 'day'>;

/** A customer as KPIs need it: owner, class and when it was filed (coverage), status (who is active). */
@Entity('customer_fact')
@Index('IDX_customer_fact_owner', ['ownerId'])
export class CustomerFactEntity {
  @PrimaryColumn('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @Column('varchar', { name: 'owner_id', length: 36 })
  ownerId!: string;

  @Column('varchar', { name: 'class', length: 1 })
  class!: string;

  @Column('varchar', { name: 'status', length: 16 })
  status!: string;

  @Column('datetime', { name: 'filed_at' })
  filedAt!: Date;
}

/** A customer's revenue by rep and day: new customers, retention and growth look at who bought when. */
@Entity('customer_revenue_fact')
@Index('IDX_customer_revenue_fact_day', ['day'])
export class CustomerRevenueFactEntity {
  @PrimaryColumn('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @PrimaryColumn('varchar', { name: 'day', length: 10 })
  day!: string;

  @Column('bigint', { name: 'revenue_minor', transformer: bigintAsNumber })
  revenueMinor!: number;
}

/** The days a customer was visited: coverage asks when the last visit before a date was. */
@Entity('customer_visit_day')
export class CustomerVisitDayEntity {
  @PrimaryColumn('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @PrimaryColumn('varchar', { name: 'day', length: 10 })
  day!: string;
}

/** An invoice: what falls due when, for collection rate and overdue receivables. */
@Entity('invoice_fact')
@Index('IDX_invoice_fact_due', ['dueDay'])
export class InvoiceFactEntity {
  @PrimaryColumn('varchar', { name: 'invoice_id', length: 36 })
  invoiceId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'due_day', length: 10 })
  dueDay!: string;
}

/** A payment against an invoice: collected against what was due, and by when. */
@Entity('payment_fact')
@Index('IDX_payment_fact_invoice', ['invoiceId'])
export class PaymentFactEntity {
  @PrimaryColumn('varchar', { name: 'payment_id', length: 36 })
  paymentId!: string;

  @Column('varchar', { name: 'invoice_id', length: 36 })
  invoiceId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'received_day', length: 10 })
  receivedDay!: string;
}

/** The visit interval per class as the director last set it; classes without a row use the default. */
@Entity('visit_policy_fact')
export class VisitPolicyFactEntity {
  @PrimaryColumn('varchar', { name: 'class', length: 1 })
  class!: string;

  @Column('integer', { name: 'interval_days' })
  intervalDays!: number;
}
