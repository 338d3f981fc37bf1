import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

export type CustomerClass = 'A' | 'B' | 'C' | 'D';
export type CustomerStatus = 'PROSPECT' | 'ACTIVE' | 'DORMANT' | 'CHURNED';

@Entity('customer')
@Index('IDX_customer_owner', ['ownerId'])
export class CustomerEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  @Column('varchar', { name: 'class', length: 1 })
  class!: CustomerClass;

  @Column('varchar', { name: 'status', length: 16 })
  status!: CustomerStatus;

  @Column('varchar', { name: 'owner_id', length: 36 })
  ownerId!: string;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  /** Optimistic lock: every update says which version it read. */
  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
