import { Resolvers } from '../generated/resolvers.generated';
import { periodArgument } from '@salesgraph/subgraph-kit';
import { ReportingContext } from '../context';

export const revenueResolvers: Resolvers<ReportingContext> = {
  SalesRep: {
    __resolveReference: (reference) => reference,
    revenue: (rep, args, { loaders }) => loaders.revenue(periodArgument(args.period)).load(rep.id as string),
  },
};
