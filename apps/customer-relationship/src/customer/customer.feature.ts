import { byIdLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerEntity } from './customer.entity';
import customerSdl from './customer.graphql';
import { CustomerRepository } from './customer.repository';
import { customerResolvers } from './customer.resolvers';
import { CustomerService } from './customer.service';

/** Customers: filed, described, moved through their statuses; every loader of them applies the viewer's row scope. */
export const customerFeature = defineFeature({
  name: 'customer',
  // The root types every feature's SDL extends (docs/architecture.md#adding-a-feature).
  typeDefs: [customerSdl],
  resolvers: customerResolvers,
  entities: [CustomerEntity],
  services: ({ dataSource }: ServiceDeps) => ({ customers: new CustomerService(dataSource) }),
  loaders: ({ dataSource, viewer }: LoaderDeps) => {
    const customers = new CustomerRepository(dataSource);
    return { customer: byIdLoader((ids) => customers.findVisibleByIds(viewer, ids)) };
  },
});
