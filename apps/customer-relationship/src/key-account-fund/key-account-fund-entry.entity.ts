import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** One draw on an A-class customer's key-account fund. */
@Entity('key_account_fund_entry')
@Index('IDX_key_account_fund_entry_customer', ['customerId'])
export class KeyAccountFundEntryEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_key_account_fund_entry_customer' })
  customer?: CustomerEntity;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'purpose', length: 500 })
  purpose!: string;

  @Column('varchar', { name: 'recorded_by', length: 64 })
  recordedBy!: string;

  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;
}
