import { pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { customerSortKey } from '../customer/customer.repository';
import { Resolvers } from '../generated/resolvers.generated';

export const visitPolicyResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    visitPolicies: (_parent, _args, { services }) => services.visitPolicies.list(),
    overdueCustomers: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, 'Customer');
      const [rows, total] = await services.customers.list(viewer, { ownerId: args.ownerId, teamId: args.teamId, overdue: true }, page);
      return toConnection(rows, page, total, 'Customer', (row) => customerSortKey(row));
    },
  },
  Mutation: {
    setVisitPolicy: (_parent, { input }, { viewer, services }) => services.visitPolicies.set(viewer, input),
  },
};
