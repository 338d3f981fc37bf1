import { DEFAULT_STAGE_PROBABILITY, weightedAmount } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { opportunityList } from './opportunity.repository';
import { CustomerRelationshipContext, parentCustomer } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const opportunityResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    opportunity: (_parent, { id }, { loaders }) => loaders.opportunity.load(id),
    opportunities: async (_parent, args, { viewer, services }) => {
      const page = opportunityList.page(args, args.sort);
      const [rows, total] = await services.opportunities.list(viewer, args.filter ?? {}, page);
      return opportunityList.connection(rows, page, total);
    },
    pipeline: async (_parent, { filter }, { viewer, services }) => {
      const pipeline = await services.opportunities.pipeline(viewer, filter ?? {});
      return {
        count: pipeline.count,
        amount: pipeline.amountMinor,
        weightedAmount: pipeline.weightedMinor,
        stages: pipeline.stages.map((row) => ({
          stage: row.stage,
          probability: DEFAULT_STAGE_PROBABILITY[row.stage],
          count: row.count,
          amount: row.amountMinor,
          weightedAmount: row.weightedMinor,
        })),
      };
    },
  },
  Mutation: {
    createOpportunity: (_parent, { input }, context) =>
      idempotent(
        context,
        'createOpportunity',
        input,
        () => context.services.opportunities.create(context.viewer, input),
        (id) => context.loaders.opportunity.load(id),
      ),
    moveOpportunityStage: (_parent, { input }, { viewer, services }) => services.opportunities.move(viewer, input),
    reopenOpportunity: (_parent, { input }, { viewer, services }) => services.opportunities.reopen(viewer, input),
    updateOpportunity: (_parent, { input }, { viewer, services }) => services.opportunities.update(viewer, input),
  },
  OpportunityChange: {
    amountBefore: (change) => change.amountBeforeMinor,
    amountAfter: (change) => change.amountAfterMinor,
    expectedCloseDateBefore: (change) => change.closeBefore,
    expectedCloseDateAfter: (change) => change.closeAfter,
    productsBefore: (change) => JSON.parse(change.productsBefore) as string[],
    productsAfter: (change) => JSON.parse(change.productsAfter) as string[],
  },
  Customer: {
    openOpportunities: (customer, _args, { loaders }) => loaders.openOpportunities.load(customer.id),
  },
  Opportunity: {
    __resolveReference: (reference, { loaders }) => loaders.opportunity.load(reference.id),
    customer: (opportunity, _args, { loaders }) => parentCustomer(loaders, opportunity, 'opportunity'),
    owner: (opportunity) => ({ __typename: 'SalesRep', id: opportunity.ownerId }),
    amount: (opportunity) => opportunity.amountMinor,
    weightedAmount: (opportunity) => weightedAmount(opportunity.amountMinor, opportunity.stage),
    probability: (opportunity) => DEFAULT_STAGE_PROBABILITY[opportunity.stage],
    competitors: (opportunity) => JSON.parse(opportunity.competitors) as string[],
    products: (opportunity) => JSON.parse(opportunity.products) as string[],
    stageHistory: (opportunity, _args, { loaders }) => loaders.stageHistory.load(opportunity.id),
    changes: (opportunity, _args, { loaders }) => loaders.opportunityChanges.load(opportunity.id),
    decisionMakerCount: async (opportunity, _args, { loaders }) =>
      (await loaders.contacts.load(opportunity.customerId)).filter((contact) => (contact.roles ?? []).some((role) => role.role === 'DECISION_MAKER')).length,
  },
};
