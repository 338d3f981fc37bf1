import { bigintAsNumber } from '@salesgraph/persistence';
import type { WillingnessBand } from '@salesgraph/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

export type VisitKind = 'NEW_DEVELOPMENT' | 'MAINTENANCE' | 'COLLECTION' | 'SERVICE' | 'COMPLAINT';

/** A sales call: the input of selling. */
@Entity('visit')
@Index('IDX_visit_customer', ['customerId'])
@Index('IDX_visit_rep_visited', ['repId', 'visitedAt'])
export class VisitEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_visit_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'joint_manager_id', length: 36, nullable: true })
  jointManagerId!: string | null;

  @Column('varchar', { name: 'kind', length: 16 })
  kind!: VisitKind;

  @Column('datetime', { name: 'visited_at' })
  visitedAt!: Date;

  @Column('varchar', { name: 'purpose', length: 500 })
  purpose!: string;

  @Column('varchar', { name: 'outcome', length: 2000, nullable: true })
  outcome!: string | null;

  @Column('varchar', { name: 'next_step', length: 500, nullable: true })
  nextStep!: string | null;

  @Column('datetime', { name: 'next_step_at', nullable: true })
  nextStepAt!: Date | null;

  @Column('bigint', { name: 'expenses_minor', nullable: true, transformer: bigintAsNumber })
  expensesMinor!: number | null;

  @Column('datetime', { name: 'report_due_at' })
  reportDueAt!: Date;

  @Column('datetime', { name: 'report_submitted_at', nullable: true })
  reportSubmittedAt!: Date | null;

  @Column('datetime', { name: 'recorded_at' })
  recordedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** Who was met on a visit. */
@Entity('visit_contact')
export class VisitContactEntity {
  @PrimaryColumn('varchar', { name: 'visit_id', length: 36 })
  visitId!: string;

  @PrimaryColumn('varchar', { name: 'contact_id', length: 36 })
  contactId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'FK_visit_contact_visit' })
  visit?: VisitEntity;
}

/** The willingness assessment scored on a visit, against the question set in force then. */
@Entity('visit_assessment')
export class VisitAssessmentEntity {
  @PrimaryColumn('varchar', { name: 'visit_id', length: 36 })
  visitId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'FK_visit_assessment_visit' })
  visit?: VisitEntity;

  @Column('varchar', { name: 'contact_id', length: 36, nullable: true })
  contactId!: string | null;

  @Column('integer', { name: 'question_set_version' })
  questionSetVersion!: number;

  /** JSON: [{ key, points }]. */
  @Column('text', { name: 'answers' })
  answers!: string;

  @Column('integer', { name: 'total' })
  total!: number;

  @Column('varchar', { name: 'band', length: 4 })
  band!: WillingnessBand;
}

/** A version of the assessment's questions: data a director publishes, never edited once used. */
@Entity('assessment_question_set')
export class AssessmentQuestionSetEntity {
  @PrimaryColumn('integer', { name: 'version' })
  version!: number;

  /** JSON: [{ key, text, maxPoints }]. */
  @Column('text', { name: 'questions' })
  questions!: string;

  @Column('varchar', { name: 'published_by', length: 64 })
  publishedBy!: string;

  @Column('datetime', { name: 'published_at' })
  publishedAt!: Date;
}

/** An amendment of a filed visit report: the report before and after, who, when and why. The first one's "before" is the original. */
@Entity('visit_report_amendment')
@Index('IDX_visit_report_amendment_visit', ['visitId'])
export class VisitReportAmendmentEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'visit_id', length: 36 })
  visitId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'FK_visit_report_amendment_visit' })
  visit?: VisitEntity;

  /** 1, 2, 3…: the order of amendments. */
  @Column('integer', { name: 'position' })
  position!: number;

  @Column('varchar', { name: 'outcome_before', length: 2000, nullable: true })
  outcomeBefore!: string | null;

  @Column('varchar', { name: 'outcome_after', length: 2000, nullable: true })
  outcomeAfter!: string | null;

  @Column('varchar', { name: 'next_step_before', length: 500, nullable: true })
  nextStepBefore!: string | null;

  @Column('varchar', { name: 'next_step_after', length: 500, nullable: true })
  nextStepAfter!: string | null;

  @Column('datetime', { name: 'next_step_at_before', nullable: true })
  nextStepAtBefore!: Date | null;

  @Column('datetime', { name: 'next_step_at_after', nullable: true })
  nextStepAtAfter!: Date | null;

  @Column('varchar', { name: 'reason', length: 500, nullable: true })
  reason!: string | null;

  @Column('varchar', { name: 'amended_by', length: 64 })
  amendedBy!: string;

  @Column('datetime', { name: 'amended_at' })
  amendedAt!: Date;
}
