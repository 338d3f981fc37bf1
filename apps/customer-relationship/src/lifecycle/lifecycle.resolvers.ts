import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const lifecycleResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    runCustomerLifecycle: (_parent, _args, { viewer, services }) => services.lifecycle.runNow(viewer),
  },
};
