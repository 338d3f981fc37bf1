import { rowScope, scopeCovers, Viewer } from '@salesgraph/auth';
import { Period } from '@salesgraph/domain';
import { forbidden, SubgraphContext } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RepDimensionRepository } from './rep-dimension/rep-dimension.repository';
import { RevenueRepository } from './revenue/revenue.repository';

export function createServices(_dataSource: DataSource) {
  return {};
}

export function createLoaders(dataSource: DataSource, viewer: Viewer) {
  const revenue = new RevenueRepository(dataSource);
  const reps = new RepDimensionRepository(dataSource);

  /** Of these reps, the ones whose figures the viewer may see: themselves, their team's (manager), their branch's (branch head), or all. */
  const visibleReps = async (repIds: readonly string[]): Promise<Set<string>> => {
    const scope = rowScope(viewer, { branches: true });
    if (scope.kind === 'ALL') return new Set(repIds);
    const visible = new Set(repIds.filter((id) => id === viewer.repId));
    if (scope.kind === 'TEAM' || scope.kind === 'BRANCH') {
      const others = repIds.filter((id) => id !== viewer.repId);
      if (others.length)
        for (const rep of await reps.findByIds(others))
          if (scopeCovers(scope, { repId: rep.id, teamId: rep.teamId, branchId: rep.branchId })) visible.add(rep.id);
    }
    return visible;
  };

  const revenueByPeriod = new Map<string, DataLoader<string, number>>();
  return {
    /**
     * Revenue in minor units for a rep in a period, or FORBIDDEN: per batch one
     * SQL statement per period, plus one for a manager's team check.
     */
    revenue: (period: Period) => {
      let loader = revenueByPeriod.get(period.label);
      if (!loader) {
        loader = new DataLoader<string, number>(async (repIds) => {
          const visible = await visibleReps(repIds);
          const sums = visible.size ? await revenue.byRep([...visible], period) : new Map<string, number>();
          return repIds.map((id) => (visible.has(id) ? (sums.get(id) ?? 0) : forbidden("You may not see this rep's figures")));
        });
        revenueByPeriod.set(period.label, loader);
      }
      return loader;
    },
  };
}

export type ReportingContext = SubgraphContext<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>>;
