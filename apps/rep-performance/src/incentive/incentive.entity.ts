import { PlanTerms, StatementFacts, StatementLine } from '@salesgraph/domain';
import { bigintAsNumber, jsonText } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A published incentive plan: for one team, or for everyone without a team plan. */
@Entity('incentive_plan')
@Index('UQ_incentive_plan_name', ['name'], { unique: true })
export class IncentivePlanEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'name', length: 100 })
  name!: string;

  @Column('varchar', { name: 'team_id', length: 36, nullable: true })
  teamId!: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** One version of a plan's terms, in force from the first day of a month; versions are never edited. */
@Entity('incentive_plan_version')
export class IncentivePlanVersionEntity {
  @PrimaryColumn('varchar', { name: 'plan_id', length: 36 })
  planId!: string;

  @PrimaryColumn('integer', { name: 'number' })
  number!: number;

  /** First day in force (YYYY-MM-DD). */
  @Column('varchar', { name: 'effective_from', length: 10 })
  effectiveFrom!: string;

  @Column('text', { name: 'terms', transformer: jsonText<PlanTerms>() })
  terms!: PlanTerms;

  @Column('varchar', { name: 'published_by', length: 64 })
  publishedBy!: string;

  @Column('datetime', { name: 'published_at' })
  publishedAt!: Date;
}

/** A closed period's statement, frozen with the plan version it used. */
@Entity('incentive_statement')
export class IncentiveStatementEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @PrimaryColumn('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('varchar', { name: 'plan_id', length: 36 })
  planId!: string;

  @Column('integer', { name: 'plan_version' })
  planVersion!: number;

  @Column('text', { name: 'facts', transformer: jsonText<StatementFacts>() })
  facts!: StatementFacts;

  @Column('text', { name: 'lines', transformer: jsonText<StatementLine[]>() })
  lines!: StatementLine[];

  @Column('bigint', { name: 'total_minor', transformer: bigintAsNumber })
  totalMinor!: number;

  @Column('datetime', { name: 'closed_at' })
  closedAt!: Date;
}

/** A period whose statements are closed. */
@Entity('incentive_period_close')
export class IncentivePeriodCloseEntity {
  @PrimaryColumn('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('varchar', { name: 'closed_by', length: 64 })
  closedBy!: string;

  @Column('datetime', { name: 'closed_at' })
  closedAt!: Date;
}
