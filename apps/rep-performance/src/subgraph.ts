import { mergeResolvers, SubgraphDefinition } from '@salesgraph/subgraph-kit';
import { headedBranch } from './branch/branch-heads';
import { createLoaders, createServices } from './context';
import { repPerformanceDatabase } from './database';
import { factsConsumer } from './facts/facts.consumer';
import { branchResolvers } from './branch/branch.resolvers';
import { evaluationResolvers } from './evaluation/evaluation.resolvers';
import { expenseResolvers } from './expense/expense.resolvers';
import { incentiveResolvers } from './incentive/incentive.resolvers';
import { kpiResolvers } from './kpi/kpi.resolvers';
import { positionResolvers } from './position/position.resolvers';
import { salesReportResolvers } from './sales-report/sales-report.resolvers';
import { salesRepResolvers } from './sales-rep/sales-rep.resolvers';
import { targetResolvers } from './target/target.resolvers';
import { typeDefs } from './schema';
import { teamMembershipResolvers } from './team-membership/team-membership.resolvers';
import { teamResolvers } from './team/team.resolvers';

export const repPerformanceSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>> = {
  name: 'rep-performance',
  defaultPort: 4002,
  typeDefs,
  resolvers: mergeResolvers(
    teamResolvers,
    salesRepResolvers,
    teamMembershipResolvers,
    branchResolvers,
    positionResolvers,
    targetResolvers,
    kpiResolvers,
    evaluationResolvers,
    incentiveResolvers,
    expenseResolvers,
    salesReportResolvers,
  ),
  database: repPerformanceDatabase,
  createServices,
  createLoaders,
  headedBranch,
  producesFeed: true,
  consumers: (deps) => [factsConsumer(deps)],
};
