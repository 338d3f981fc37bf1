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

  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('varchar', { name: 'channel', length: 16, nullable: true })
  channel!: SalesChannel | null;

  @Column('integer', { name: 'payment_terms_days', default: 30 })
  paymentTermsDays!: number;

  /** CONFIRMED counts as revenue; PENDING_APPROVAL waits for a manager; REJECTED never counts; CANCELLED no longer counts (from the day it was cancelled). */
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

  @Column('bigint', { name: 'invoiced_minor', default: 0, transformer: bigintAsNumber })
  invoicedMinor!: number;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

export type SalesChannel = 'DIRECT' | 'DISTRIBUTOR' | 'ONLINE' | 'RETAIL';
export type OrderStatus = 'CONFIRMED' | 'PENDING_APPROVAL' | 'REJECTED' | 'CANCELLED';

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
