import { Period } from '@salesgraph/domain';
import { defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { ExpenseBudgetEntity, ExpenseClaimEntity } from './expense.entity';
import expenseSdl from './expense.graphql';
import { expenseResolvers } from './expense.resolvers';
import { BudgetUsage, ClaimBudgetCheck, ExpenseService } from './expense.service';

/** Expense budgets and claims, their approval and the budget each claim is checked against. */
export const expenseFeature = defineFeature({
  name: 'expense',
  typeDefs: [expenseSdl],
  resolvers: expenseResolvers,
  entities: [ExpenseBudgetEntity, ExpenseClaimEntity],
  services: ({ dataSource }: ServiceDeps) => ({ expense: new ExpenseService(dataSource) }),
  loaders: ({ services }: LoaderDeps<{ expense: ExpenseService }>) => ({
    /** Reps' budget usage in one period: one fetch per period. */
    expenseUsage: groupedLoader<Period, BudgetUsage[]>(
      (period) => period.label,
      (period, ids) => services.expense.usage(ids, period),
    ),
    /** Claims' budget checks by claim id, one fetch per batch. */
    claimBudgetCheck: new DataLoader<string, ClaimBudgetCheck | null>(async (claimIds) => {
      const found = await services.expense.budgetChecks(claimIds);
      return claimIds.map((id) => found.get(id) ?? null);
    }),
  }),
});
