import { dateSortKey, Transaction } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { Viewer } from '@salesgraph/auth';
import { Period } from '@salesgraph/domain';
import { Brackets, DataSource, In } from 'typeorm';
import { performanceScope } from '../access';
import { visibleRepsOnly } from '../sales-rep/sales-rep.repository';
import { ExpenseClaimFilter } from '../generated/resolvers.generated';
import { ExpenseBudgetEntity, ExpenseClaimEntity } from './expense.entity';

/** Where approving a claim would leave the rep's budget for its category. */
export type ClaimBudgetStatus = 'WITHIN' | 'OVER' | 'NO_BUDGET';

/** Claims, newest first. */
export const expenseClaimList = defineList<ExpenseClaimEntity, 'submittedAt'>({
  type: 'ExpenseClaim',
  idColumn: 'claim.id',
  keys: { submittedAt: dateSortKey('claim.submitted_at', (claim) => claim.submittedAt) },
  defaultSort: { field: 'submittedAt', direction: 'DESC' },
});

/**
 * The SQL condition on a claim (alias `claim`) that approving it would take a
 * budget of its rep, category and period over: the same rule as budgetChecks.
 */
const COVERING_BUDGET = `FROM expense_budget b WHERE b.rep_id = claim.rep_id AND b.category = claim.category AND b.first_day <= claim.incurred_on AND b.last_day >= claim.incurred_on`;
const OVER_A_BUDGET = `EXISTS (SELECT 1 ${COVERING_BUDGET} AND claim.amount_minor + (SELECT COALESCE(SUM(other.amount_minor), 0) FROM expense_claim other WHERE other.rep_id = claim.rep_id AND other.category = claim.category AND other.status = 'APPROVED' AND other.id <> claim.id AND other.incurred_on >= b.first_day AND other.incurred_on <= b.last_day) > b.amount_minor)`;
const BUDGET_CONDITION: Record<ClaimBudgetStatus, string> = {
  NO_BUDGET: `NOT EXISTS (SELECT 1 ${COVERING_BUDGET})`,
  OVER: OVER_A_BUDGET,
  WITHIN: `EXISTS (SELECT 1 ${COVERING_BUDGET}) AND NOT ${OVER_A_BUDGET}`,
};
export class ExpenseRepository {
  constructor(private readonly dataSource: DataSource) {}

  findClaim(id: string): Promise<ExpenseClaimEntity | null> {
    return this.dataSource.getRepository(ExpenseClaimEntity).findOneBy({ id });
  }

  findClaims(ids: readonly string[]): Promise<ExpenseClaimEntity[]> {
    return this.dataSource.getRepository(ExpenseClaimEntity).findBy({ id: In([...ids]) });
  }

  upsertBudget(transaction: Transaction, budget: ExpenseBudgetEntity): Promise<unknown> {
    return transaction.getRepository(ExpenseBudgetEntity).upsert(budget, ['repId', 'category', 'period']);
  }

  /** One page of the claims the viewer may see, and how many there are on all pages. */
  async claimPage(viewer: Viewer, page: ListPage<'submittedAt'>, filter: ExpenseClaimFilter): Promise<[ExpenseClaimEntity[], number]> {
    const query = this.dataSource.getRepository(ExpenseClaimEntity).createQueryBuilder('claim');
    visibleRepsOnly(query, performanceScope(viewer), 'claim.rep_id');
    if (filter.status) query.andWhere('claim.status = :status', { status: filter.status });
    if (filter.repId) query.andWhere('claim.rep_id = :rep', { rep: filter.repId });
    if (filter.category) query.andWhere('claim.category = :category', { category: filter.category });
    if (filter.budget) query.andWhere(`(${BUDGET_CONDITION[filter.budget]})`);
    const total = await query.clone().getCount();
    const rows = await expenseClaimList.fetch(query, page).getMany();
    return [rows, total];
  }

  /** The reps' budgets of periods inside the period. */
  budgetsWithin(repIds: readonly string[], period: Period): Promise<ExpenseBudgetEntity[]> {
    return this.dataSource
      .getRepository(ExpenseBudgetEntity)
      .createQueryBuilder('budget')
      .where('budget.rep_id IN (:...repIds)', { repIds })
      .andWhere('budget.first_day >= :first AND budget.last_day <= :last', { first: period.firstDay, last: period.lastDay })
      .getMany();
  }

  /** The reps' approved claims incurred from `first` to `last`. */
  approvedClaims(repIds: readonly string[], first: string, last: string): Promise<ExpenseClaimEntity[]> {
    return this.dataSource
      .getRepository(ExpenseClaimEntity)
      .createQueryBuilder('claim')
      .where('claim.rep_id IN (:...repIds)', { repIds })
      .andWhere(new Brackets((where) => where.where('claim.incurred_on >= :first AND claim.incurred_on <= :last', { first, last })))
      .andWhere("claim.status = 'APPROVED'")
      .getMany();
  }

  budgetsOf(repIds: readonly string[]): Promise<ExpenseBudgetEntity[]> {
    return this.dataSource.getRepository(ExpenseBudgetEntity).findBy({ repId: In([...repIds]) });
  }

  insertClaim(transaction: Transaction, claim: ExpenseClaimEntity): Promise<unknown> {
    return transaction.insert(ExpenseClaimEntity, claim);
  }
}
