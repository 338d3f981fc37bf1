import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** `order` is a reserved word in SQL, hence the table name. */
@Entity('sales_order')
@Index('IDX_sales_order_customer', ['customerId'])
@Index('IDX_sales_order_rep', ['repId'])
export class OrderEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_sales_order_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('datetime', { name: 'ordered_at' })
  orderedAt!: Date;

  /** Minor units. */
  @Column('bigint', { name: 'total_minor', transformer: bigintAsNumber })
  totalMinor!: number;

  /** When the order was entered: a revision that names a new order date enters it again, then. */
  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('varchar', { name: 'channel', length: 16, nullable: true })
  channel!: SalesChannel | null;

  @Column('integer', { name: 'payment_terms_days', default: 30 })
  paymentTermsDays!: number;

  /**
   * CONFIRMED counts as revenue; PENDING_APPROVAL waits for a manager; REJECTED never counts, and is revised (to
   * CONFIRMED or PENDING_APPROVAL again) or WITHDRAWN, which is final; CANCELLED no longer counts (from the day it was cancelled).
   */
  @Column('varchar', { name: 'status', length: 16, default: 'CONFIRMED' })
  status!: OrderStatus;

  /** Null when a line's cost is unknown. */
  @Column('bigint', { name: 'gross_profit_minor', nullable: true, transformer: bigintAsNumber })
  grossProfitMinor!: number | null;

  @Column('integer', { name: 'max_discount_bp', default: 0 })
  maxDiscountBp!: number;

  @Column('varchar', { name: 'approved_by', length: 64, nullable: true })
  approvedBy!: string | null;

  @Column('datetime', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  /** Why a manager refused the discount (REJECTED orders). */
  @Column('varchar', { name: 'rejected_reason', length: 500, nullable: true })
  rejectedReason!: string | null;

  @Column('varchar', { name: 'rejected_by', length: 64, nullable: true })
  rejectedBy!: string | null;

  @Column('datetime', { name: 'rejected_at', nullable: true })
  rejectedAt!: Date | null;

  /** Why the order was cancelled (CANCELLED orders). */
  @Column('varchar', { name: 'cancelled_reason', length: 500, nullable: true })
  cancelledReason!: string | null;

  @Column('varchar', { name: 'cancelled_by', length: 64, nullable: true })
  cancelledBy!: string | null;

  @Column('datetime', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  /** Why a rejected order was withdrawn instead of revised (WITHDRAWN orders). */
  @Column('varchar', { name: 'withdrawn_reason', length: 500, nullable: true })
  withdrawnReason!: string | null;

  @Column('varchar', { name: 'withdrawn_by', length: 64, nullable: true })
  withdrawnBy!: string | null;

  @Column('datetime', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('bigint', { name: 'invoiced_minor', default: 0, transformer: bigintAsNumber })
  invoicedMinor!: number;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

export type SalesChannel = 'DIRECT' | 'DISTRIBUTOR' | 'ONLINE' | 'RETAIL';
export type OrderStatus = 'CONFIRMED' | 'PENDING_APPROVAL' | 'REJECTED' | 'CANCELLED' | 'WITHDRAWN';

/** One product on an order. Amounts in minor units; discount in basis points. */
@Entity('order_line')
@Index('IDX_order_line_order', ['orderId'])
export class OrderLineEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'order_id', length: 36 })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'FK_order_line_order' })
  order?: OrderEntity;

  @Column('integer', { name: 'position' })
  position!: number;

  @Column('varchar', { name: 'product', length: 200 })
  product!: string;

  @Column('integer', { name: 'units' })
  units!: number;

  @Column('bigint', { name: 'list_price_minor', transformer: bigintAsNumber })
  listPriceMinor!: number;

  @Column('integer', { name: 'discount_bp' })
  discountBp!: number;

  @Column('bigint', { name: 'net_price_minor', transformer: bigintAsNumber })
  netPriceMinor!: number;

  @Column('bigint', { name: 'unit_cost_minor', nullable: true, transformer: bigintAsNumber })
  unitCostMinor!: number | null;

  @Column('bigint', { name: 'line_total_minor', transformer: bigintAsNumber })
  lineTotalMinor!: number;

  @Column('bigint', { name: 'gross_profit_minor', nullable: true, transformer: bigintAsNumber })
  grossProfitMinor!: number | null;
}

/**
 * A revision of a rejected order: the order as the manager rejected it (its lines, total, discount, terms and date, and
 * the rejection itself), why it was revised, who revised it, when, and what the revision led to.
 */
@Entity('order_revision')
@Index('IDX_order_revision_order', ['orderId'])
export class OrderRevisionEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'order_id', length: 36 })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'FK_order_revision_order' })
  order?: OrderEntity;

  /** 1, 2, 3…: the revision's number on its order, which timestamps alone cannot give when two share a second. */
  @Column('integer', { name: 'position' })
  position!: number;

  @Column('varchar', { name: 'reason', length: 500 })
  reason!: string;

  @Column('varchar', { name: 'revised_by', length: 64 })
  revisedBy!: string;

  @Column('datetime', { name: 'revised_at' })
  revisedAt!: Date;

  /** CONFIRMED (within the rep's authority) or PENDING_APPROVAL (beyond it again). */
  @Column('varchar', { name: 'outcome', length: 16 })
  outcome!: OrderStatus;

  /** JSON array of the order's lines before the revision (OrderLineEntity's fields). */
  @Column('text', { name: 'lines_before' })
  linesBefore!: string;

  @Column('bigint', { name: 'total_before_minor', transformer: bigintAsNumber })
  totalBeforeMinor!: number;

  @Column('bigint', { name: 'gross_profit_before_minor', nullable: true, transformer: bigintAsNumber })
  grossProfitBeforeMinor!: number | null;

  @Column('integer', { name: 'max_discount_bp_before' })
  maxDiscountBpBefore!: number;

  @Column('integer', { name: 'payment_terms_days_before' })
  paymentTermsDaysBefore!: number;

  @Column('datetime', { name: 'ordered_at_before' })
  orderedAtBefore!: Date;

  /** The rejection the revision answered (null for one refused before reasons were kept). */
  @Column('varchar', { name: 'rejected_reason', length: 500, nullable: true })
  rejectedReason!: string | null;

  @Column('varchar', { name: 'rejected_by', length: 64, nullable: true })
  rejectedBy!: string | null;

  @Column('datetime', { name: 'rejected_at', nullable: true })
  rejectedAt!: Date | null;
}
