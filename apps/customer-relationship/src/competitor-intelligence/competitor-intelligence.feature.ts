import { defineFeature, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { CompetitorIntelligenceEntity } from './competitor-intelligence.entity';
import competitorIntelligenceSdl from './competitor-intelligence.graphql';
import { competitorIntelligenceResolvers } from './competitor-intelligence.resolvers';
import { CompetitorIntelligenceService } from './competitor-intelligence.service';

/** What reps learn of competitors at their customers. */
export const competitorIntelligenceFeature = defineFeature({
  name: 'competitor-intelligence',
  typeDefs: [competitorIntelligenceSdl],
  resolvers: competitorIntelligenceResolvers,
  entities: [CompetitorIntelligenceEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    intelligence: new CompetitorIntelligenceService(dataSource, services.customers),
  }),
});
