import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { OpportunityChangeEntity, OpportunityEntity, OpportunityStageHistoryEntity } from './opportunity.entity';
import opportunitySdl from './opportunity.graphql';
import { OpportunityRepository } from './opportunity.repository';
import { opportunityResolvers } from './opportunity.resolvers';
import { OpportunityService } from './opportunity.service';

/** Opportunities through their stages, with their history and changes. */
export const opportunityFeature = defineFeature({
  name: 'opportunity',
  typeDefs: [opportunitySdl],
  resolvers: opportunityResolvers,
  entities: [OpportunityEntity, OpportunityStageHistoryEntity, OpportunityChangeEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    opportunities: new OpportunityService(dataSource, services.customers),
  }),
  loaders: ({ dataSource, viewer, services }: LoaderDeps<{ opportunities: OpportunityService }>) => {
    const opportunities = new OpportunityRepository(dataSource);
    return {
      opportunity: byIdLoader((ids) => opportunities.findVisibleByIds(viewer, ids)),
      openOpportunities: childListLoader(
        (ids) => opportunities.openOf(ids),
        (row) => row.customerId,
      ),
      stageHistory: childListLoader(
        (ids) => opportunities.historyOf(ids),
        (row) => row.opportunityId,
      ),
      opportunityChanges: childListLoader(
        (ids) => services.opportunities.changesOf(ids),
        (row) => row.opportunityId,
      ),
    };
  },
});
