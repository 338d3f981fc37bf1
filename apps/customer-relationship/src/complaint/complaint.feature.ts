import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { ComplaintEntity } from './complaint.entity';
import complaintSdl from './complaint.graphql';
import { complaintResolvers } from './complaint.resolvers';
import { ComplaintService } from './complaint.service';

/** Customers' complaints, from filing to resolution. */
export const complaintFeature = defineFeature({
  name: 'complaint',
  typeDefs: [complaintSdl],
  resolvers: complaintResolvers,
  entities: [ComplaintEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({ complaints: new ComplaintService(dataSource, services.customers) }),
  loaders: ({ viewer, services }: LoaderDeps<{ complaints: ComplaintService }>) => ({
    openComplaints: childListLoader(
      (ids) => services.complaints.openOf(ids),
      (row) => row.customerId,
    ),
    complaint: byIdLoader((ids) => services.complaints.findVisibleByIds(viewer, ids, true)),
  }),
});
