import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

import { bigintAsNumber } from '@salesgraph/persistence';
import type { CustomerClass, CustomerStatus } from '@salesgraph/domain';

export type { CustomerClass, CustomerStatus };
export type CustomerSource = 'TRADE_SHOW' | 'PHONE' | 'REFERRAL' | 'WEB' | 'VISIT';
export type RelationshipLevel = 'INTIMATE' | 'FACE_TO_FACE' | 'DISTANT' | 'BRAND_ONLY';

@Entity('customer')
@Index('IDX_customer_owner', ['ownerId'])
@Index('IDX_customer_region', ['region'])
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

  @Column('varchar', { name: 'industry', length: 100, nullable: true })
  industry!: string | null;

  @Column('varchar', { name: 'region', length: 100, nullable: true })
  region!: string | null;

  @Column('varchar', { name: 'address', length: 500, nullable: true })
  address!: string | null;

  @Column('varchar', { name: 'source', length: 16, nullable: true })
  source!: CustomerSource | null;

  @Column('varchar', { name: 'relationship_level', length: 16, nullable: true })
  relationshipLevel!: RelationshipLevel | null;

  /** Kept by visit logging: what the visit policy measures against. */
  @Column('datetime', { name: 'last_visit_at', nullable: true })
  lastVisitAt!: Date | null;

  /**
   * The last time a person made the customer ACTIVE (filed it so, or changed
   * its status by hand): the lifecycle's idle clock restarts there as it does
   * at a confirmed order, so a hand reactivation is not undone on the next run.
   */
  @Column('datetime', { name: 'activated_by_hand_at', nullable: true })
  activatedByHandAt!: Date | null;

  /** A-class only: the ring-fenced relationship budget, in minor units. */
  @Column('bigint', { name: 'key_account_fund_minor', nullable: true, transformer: bigintAsNumber })
  keyAccountFundMinor!: number | null;

  @Column('bigint', { name: 'key_account_fund_spent_minor', nullable: true, transformer: bigintAsNumber })
  keyAccountFundSpentMinor!: number | null;

  /** Optimistic lock: every update says which version it read. */
  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
