import rootSdl from './root.graphql';
import { composeSubgraph } from '@salesgraph/subgraph-kit';
import { branchFeature } from './branch/branch.feature';
import { evaluationFeature } from './evaluation/evaluation.feature';
import { expenseFeature } from './expense/expense.feature';
import { factsFeature } from './facts/facts.feature';
import { incentiveFeature } from './incentive/incentive.feature';
import { kpiFeature } from './kpi/kpi.feature';
import { migrationsFeature } from './migrations/migrations.feature';
import { positionFeature } from './position/position.feature';
import { salesReportFeature } from './sales-report/sales-report.feature';
import { salesRepFeature } from './sales-rep/sales-rep.feature';
import { targetFeature } from './target/target.feature';
import { teamMembershipFeature } from './team-membership/team-membership.feature';
import { teamFeature } from './team/team.feature';
import { viewerFeature } from './viewer/viewer.feature';

/** rep-performance's features, in dependency order: one line each (docs/architecture.md#adding-a-feature). */
export const repPerformanceFeatures = [
  migrationsFeature,
  branchFeature,
  teamFeature,
  salesRepFeature,
  teamMembershipFeature,
  positionFeature,
  targetFeature,
  factsFeature,
  kpiFeature,
  evaluationFeature,
  incentiveFeature,
  expenseFeature,
  salesReportFeature,
  viewerFeature,
] as const;

export const repPerformanceSubgraph = composeSubgraph({
  name: 'rep-performance',
  defaultPort: 4002,
  typeDefs: [rootSdl],
  features: repPerformanceFeatures,
  producesFeed: true,
  idempotentWrites: true,
});
