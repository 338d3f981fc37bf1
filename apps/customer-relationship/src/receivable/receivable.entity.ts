import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrderEntity } from '../order/order.entity';

/** A receivable: an invoice on an order, due under the order's payment terms. Minor units. */
@Entity('invoice')
@Index('IDX_invoice_customer', ['customerId'])
@Index('IDX_invoice_rep', ['repId'])
@Index('IDX_invoice_order', ['orderId'])
export class InvoiceEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'order_id', length: 36 })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'FK_invoice_order' })
  order?: OrderEntity;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  /** What the invoice asks: the amount invoiced less its credit notes. */
  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  /** The sum of its credit notes: amount + credited is what was invoiced. */
  @Column('bigint', { name: 'credited_minor', default: 0, transformer: bigintAsNumber })
  creditedMinor!: number;

  @Column('bigint', { name: 'paid_minor', transformer: bigintAsNumber })
  paidMinor!: number;

  @Column('datetime', { name: 'issued_at' })
  issuedAt!: Date;

  /** ISO date. */
  @Column('varchar', { name: 'due_date', length: 10 })
  dueDate!: string;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** Money received against an invoice. */
@Entity('payment')
@Index('IDX_payment_invoice', ['invoiceId'])
export class PaymentEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'invoice_id', length: 36 })
  invoiceId!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'FK_payment_invoice' })
  invoice?: InvoiceEntity;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('datetime', { name: 'received_at' })
  receivedAt!: Date;

  @Column('varchar', { name: 'recorded_by', length: 64 })
  recordedBy!: string;

  /** When the payment was reversed (bounced, or recorded by mistake): it no longer counts as paid. */
  @Column('datetime', { name: 'reversed_at', nullable: true })
  reversedAt!: Date | null;

  @Column('varchar', { name: 'reversed_by', length: 64, nullable: true })
  reversedBy!: string | null;

  @Column('varchar', { name: 'reversed_reason', length: 500, nullable: true })
  reversedReason!: string | null;
}

/** A credit note against an invoice: a correction of what the customer owes, with why, who and when. Minor units. */
@Entity('credit_note')
@Index('IDX_credit_note_invoice', ['invoiceId'])
export class CreditNoteEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'invoice_id', length: 36 })
  invoiceId!: string;

  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'FK_credit_note_invoice' })
  invoice?: InvoiceEntity;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'reason', length: 500 })
  reason!: string;

  @Column('varchar', { name: 'issued_by', length: 64 })
  issuedBy!: string;

  @Column('datetime', { name: 'issued_at' })
  issuedAt!: Date;
}
