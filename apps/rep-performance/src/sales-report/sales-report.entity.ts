import { SalesReportKind } from '@salesgraph/domain';
import { bigintAsNumber } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A rep's weekly or monthly sales report: structured figures and free text, and whether it came in time. */
@Entity('sales_report')
@Index('UQ_sales_report_rep_period', ['repId', 'kind', 'period'], { unique: true })
@Index('IDX_sales_report_due', ['dueAt'])
export class SalesReportEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'kind', length: 8 })
  kind!: SalesReportKind;

  @Column('varchar', { name: 'period', length: 10 })
  period!: string;

  @Column('datetime', { name: 'due_at' })
  dueAt!: Date;

  @Column('datetime', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('boolean', { name: 'on_time' })
  onTime!: boolean;

  @Column('text', { name: 'summary' })
  summary!: string;

  @Column('text', { name: 'problems', nullable: true })
  problems!: string | null;

  @Column('text', { name: 'next_plan', nullable: true })
  nextPlan!: string | null;

  @Column('text', { name: 'support_needed', nullable: true })
  supportNeeded!: string | null;

  @Column('integer', { name: 'visits_planned', nullable: true })
  visitsPlanned!: number | null;

  @Column('bigint', { name: 'forecast_minor', nullable: true, transformer: bigintAsNumber })
  forecastMinor!: number | null;
}
