import { toConnection } from '@salesgraph/subgraph-kit';
import { sortedCursorType, sortedPageRequest } from '../sorting';
import { CustomerRelationshipContext } from '../context';
import { customerSortKey, DEFAULT_CUSTOMER_SORT } from '../customer/customer.repository';
import { Resolvers } from '../generated/resolvers.generated';

export const visitPolicyResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    visitPolicies: (_parent, _args, { services }) => services.visitPolicies.list(),
    overdueCustomers: async (_parent, args, { viewer, services }) => {
      const page = sortedPageRequest(args, 'Customer', DEFAULT_CUSTOMER_SORT);
      const [rows, total] = await services.customers.list(viewer, { ownerId: args.ownerId, teamId: args.teamId, overdue: true }, page);
      return toConnection(rows, page, total, sortedCursorType('Customer', DEFAULT_CUSTOMER_SORT), (row) => customerSortKey(row));
    },
  },
  Mutation: {
    setVisitPolicy: (_parent, { input }, { viewer, services }) => services.visitPolicies.set(viewer, input),
  },
};
