import { expenseClaimDueAt } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { expenseClaimList } from './expense.repository';

const repOf = async (repId: string, { loaders }: RepPerformanceContext) => {
  const rep = await loaders.salesRep.load(repId);
  if (!rep) throw new Error(`rep ${repId} not found`);
  return rep;
};

export const expenseResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    expenseClaims: async (_parent, args, { viewer, services }) => {
      const page = expenseClaimList.page(args);
      const [rows, total] = await services.expense.claimPage(viewer, page, args.filter ?? {});
      return expenseClaimList.connection(rows, page, total);
    },
  },
  Mutation: {
    setExpenseBudget: (_parent, { input }, { viewer, services }) => services.expense.setBudget(viewer, input),
    submitExpenseClaim: (_parent, { input }, context) =>
      idempotent(
        context,
        'submitExpenseClaim',
        input,
        () => context.services.expense.submitClaim(context.viewer, input),
        (id) => context.services.expense.findClaim(id),
      ),
    approveExpenseClaim: (_parent, { input }, { viewer, services }) => services.expense.decide(viewer, input, true),
    rejectExpenseClaim: (_parent, { input }, { viewer, services }) => services.expense.decide(viewer, input, false),
  },
  ExpenseBudget: {
    rep: (budget, _args, context) => repOf(budget.repId, context),
    amount: (budget) => budget.amountMinor,
  },
  ExpenseClaim: {
    rep: (claim, _args, context) => repOf(claim.repId, context),
    amount: (claim) => claim.amountMinor,
    receipts: (claim) => [...claim.receipts],
    onTime: (claim) => new Date(claim.submittedAt).getTime() <= expenseClaimDueAt(claim.incurredOn).getTime(),
    budgetCheck: async (claim, _args, { loaders }) => {
      const check = await loaders.claimBudgetCheck.load(claim.id);
      if (!check) throw new Error(`claim ${claim.id} not found`);
      return check;
    },
  },
  ClaimBudgetCheck: {
    budget: (check) => check.budgetMinor,
    approvedBefore: (check) => check.approvedBeforeMinor,
    over: (check) => check.overMinor,
  },
  Receipt: {
    amount: (receipt) => receipt.amountMinor,
  },
  BudgetUsage: {
    budget: (usage) => usage.budgetMinor,
    spent: (usage) => usage.spentMinor,
  },
};
