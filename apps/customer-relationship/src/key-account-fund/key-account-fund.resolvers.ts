import { idempotent } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const keyAccountFundResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    setKeyAccountFund: (_parent, { input }, { viewer, services }) => services.keyAccountFunds.setBudget(viewer, input),
    drawKeyAccountFund: (_parent, { input }, context) =>
      idempotent(
        context,
        'drawKeyAccountFund',
        input,
        () => context.services.keyAccountFunds.draw(context.viewer, input),
        (id) => context.loaders.customer.load(id),
      ),
  },
  Customer: {
    keyAccountFund: (customer) => (customer.class === 'A' && customer.keyAccountFundMinor != null ? customer : null),
  },
  KeyAccountFund: {
    budget: (customer) => customer.keyAccountFundMinor ?? 0,
    spent: (customer) => customer.keyAccountFundSpentMinor ?? 0,
    remaining: (customer) => (customer.keyAccountFundMinor ?? 0) - (customer.keyAccountFundSpentMinor ?? 0),
    entries: (customer, _args, { loaders }) => loaders.keyAccountFundEntries.load(customer.id),
  },
  KeyAccountFundEntry: {
    amount: (entry) => entry.amountMinor,
  },
};
