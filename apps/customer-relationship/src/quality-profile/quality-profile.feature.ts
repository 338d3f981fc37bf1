import { childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { CustomerQualityProfileEntity } from './quality-profile.entity';
import qualityProfileSdl from './quality-profile.graphql';
import { qualityProfileResolvers } from './quality-profile.resolvers';
import { QualityProfileService } from './quality-profile.service';

/** A customer's quality profile. */
export const qualityProfileFeature = defineFeature({
  name: 'quality-profile',
  typeDefs: [qualityProfileSdl],
  resolvers: qualityProfileResolvers,
  entities: [CustomerQualityProfileEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    qualityProfiles: new QualityProfileService(dataSource, services.customers),
  }),
  loaders: ({ services }: LoaderDeps<{ qualityProfiles: QualityProfileService }>) => ({
    qualityProfile: childListLoader(
      (ids) => services.qualityProfiles.profilesOf(ids),
      (row) => row.customerId,
    ),
  }),
});
