import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
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
}
