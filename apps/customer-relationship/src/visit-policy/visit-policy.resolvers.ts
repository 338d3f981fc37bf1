import { CustomerRelationshipContext } from '../context';
import { customerList } from '../customer/customer.repository';
import { Resolvers } from '../generated/resolvers.generated';

export const visitPolicyResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    visitPolicies: (_parent, _args, { services }) => services.visitPolicies.list(),
    overdueCustomers: async (_parent, args, { viewer, services }) => {
      // By name, as customers are by default: a cursor of one continues the other.
      const page = customerList.page(args);
      const [rows, total] = await services.customers.list(viewer, { ownerId: args.ownerId, teamId: args.teamId, overdue: true }, page);
      return customerList.connection(rows, page, total);
    },
  },
  Mutation: {
    setVisitPolicy: (_parent, { input }, { viewer, services }) => services.visitPolicies.set(viewer, input),
  },
};
