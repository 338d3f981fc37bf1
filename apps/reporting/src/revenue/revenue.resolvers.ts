import { ReportingContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const revenueResolvers: Resolvers<ReportingContext> = {
  SalesRep: {
    __resolveReference: (reference) => reference,
    // Every rep asked for is fetched (a rep with no orders sums to 0), so null never comes back.
    revenue: async (rep, args, { loaders }) => (await loaders.revenue.load({ group: args.period, id: rep.id as string })) ?? 0,
  },
};
