import { Resolvers } from '../generated/resolvers.generated';
import { pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';

const CURSOR_TYPE = 'Customer';

export const customerResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    customer: (_parent, { id }, { loaders }) => loaders.customer.load(id),
    customers: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.customers.list(viewer, args.filter ?? {}, page);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => row.id);
    },
  },
  Mutation: {
    createCustomer: (_parent, { input }, { viewer, services }) => services.customers.create(viewer, input),
  },
  Customer: {
    __resolveReference: (reference, { loaders }) => loaders.customer.load(reference.id),
    owner: (customer) => ({ __typename: 'SalesRep', id: (customer as { ownerId: string }).ownerId }),
  },
};
