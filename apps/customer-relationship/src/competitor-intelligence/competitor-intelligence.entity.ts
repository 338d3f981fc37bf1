import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IntelligenceTopic = 'PRODUCT' | 'PRICE' | 'STRATEGY' | 'OTHER';

/** A note on a competitor, linked to a region, a customer or an opportunity. */
@Entity('competitor_intelligence')
@Index('IDX_competitor_intelligence_competitor', ['competitor'])
@Index('IDX_competitor_intelligence_customer', ['customerId'])
export class CompetitorIntelligenceEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'competitor', length: 200 })
  competitor!: string;

  @Column('varchar', { name: 'topic', length: 16 })
  topic!: IntelligenceTopic;

  @Column('varchar', { name: 'note', length: 4000 })
  note!: string;

  @Column('varchar', { name: 'region', length: 100, nullable: true })
  region!: string | null;

  /** Plain ids, not foreign keys: a note outlives what it was about. */
  @Column('varchar', { name: 'customer_id', length: 36, nullable: true })
  customerId!: string | null;

  @Column('varchar', { name: 'opportunity_id', length: 36, nullable: true })
  opportunityId!: string | null;

  @Column('varchar', { name: 'rep_id', length: 36, nullable: true })
  repId!: string | null;

  @Column('varchar', { name: 'recorded_by', length: 64 })
  recordedBy!: string;

  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;
}
