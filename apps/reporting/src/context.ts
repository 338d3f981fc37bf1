import { rowScope, Viewer } from '@salesgraph/auth';
import { parsePeriod, Period, PeriodFormatError } from '@salesgraph/domain';
import { badUserInput, byIdLoader, forbidden, SubgraphContext } from '@salesgraph/subgraph-kit';
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
  const repDimension = byIdLoader((ids) => reps.findByIds(ids));
  const revenueByPeriod = new Map<string, DataLoader<string, number>>();
  return {
    /** Revenue in minor units for a rep in a period: one SQL statement per period per request. */
    revenue: (period: Period) => {
      let loader = revenueByPeriod.get(period.label);
      if (!loader) {
        loader = new DataLoader<string, number>(async (repIds) => {
          const sums = await revenue.byRep(repIds, period);
          return repIds.map((id) => sums.get(id) ?? 0);
        });
        revenueByPeriod.set(period.label, loader);
      }
      return loader;
    },
    /** Throws FORBIDDEN unless the viewer may see this rep's figures. */
    assertCanSeeRep: async (repId: string) => {
      const scope = rowScope(viewer);
      if (scope.kind === 'ALL' || viewer.repId === repId) return;
      if (scope.kind === 'TEAM' && (await repDimension.load(repId))?.teamId === scope.teamId) return;
      throw forbidden("You may not see this rep's figures");
    },
  };
}

/** `period` as typed by a person, or BAD_USER_INPUT naming the argument. */
export function periodArgument(text: string, field = 'period'): Period {
  try {
    return parsePeriod(text);
  } catch (error) {
    if (error instanceof PeriodFormatError) throw badUserInput(field, error.message);
    throw error;
  }
}

export type ReportingContext = SubgraphContext<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>>;
