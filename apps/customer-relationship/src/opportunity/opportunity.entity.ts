import { bigintAsNumber } from '@salesgraph/persistence';
import type { OpportunityStage } from '@salesgraph/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** A deal in the making, moving through the sales stages. */
@Entity('opportunity')
@Index('IDX_opportunity_customer', ['customerId'])
@Index('IDX_opportunity_owner_stage', ['ownerId', 'stage'])
export class OpportunityEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_opportunity_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'owner_id', length: 36 })
  ownerId!: string;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  /** ISO date. */
  @Column('varchar', { name: 'expected_close_date', length: 10 })
  expectedCloseDate!: string;

  @Column('varchar', { name: 'stage', length: 16 })
  stage!: OpportunityStage;

  @Column('datetime', { name: 'stage_entered_at' })
  stageEnteredAt!: Date;

  /** JSON array of competitor names involved. */
  @Column('text', { name: 'competitors' })
  competitors!: string;

  /** JSON array of product names. */
  @Column('text', { name: 'products' })
  products!: string;

  @Column('varchar', { name: 'lost_reason', length: 500, nullable: true })
  lostReason!: string | null;

  @Column('varchar', { name: 'won_by_competitor', length: 200, nullable: true })
  wonByCompetitor!: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** Each stage an opportunity entered, and when: velocity and conversion are read from it. */
@Entity('opportunity_stage_history')
@Index('IDX_opportunity_stage_history_opportunity', ['opportunityId'])
export class OpportunityStageHistoryEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'opportunity_id', length: 36 })
  opportunityId!: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'FK_opportunity_stage_history_opportunity' })
  opportunity?: OpportunityEntity;

  /** 1, 2, 3…: the order of entries, which timestamps alone cannot give when two moves share a second. */
  @Column('integer', { name: 'position' })
  position!: number;

  @Column('varchar', { name: 'stage', length: 16 })
  stage!: OpportunityStage;

  @Column('datetime', { name: 'entered_at' })
  enteredAt!: Date;

  @Column('varchar', { name: 'changed_by', length: 64 })
  changedBy!: string;

  /** Why a manager reopened, when this entry is a reopening. */
  @Column('varchar', { name: 'reopen_reason', length: 500, nullable: true })
  reopenReason!: string | null;
}

/** A correction of an open opportunity's amount, expected close date or products: before and after, who, when and why. */
@Entity('opportunity_change')
@Index('IDX_opportunity_change_opportunity', ['opportunityId'])
export class OpportunityChangeEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'opportunity_id', length: 36 })
  opportunityId!: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'FK_opportunity_change_opportunity' })
  opportunity?: OpportunityEntity;

  /** 1, 2, 3…: the order of changes, which timestamps alone cannot give when two share a second. */
  @Column('integer', { name: 'position' })
  position!: number;

  @Column('bigint', { name: 'amount_before_minor', transformer: bigintAsNumber })
  amountBeforeMinor!: number;

  @Column('bigint', { name: 'amount_after_minor', transformer: bigintAsNumber })
  amountAfterMinor!: number;

  @Column('varchar', { name: 'close_before', length: 10 })
  closeBefore!: string;

  @Column('varchar', { name: 'close_after', length: 10 })
  closeAfter!: string;

  /** JSON arrays of product names. */
  @Column('text', { name: 'products_before' })
  productsBefore!: string;

  @Column('text', { name: 'products_after' })
  productsAfter!: string;

  @Column('varchar', { name: 'reason', length: 500, nullable: true })
  reason!: string | null;

  @Column('varchar', { name: 'changed_by', length: 64 })
  changedBy!: string;

  @Column('datetime', { name: 'changed_at' })
  changedAt!: Date;
}
