import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per order: the grain every revenue figure can be drilled down to. */
@Entity('order_fact')
@Index('IDX_order_fact_rep_day', ['repId', 'day'])
export class OrderFactEntity {
  @PrimaryColumn('varchar', { name: 'order_id', length: 36 })
  orderId!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  /** ISO date of the order (UTC). */
  @Column('varchar', { name: 'day', length: 10 })
  day!: string;

  @Column('bigint', { name: 'total_minor', transformer: bigintAsNumber })
  totalMinor!: number;

  /** ISO date (UTC) the order was cancelled, when it was: its total was taken back from that day's revenue, not the order's. */
  @Column('varchar', { name: 'cancelled_day', length: 10, nullable: true })
  cancelledDay!: string | null;
}

/** One row per credit note: revenue taken back on the day it was issued (the order's own fact stays as sold). */
@Entity('credit_note_fact')
@Index('IDX_credit_note_fact_rep_day', ['repId', 'day'])
export class CreditNoteFactEntity {
  @PrimaryColumn('varchar', { name: 'credit_note_id', length: 36 })
  creditNoteId!: string;

  @Column('varchar', { name: 'order_id', length: 36 })
  orderId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  /** ISO date (UTC) the credit note was issued. */
  @Column('varchar', { name: 'day', length: 10 })
  day!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;
}

/** Revenue per rep and day: what period figures sum over. A cancellation or a credit note is a negative adjustment on its own day. */
@Entity('rep_daily_revenue')
export class RepDailyRevenueEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @PrimaryColumn('varchar', { name: 'day', length: 10 })
  day!: string;

  @Column('bigint', { name: 'revenue_minor', transformer: bigintAsNumber })
  revenueMinor!: number;

  @Column('integer', { name: 'order_count' })
  orderCount!: number;
}
