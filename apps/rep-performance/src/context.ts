import { Viewer } from '@salesgraph/auth';
import { OwnerKind, parsePeriod } from '@salesgraph/domain';
import { byIdLoader, childListLoader, untypedGroupedLoader, SubgraphContext } from '@salesgraph/subgraph-kit';
import { DataSource, In } from 'typeorm';
import { BranchEntity } from './branch/branch.entity';
import { BranchService } from './branch/branch.service';
import { EvaluationService } from './evaluation/evaluation.service';
import { EvaluationTemplateEntity } from './evaluation/evaluation.entity';
import { ExpenseService } from './expense/expense.service';
import { IncentiveService } from './incentive/incentive.service';
import { KpiService } from './kpi/kpi.service';
import { PositionEntity } from './position/position.entity';
import { PositionService } from './position/position.service';
import { SalesReportService } from './sales-report/sales-report.service';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';
import { SalesRepRepository } from './sales-rep/sales-rep.repository';
import { SalesRepService } from './sales-rep/sales-rep.service';
import { TargetService } from './target/target.service';
import { TeamMembershipEntity } from './team-membership/team-membership.entity';
import { TeamMoveService } from './team-membership/team-move.service';
import { TeamRepository } from './team/team.repository';
import { TeamService } from './team/team.service';

export function createServices(dataSource: DataSource) {
  const kpi = new KpiService(dataSource);
  return {
    branches: new BranchService(dataSource),
    teams: new TeamService(dataSource),
    salesReps: new SalesRepService(dataSource),
    positions: new PositionService(dataSource),
    teamMoves: new TeamMoveService(dataSource),
    targets: new TargetService(dataSource),
    kpi,
    evaluation: new EvaluationService(dataSource, kpi),
    incentive: new IncentiveService(dataSource, kpi),
    expense: new ExpenseService(dataSource),
    salesReports: new SalesReportService(dataSource),
  };
}

type Services = ReturnType<typeof createServices>;

/** A figure asked of many owners at once: batched per kind and period. */
export interface OwnerPeriodKey {
  group: string;
  id: string;
}

export const ownerPeriodKey = (kind: OwnerKind, id: string, period: string): OwnerPeriodKey => ({ group: `${kind}|${period}`, id });

/**
 * The organisation is visible to every signed-in user, so its loaders need no
 * scope; performance figures are checked per field against the viewer.
 */
export function createLoaders(dataSource: DataSource, _viewer: Viewer, services: Services) {
  const reps = new SalesRepRepository(dataSource);
  const teams = new TeamRepository(dataSource);
  const salesRep = byIdLoader((ids) => reps.findByIds(ids));
  return {
    salesRep,
    team: byIdLoader((ids) => teams.findByIds(ids)),
    teamMembers: childListLoader(
      (teamIds) => reps.findByTeams(teamIds),
      (rep) => rep.teamId,
    ),
    branch: byIdLoader((ids) => dataSource.getRepository(BranchEntity).findBy({ id: In([...ids]) })),
    branchTeams: childListLoader(
      (branchIds) => teams.findByBranches(branchIds),
      (team) => team.branchId ?? '',
    ),
    position: byIdLoader((ids) => dataSource.getRepository(PositionEntity).findBy({ id: In([...ids]) })),
    teamHistory: childListLoader(
      (repIds) => dataSource.getRepository(TeamMembershipEntity).find({ where: { repId: In([...repIds]) }, order: { fromDay: 'ASC' } }),
      (membership) => membership.repId,
    ),
    targets: untypedGroupedLoader(async (kind, ids) => {
      const found = await services.targets.findByOwners(kind as OwnerKind, ids);
      return new Map(ids.map((id) => [id, found.filter((target) => target.ownerId === id)]));
    }),
    kpiReport: untypedGroupedLoader(async (group, ids) => {
      const [kind, period] = group.split('|');
      return services.kpi.reports(kind as OwnerKind, ids, parsePeriod(period));
    }),
    statement: untypedGroupedLoader(async (period, ids) => {
      const found = (await salesRep.loadMany(ids)).filter((rep): rep is SalesRepEntity => !!rep && !(rep instanceof Error));
      return services.incentive.statements(found, parsePeriod(period));
    }),
    expenseUsage: untypedGroupedLoader((period, ids) => services.expense.usage(ids, parsePeriod(period))),
    claimBudgetCheck: untypedGroupedLoader((_group, claimIds) => services.expense.budgetChecks(claimIds)),
    ratings: untypedGroupedLoader(async (cycleId, repIds) => {
      const found = await services.evaluation.ratingsOf(cycleId, repIds);
      return new Map(repIds.map((id) => [id, found.filter((rating) => rating.repId === id)]));
    }),
    evaluationTemplate: byIdLoader((ids) => dataSource.getRepository(EvaluationTemplateEntity).findBy({ id: In([...ids]) })),
    planVersions: childListLoader(
      (planIds) => services.incentive.versionsOf(planIds),
      (version) => version.planId,
    ),
  };
}

export type RepPerformanceContext = SubgraphContext<ReturnType<typeof createLoaders>, Services>;
