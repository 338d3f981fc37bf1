import { Normalisation } from '@salesgraph/domain';
import type { KpiKey } from '../kpi/kpi.service';
import { jsonText } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

export type CriterionGroup =
  'OUTPUT' | 'INPUT' | 'SERVICE' | 'SELF_MANAGEMENT' | 'EXPENSE_CONTROL' | 'SALES_SKILLS' | 'PROFESSIONAL_KNOWLEDGE' | 'PERSONAL_QUALITIES';

/** Where a criterion's raw value comes from: a KPI (or its attainment), the manager's ratings, or the bad-habits checklist. */
export type CriterionSource = { kind: 'KPI'; kpi: KpiKey } | { kind: 'ATTAINMENT'; kpi: KpiKey } | { kind: 'RATING' } | { kind: 'BAD_HABITS' };

export interface Criterion {
  readonly key: string;
  readonly name: string;
  readonly group: CriterionGroup;
  readonly source: CriterionSource;
  readonly weightBp: number;
  readonly normalisation: Normalisation;
}

/** Criteria and weights, fixed once created: a change is a new template, so past cycles keep theirs. */
@Entity('evaluation_template')
@Index('UQ_evaluation_template_name', ['name'], { unique: true })
export class EvaluationTemplateEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 100 })
  name!: string;

  @Column('text', { name: 'criteria', transformer: jsonText<Criterion[]>() })
  criteria!: Criterion[];

  @Column('varchar', { name: 'created_by', length: 64 })
  createdBy!: string;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;
}

export type CycleStatus = 'OPEN' | 'CLOSED';

/** One round of evaluation over a period with one template. */
@Entity('evaluation_cycle')
@Index('IDX_evaluation_cycle_period', ['period'])
export class EvaluationCycleEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'template_id', length: 36 })
  templateId!: string;

  @Column('varchar', { name: 'name', length: 100 })
  name!: string;

  @Column('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('varchar', { name: 'status', length: 8 })
  status!: CycleStatus;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @Column('datetime', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

export type RatingSource = 'JOINT_VISIT' | 'TRAINING' | 'CUSTOMER_FEEDBACK' | 'REPORT_REVIEW' | 'COLLEAGUE_OPINION';

/** A manager's 1–5 rating of a rep on a qualitative criterion, with the evidence in a comment. */
@Entity('qualitative_score')
@Index('IDX_qualitative_score_cycle_rep', ['cycleId', 'repId'])
export class QualitativeScoreEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'cycle_id', length: 36 })
  cycleId!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'criterion_key', length: 50 })
  criterionKey!: string;

  @Column('integer', { name: 'score' })
  score!: number;

  @Column('varchar', { name: 'comment', length: 1000 })
  comment!: string;

  @Column('varchar', { name: 'source', length: 20 })
  source!: RatingSource;

  @Column('varchar', { name: 'scored_by', length: 64 })
  scoredBy!: string;

  @Column('datetime', { name: 'scored_at' })
  scoredAt!: Date;
}

/** The bad habits a manager observed in a rep during a cycle (the guide's checklist). */
@Entity('bad_habit_check')
export class BadHabitCheckEntity {
  @PrimaryColumn('varchar', { name: 'cycle_id', length: 36 })
  cycleId!: string;

  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('text', { name: 'habits', transformer: jsonText<string[]>() })
  habits!: string[];

  @Column('varchar', { name: 'comment', length: 1000, nullable: true })
  comment!: string | null;

  @Column('varchar', { name: 'noted_by', length: 64 })
  notedBy!: string;

  @Column('datetime', { name: 'noted_at' })
  notedAt!: Date;
}

/** A scorecard line as frozen: everything a rep needs to check it. */
export interface FrozenLine {
  readonly key: string;
  readonly name: string;
  readonly group: CriterionGroup;
  readonly raw: number | null;
  readonly target: number | null;
  readonly score: number | null;
  readonly weightBp: number;
  readonly effectiveWeightBp: number;
  readonly contribution: number;
  readonly evidence: string[];
  /** A qualitative criterion nobody assessed (absent on lines frozen before it existed: they were all scored). */
  readonly pending?: boolean;
  /** The line's highest score (absent on lines frozen before it existed). */
  readonly maxScore?: number;
}

/** A closed cycle's scorecard, frozen: later facts, ratings or targets never change it. */
@Entity('scorecard')
export class ScorecardEntity {
  @PrimaryColumn('varchar', { name: 'cycle_id', length: 36 })
  cycleId!: string;

  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('integer', { name: 'total_hundredths' })
  totalHundredths!: number;

  @Column('text', { name: 'lines', transformer: jsonText<FrozenLine[]>() })
  lines!: FrozenLine[];

  @Column('text', { name: 'bad_habits', transformer: jsonText<string[]>() })
  badHabits!: string[];

  @Column('datetime', { name: 'frozen_at' })
  frozenAt!: Date;
}
