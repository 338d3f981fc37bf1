import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { ContactEntity, ContactRoleEntity } from './contact.entity';
import contactSdl from './contact.graphql';
import { ContactRepository } from './contact.repository';
import { contactResolvers } from './contact.resolvers';
import { ContactService } from './contact.service';

/** The people at a customer and the roles they play in a sale. */
export const contactFeature = defineFeature({
  name: 'contact',
  typeDefs: [contactSdl],
  resolvers: contactResolvers,
  entities: [ContactEntity, ContactRoleEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({ contacts: new ContactService(dataSource, services.customers) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const contacts = new ContactRepository(dataSource);
    return {
      contact: byIdLoader((ids) => contacts.findByIds(ids)),
      contacts: childListLoader(
        (ids) => contacts.findByCustomers(ids),
        (row) => row.customerId,
      ),
      contactsWithInactive: childListLoader(
        (ids) => contacts.findByCustomers(ids, true),
        (row) => row.customerId,
      ),
    };
  },
});
