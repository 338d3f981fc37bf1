import { Period } from '@salesgraph/domain';
import { defineFeature, forbidden, groupedLoader, LoaderDeps } from '@salesgraph/subgraph-kit';
import { VisibleReps } from '../rep-dimension/rep-dimension.feature';
import { CreditNoteFactEntity, OrderFactEntity, RepDailyRevenueEntity } from './order-fact.entity';
import revenueSdl from './revenue.graphql';
import { revenueProjection } from './revenue.projection';
import { RevenueRepository } from './revenue.repository';
import { revenueResolvers } from './revenue.resolvers';

/** Revenue per rep and period, from customer-relationship's orders and credit notes. */
export const revenueFeature = defineFeature({
  name: 'revenue',
  typeDefs: [revenueSdl],
  resolvers: revenueResolvers,
  entities: [OrderFactEntity, CreditNoteFactEntity, RepDailyRevenueEntity],
  projections: [{ feed: 'customer-relationship', defaultPort: 4001, handlers: revenueProjection }],
  loaders: ({ dataSource, loaders }: LoaderDeps<unknown, { visibleReps: VisibleReps }>) => {
    const revenue = new RevenueRepository(dataSource);
    return {
      /**
       * Revenue in minor units for a rep in a period, or FORBIDDEN: per batch one
       * SQL statement per period, plus one for a manager's team check.
       */
      revenue: groupedLoader<Period, number>(
        (period) => period.label,
        async (period, repIds) => {
          const visible = await loaders.visibleReps(repIds);
          const sums = visible.size ? await revenue.byRep([...visible], period) : new Map<string, number>();
          return new Map(repIds.map((id) => [id, visible.has(id) ? (sums.get(id) ?? 0) : forbidden("You may not see this rep's figures")]));
        },
      ),
    };
  },
});
