import { compositeKey, idempotent, pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

const CURSOR_TYPE = 'CompetitorIntelligence';

export const competitorIntelligenceResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    competitorIntelligence: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.intelligence.list(viewer, args.filter ?? {}, page);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => compositeKey(new Date(row.recordedAt), row.id));
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
