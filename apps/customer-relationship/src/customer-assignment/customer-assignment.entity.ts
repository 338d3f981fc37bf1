import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** One change of a customer's owner, with who made it and why: the account's history. */
@Entity('customer_assignment')
@Index('IDX_customer_assignment_customer', ['customerId'])
export class CustomerAssignmentEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_customer_assignment_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'from_rep_id', length: 36 })
  fromRepId!: string;

  @Column('varchar', { name: 'to_rep_id', length: 36 })
  toRepId!: string;

  @Column('varchar', { name: 'reason', length: 500 })
  reason!: string;

  @Column('varchar', { name: 'assigned_by', length: 64 })
  assignedBy!: string;

  @Column('datetime', { name: 'assigned_at' })
  assignedAt!: Date;
}
