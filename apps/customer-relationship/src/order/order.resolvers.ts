import { Resolvers } from '../generated/resolvers.generated';
import { CustomerRelationshipContext } from '../context';
import { OrderEntity } from './order.entity';

export const orderResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    order: (_parent, { id }, { loaders }) => loaders.order.load(id),
  },
  Mutation: {
    recordOrder: (_parent, { input }, { viewer, services }) => services.orders.record(viewer, input),
  },
  Order: {
    __resolveReference: (reference, { loaders }) => loaders.order.load(reference.id),
    customer: async (order, _args, { loaders }) => {
      const customer = await loaders.customer.load((order as OrderEntity).customerId);
      // Visible orders always have visible customers; a miss means the row vanished mid-request.
      if (!customer) throw new Error(`customer of order ${order.id} not found`);
      return customer;
    },
    rep: (order) => ({ __typename: 'SalesRep', id: (order as OrderEntity).repId }),
    total: (order) => (order as OrderEntity).totalMinor,
  },
};
