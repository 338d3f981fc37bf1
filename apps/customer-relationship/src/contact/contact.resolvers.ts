import { idempotent } from '@salesgraph/subgraph-kit';
import { approachAdvice, hasCoach } from '@salesgraph/domain';
import { CustomerRelationshipContext, parentCustomer } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

/** A contact is visible only through a customer the viewer may see. */
async function visibleContact(loaders: CustomerRelationshipContext['loaders'], id: string) {
  const contact = await loaders.contact.load(id);
  return contact && (await loaders.customer.load(contact.customerId)) ? contact : null;
}

export const contactResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    addContact: (_parent, { input }, context) =>
      idempotent(
        context,
        'addContact',
        input,
        () => context.services.contacts.add(context.viewer, input),
        (id) => context.loaders.contact.load(id),
      ),
    updateContact: (_parent, { input }, { viewer, services }) => services.contacts.update(viewer, input),
    deactivateContact: (_parent, { input }, { viewer, services }) => services.contacts.deactivate(viewer, input),
  },
  Customer: {
    contacts: (customer, { includeInactive }, { loaders }) => (includeInactive ? loaders.contactsWithInactive : loaders.contacts).load(customer.id),
    hasCoach: async (customer, _args, { loaders }) =>
      hasCoach((await loaders.contacts.load(customer.id)).map((contact) => ({ roles: (contact.roles ?? []).map((role) => role.role) }))),
  },
  Query: {
    contact: (_parent, { id }, { loaders }) => visibleContact(loaders, id),
  },
  Contact: {
    __resolveReference: (reference, { loaders }) => visibleContact(loaders, reference.id),
    customer: (contact, _args, { loaders }) => parentCustomer(loaders, contact, 'contact'),
    roles: (contact) => (contact.roles ?? []).map((role) => role.role).sort(),
    approachAdvice: (contact) => (contact.socialStyle ? approachAdvice(contact.socialStyle) : null),
    influence: (contact) => contact.influencePercent,
    active: (contact) => contact.deactivatedAt == null,
    deactivation: (contact) =>
      contact.deactivatedAt != null && contact.deactivatedBy != null && contact.deactivatedReason != null
        ? { reason: contact.deactivatedReason, by: contact.deactivatedBy, at: contact.deactivatedAt }
        : null,
  },
};
