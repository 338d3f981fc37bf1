import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const visitPolicyResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    visitPolicies: (_parent, _args, { services }) => services.visitPolicies.list(),
  },
  Mutation: {
    setVisitPolicy: (_parent, { input }, { viewer, services }) => services.visitPolicies.set(viewer, input),
  },
};
