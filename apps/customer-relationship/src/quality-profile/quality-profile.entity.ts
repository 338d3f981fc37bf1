import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

export type IndustryStanding = 'LEADER' | 'ESTABLISHED' | 'CHALLENGER' | 'NEWCOMER';
export type StandingTrend = 'RISING' | 'STEADY' | 'FALLING';
export type BusinessPrivateBalance = 'BUSINESS_FIRST' | 'BALANCED' | 'PRIVATE_FIRST';

/** The guide's customer quality profile (2.2): sensitive, for the owner and managers only. */
@Entity('customer_quality_profile')
export class CustomerQualityProfileEntity {
  @PrimaryColumn('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @OneToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_customer_quality_profile_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'education_level', length: 100, nullable: true })
  educationLevel!: string | null;

  @Column('varchar', { name: 'reading_habits', length: 500, nullable: true })
  readingHabits!: string | null;

  @Column('integer', { name: 'years_in_business', nullable: true })
  yearsInBusiness!: number | null;

  @Column('varchar', { name: 'past_setbacks', length: 1000, nullable: true })
  pastSetbacks!: string | null;

  @Column('varchar', { name: 'industry_standing', length: 16, nullable: true })
  industryStanding!: IndustryStanding | null;

  @Column('varchar', { name: 'standing_trend', length: 8, nullable: true })
  standingTrend!: StandingTrend | null;

  @Column('varchar', { name: 'peer_reputation', length: 1000, nullable: true })
  peerReputation!: string | null;

  @Column('varchar', { name: 'business_private_balance', length: 16, nullable: true })
  businessPrivateBalance!: BusinessPrivateBalance | null;

  @Column('text', { name: 'notes', nullable: true })
  notes!: string | null;

  @Column('datetime', { name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
