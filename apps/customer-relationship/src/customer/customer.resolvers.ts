import { allowedNextStatuses, daysOverdue, isVisitOverdue, owesVisits, visitDueAt } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { CustomerEntity } from './customer.entity';
import { customerList } from './customer.repository';

/** The class's interval, from the request's one read of the policies. */
async function intervalDays(customer: CustomerEntity, { loaders }: CustomerRelationshipContext): Promise<number> {
  const policy = (await loaders.visitPolicies()).get(customer.class);
  if (!policy) throw new Error(`no visit policy for class ${customer.class}`);
  return policy.intervalDays;
}

export const customerResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    customer: (_parent, { id }, { loaders }) => loaders.customer.load(id),
    customers: async (_parent, args, { viewer, services }) => {
      const page = customerList.page(args, args.sort);
      const [rows, total] = await services.customers.list(viewer, args.filter ?? {}, page);
      return customerList.connection(rows, page, total);
    },
  },
  Mutation: {
    createCustomer: (_parent, { input }, context) =>
      idempotent(
        context,
        'createCustomer',
        input,
        () => context.services.customers.create(context.viewer, input),
        (id) => context.loaders.customer.load(id),
      ),
    updateCustomer: (_parent, { input }, { viewer, services }) => services.customers.update(viewer, input),
    changeCustomerStatus: (_parent, { input }, { viewer, services }) => services.customers.changeStatus(viewer, input),
  },
  Customer: {
    __resolveReference: (reference, { loaders }) => loaders.customer.load(reference.id),
    owner: (customer) => ({ __typename: 'SalesRep', id: customer.ownerId }),
    nextVisitDueAt: async (customer, _args, context) => visitDueAt(customer.lastVisitAt, new Date(customer.createdAt), await intervalDays(customer, context)),
    visitOverdue: async (customer, _args, context) =>
      owesVisits(customer.status) && isVisitOverdue(customer.lastVisitAt, new Date(customer.createdAt), await intervalDays(customer, context), new Date()),
    daysOverdue: async (customer, _args, context) =>
      owesVisits(customer.status) ? daysOverdue(customer.lastVisitAt, new Date(customer.createdAt), await intervalDays(customer, context), new Date()) : 0,
    allowedNextStatuses: (customer) => [...allowedNextStatuses(customer.status)],
  },
};
