import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** A customer's satisfaction, 1 (poor) to 5 (excellent). */
@Entity('satisfaction_survey')
@Index('IDX_satisfaction_survey_customer', ['customerId'])
export class SatisfactionSurveyEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_satisfaction_survey_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('integer', { name: 'score' })
  score!: number;

  @Column('varchar', { name: 'comment', length: 2000, nullable: true })
  comment!: string | null;

  @Column('datetime', { name: 'surveyed_at' })
  surveyedAt!: Date;

  @Column('varchar', { name: 'recorded_by', length: 64 })
  recordedBy!: string;
}
