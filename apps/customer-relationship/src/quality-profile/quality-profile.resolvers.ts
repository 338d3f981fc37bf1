import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { maySeeQualityProfile } from './quality-profile.service';

export const qualityProfileResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    setCustomerQualityProfile: (_parent, { input }, { viewer, services }) => services.qualityProfiles.set(viewer, input),
  },
  Customer: {
    qualityProfile: async (customer, _args, { viewer, loaders }) => {
      if (!maySeeQualityProfile(viewer)) return null;
      const [profile] = await loaders.qualityProfile.load(customer.id);
      return profile ?? null;
    },
  },
};
