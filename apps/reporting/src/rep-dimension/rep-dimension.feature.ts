import { rowScope, scopeCovers } from '@salesgraph/auth';
import { defineFeature, LoaderDeps } from '@salesgraph/subgraph-kit';
import { RepDimensionEntity } from './rep-dimension.entity';
import { repDimensionProjection } from './rep-dimension.projection';
import { RepDimensionRepository } from './rep-dimension.repository';

/** Of some reps, the ones whose figures the viewer may see. */
export type VisibleReps = (repIds: readonly string[]) => Promise<Set<string>>;

/** Who each rep is and where they sit, as rep-performance announces it: the scope every figure is checked against. */
export const repDimensionFeature = defineFeature({
  name: 'rep-dimension',
  entities: [RepDimensionEntity],
  projections: [{ feed: 'rep-performance', defaultPort: 4002, handlers: repDimensionProjection }],
  headedBranch: (dataSource, repId) => new RepDimensionRepository(dataSource).headedBranch(repId),
  loaders: ({ dataSource, viewer }: LoaderDeps) => {
    const reps = new RepDimensionRepository(dataSource);
    /** Themselves, their team's (manager), their branch's (branch head), or all. */
    const visibleReps: VisibleReps = async (repIds) => {
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
    return { visibleReps };
  },
});
