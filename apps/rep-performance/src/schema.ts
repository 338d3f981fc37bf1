import branchSdl from './branch/branch.graphql';
import evaluationSdl from './evaluation/evaluation.graphql';
import expenseSdl from './expense/expense.graphql';
import incentiveSdl from './incentive/incentive.graphql';
import kpiSdl from './kpi/kpi.graphql';
import positionSdl from './position/position.graphql';
import rootSdl from './root.graphql';
import salesReportSdl from './sales-report/sales-report.graphql';
import salesRepSdl from './sales-rep/sales-rep.graphql';
import targetSdl from './target/target.graphql';
import teamMembershipSdl from './team-membership/team-membership.graphql';
import teamSdl from './team/team.graphql';

/** Every SDL file of this subgraph; the compose tool and a contract test check none is missing. */
export const typeDefs = [
  rootSdl,
  teamSdl,
  salesRepSdl,
  teamMembershipSdl,
  branchSdl,
  positionSdl,
  targetSdl,
  kpiSdl,
  evaluationSdl,
  incentiveSdl,
  expenseSdl,
  salesReportSdl,
];
