import { Period } from '@salesgraph/domain';
import { childListLoader, defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { KpiService } from '../kpi/kpi.service';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { IncentivePeriodCloseEntity, IncentivePlanEntity, IncentivePlanVersionEntity, IncentiveStatementEntity } from './incentive.entity';
import incentiveSdl from './incentive.graphql';
import { incentiveResolvers } from './incentive.resolvers';
import { IncentiveService, Statement } from './incentive.service';

/** Published commission plans and the statements they produce. */
export const incentiveFeature = defineFeature({
  name: 'incentive',
  typeDefs: [incentiveSdl],
  resolvers: incentiveResolvers,
  entities: [IncentivePlanEntity, IncentivePlanVersionEntity, IncentiveStatementEntity, IncentivePeriodCloseEntity],
  services: ({ dataSource, services }: ServiceDeps<{ kpi: KpiService }>) => ({ incentive: new IncentiveService(dataSource, services.kpi) }),
  loaders: ({ services, loaders }: LoaderDeps<{ incentive: IncentiveService }, { salesRep: DataLoader<string, SalesRepEntity | null> }>) => ({
    /** Reps' commission statements for one period: one round of queries per period. */
    statement: groupedLoader<Period, Statement>(
      (period) => period.label,
      async (period, ids) => {
        const found = (await loaders.salesRep.loadMany(ids)).filter((rep): rep is SalesRepEntity => !!rep && !(rep instanceof Error));
        return services.incentive.statements(found, period);
      },
    ),
    planVersions: childListLoader(
      (planIds) => services.incentive.versionsOf(planIds),
      (version) => version.planId,
    ),
  }),
});
