import { forbidden } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { maySeeQualityProfile } from './quality-profile.service';

export const qualityProfileResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    setCustomerQualityProfile: (_parent, { input }, { viewer, services }) => services.qualityProfiles.set(viewer, input),
  },
  Customer: {
    qualityProfile: async (customer, _args, { viewer, loaders }) => {
      // Refused, not absent: null with FORBIDDEN at its path, the rest of the customer answered (docs/architecture.md#errors).
      if (!maySeeQualityProfile(viewer)) throw forbidden("A customer's quality profile is for its owner and managers");
      const [profile] = await loaders.qualityProfile.load(customer.id);
      return profile ?? null;
    },
  },
};
