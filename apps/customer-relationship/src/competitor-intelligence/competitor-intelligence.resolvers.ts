import { idempotent } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { competitorIntelligenceList } from './competitor-intelligence.repository';

export const competitorIntelligenceResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    competitorIntelligence: async (_parent, args, { viewer, services }) => {
      const page = competitorIntelligenceList.page(args);
      const [rows, total] = await services.intelligence.list(viewer, args.filter ?? {}, page);
      return competitorIntelligenceList.connection(rows, page, total);
    },
  },
  Mutation: {
    recordCompetitorIntelligence: (_parent, { input }, context) =>
      idempotent(
        context,
        'recordCompetitorIntelligence',
        input,
        () => context.services.intelligence.record(context.viewer, input),
        (id) => context.services.intelligence.findById(id),
      ),
  },
  CompetitorIntelligence: {
    customer: (note, _args, { loaders }) => (note.customerId ? loaders.customer.load(note.customerId) : null),
    opportunity: (note, _args, { loaders }) => (note.opportunityId ? loaders.opportunity.load(note.opportunityId) : null),
  },
};
