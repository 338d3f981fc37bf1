import { Resolvers } from '../generated/resolvers.generated';
import { periodArgument, ReportingContext } from '../context';

export const revenueResolvers: Resolvers<ReportingContext> = {
  SalesRep: {
    __resolveReference: (reference) => reference,
    revenue: async (rep, args, { loaders }) => {
      const period = periodArgument(args.period);
      await loaders.assertCanSeeRep(rep.id as string);
      return loaders.revenue(period).load(rep.id as string);
    },
  },
};
