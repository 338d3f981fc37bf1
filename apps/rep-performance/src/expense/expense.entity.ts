import { bigintAsNumber, jsonText } from '@salesgraph/persistence';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

export type ExpenseCategory = 'TRAVEL' | 'ACCOMMODATION' | 'MEALS' | 'ENTERTAINMENT' | 'COMMUNICATION' | 'OTHER';

/** What a rep may spend on a category in a period. */
@Entity('expense_budget')
export class ExpenseBudgetEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @PrimaryColumn('varchar', { name: 'category', length: 16 })
  category!: ExpenseCategory;

  @PrimaryColumn('varchar', { name: 'period', length: 10 })
  period!: string;

  /** First and last day of the period, so budgets of months add up inside a quarter or year. */
  @Column('varchar', { name: 'first_day', length: 10 })
  firstDay!: string;

  @Column('varchar', { name: 'last_day', length: 10 })
  lastDay!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'set_by', length: 64 })
  setBy!: string;
}

export interface Receipt {
  readonly number: string;
  readonly issuer: string;
  readonly amountMinor: number;
  readonly issuedOn: string;
}

export type ClaimStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** A rep's claim for an expense, with its receipts' particulars, waiting for or decided by the manager. */
@Entity('expense_claim')
@Index('IDX_expense_claim_rep_day', ['repId', 'incurredOn'])
@Index('IDX_expense_claim_status', ['status', 'submittedAt'])
export class ExpenseClaimEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('varchar', { name: 'category', length: 16 })
  category!: ExpenseCategory;

  @Column('bigint', { name: 'amount_minor', transformer: bigintAsNumber })
  amountMinor!: number;

  @Column('varchar', { name: 'incurred_on', length: 10 })
  incurredOn!: string;

  @Column('varchar', { name: 'description', length: 500 })
  description!: string;

  @Column('text', { name: 'receipts', transformer: jsonText<Receipt[]>() })
  receipts!: Receipt[];

  @Column('datetime', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('varchar', { name: 'status', length: 10 })
  status!: ClaimStatus;

  @Column('varchar', { name: 'decided_by', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column('datetime', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('varchar', { name: 'decision_note', length: 500, nullable: true })
  decisionNote!: string | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
