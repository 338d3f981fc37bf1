import { childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { CustomerAssignmentEntity } from './customer-assignment.entity';
import customerAssignmentSdl from './customer-assignment.graphql';
import { customerAssignmentResolvers } from './customer-assignment.resolvers';
import { CustomerAssignmentService } from './customer-assignment.service';

/** Moving a customer to another rep, and the history of who had it. */
export const customerAssignmentFeature = defineFeature({
  name: 'customer-assignment',
  typeDefs: [customerAssignmentSdl],
  resolvers: customerAssignmentResolvers,
  entities: [CustomerAssignmentEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    assignments: new CustomerAssignmentService(dataSource, services.customers),
  }),
  loaders: ({ services }: LoaderDeps<{ assignments: CustomerAssignmentService }>) => ({
    assignmentHistory: childListLoader(
      (ids) => services.assignments.historyOf(ids),
      (row) => row.customerId,
    ),
  }),
});
