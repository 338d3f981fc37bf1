import { OwnerKind, Period } from '@salesgraph/domain';
import { forbidden } from '@salesgraph/subgraph-kit';
import { canSeeOwner, teamBranchesFrom } from '../access';
import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { KpiReport, shownKpiNumber } from './kpi.service';

/** An owner's KPIs through the batched loader; FORBIDDEN, so null with its error at the field's path, when the viewer may not see them (docs/architecture.md#errors). */
const REFUSALS: Record<OwnerKind, string> = {
  COMPANY: 'Company figures are for directors, analysts and admins',
  BRANCH: "A branch's figures are for its head, directors, analysts and admins",
  TEAM: "A team's figures are for its manager, its branch's head, directors, analysts and admins",
  REP: "A rep's figures are for the rep, their manager, their branch's head, directors, analysts and admins",
};

export async function ownerKpis(
  context: RepPerformanceContext,
  kind: OwnerKind,
  id: string,
  period: Period,
  repTeamId?: string | null,
): Promise<KpiReport | null> {
  if (!(await canSeeOwner(context.viewer, teamBranchesFrom(context.loaders.team), kind, id, repTeamId))) throw forbidden(REFUSALS[kind]);
  return context.loaders.kpiReport.load({ group: { kind, period }, id });
}

export const kpiResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    companyKpis: (_parent, { period }, context) => ownerKpis(context, 'COMPANY', 'company', period),
  },
  KpiReport: {
    period: (report) => report.period.label,
    firstDay: (report) => report.period.firstDay,
    lastDay: (report) => report.period.lastDay,
    kpi: (report, { key }) => {
      const kpi = report.kpis.find((candidate) => candidate.key === key);
      if (!kpi) throw new Error(`KPI ${key} missing from the report`);
      return kpi;
    },
  },
  Kpi: {
    value: (kpi) => shownKpiNumber(kpi.unit, kpi.value),
    target: (kpi) => shownKpiNumber(kpi.unit, kpi.target),
  },
  KpiFact: {
    value: (fact) => shownKpiNumber(fact.unit, fact.value) as number,
  },
};
