import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { BuyingRole, SocialStyle } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { allValid, badUserInput, definedOnly, optionalText, requiredText, saveVersioned, wholeNumber } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { CustomerService } from '../customer/customer.service';
import { ContactEntity, ContactRoleEntity } from './contact.entity';
import { ContactRepository } from './contact.repository';
import { AddContactInput, DeactivateContactInput, UpdateContactInput } from '../generated/resolvers.generated';

interface ContactFields {
  name?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  roles?: BuyingRole[] | null;
  socialStyle?: SocialStyle | null;
  influence?: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Contacts and their buying roles; changes are announced so reporting can flag customers without a coach. */
export class ContactService {
  private readonly contacts: ContactRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.contacts = new ContactRepository(dataSource);
  }

  async add(viewer: Viewer, input: AddContactInput): Promise<ContactEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const fields = validated(input, true);
    const roles = [...new Set(input.roles ?? [])];
    const contact = Object.assign(new ContactEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      name: fields.name as string,
      deactivatedAt: null,
      deactivatedBy: null,
      deactivatedReason: null,
      title: fields.title ?? null,
      phone: fields.phone ?? null,
      email: fields.email ?? null,
      socialStyle: input.socialStyle ?? null,
      influencePercent: fields.influencePercent ?? null,
      version: 1,
    });
    contact.roles = roles.map((role) => ({ contactId: contact.id, role }) as ContactRoleEntity);
    return transact(this.dataSource, async (manager) => {
      await this.contacts.insert(manager, contact, roles);
      await appendToOutbox(manager, [{ type: 'ContactChanged', aggregateId: contact.id, payload: { contactId: contact.id, customerId: customer.id, roles } }]);
      return contact;
    });
  }

  async update(viewer: Viewer, input: UpdateContactInput): Promise<ContactEntity> {
    const contact = await this.workable(viewer, input.id);
    const fields = validated(input, false);
    const changes: Partial<ContactEntity> = definedOnly({
      name: fields.name,
      title: fields.title,
      phone: fields.phone,
      email: fields.email,
      socialStyle: input.socialStyle,
      influencePercent: fields.influencePercent,
    });
    const roles = input.roles == null ? undefined : [...new Set(input.roles)];
    await saveVersioned(this.dataSource, ContactEntity, 'contact', contact, input.version, changes, async (manager) => {
      if (roles)
        await this.contacts.replaceRoles(
          manager,
          contact.id,
          (contact.roles ?? []).map((held) => held.role),
          roles,
        );
      await appendToOutbox(manager, [
        {
          type: 'ContactChanged',
          aggregateId: contact.id,
          payload: { contactId: contact.id, customerId: contact.customerId, roles: roles ?? (contact.roles ?? []).map((role) => role.role) },
        },
      ]);
    });
    const [updated] = await this.contacts.findByIds([contact.id]);
    return updated;
  }

  /**
   * Deactivates a contact who left the buying centre, from the version read, for whoever works on the customer: kept
   * with who, when and why for history (past visits still name them), hidden from the customer's contacts by default,
   * no longer filling their roles (a customer whose only coach left has no coach), and not chosen for new visits.
   */
  async deactivate(viewer: Viewer, input: DeactivateContactInput, now = new Date()): Promise<ContactEntity> {
    const reason = requiredText(input.reason ?? '', 'input.reason', 500);
    const contact = await this.workable(viewer, input.id);
    if (contact.deactivatedAt != null) throw badUserInput('input.id', 'the contact is already inactive');
    const changes: Partial<ContactEntity> = { deactivatedAt: now, deactivatedBy: viewer.subject, deactivatedReason: reason };
    await saveVersioned(this.dataSource, ContactEntity, 'contact', contact, input.version, changes, async (manager) => {
      await appendToOutbox(manager, [
        {
          type: 'ContactDeactivated',
          aggregateId: contact.id,
          payload: {
            contactId: contact.id,
            customerId: contact.customerId,
            roles: (contact.roles ?? []).map((role) => role.role),
            reason,
            deactivatedBy: viewer.subject,
            deactivatedAt: now.toISOString(),
          },
        },
      ]);
    });
    const [updated] = await this.contacts.findByIds([contact.id]);
    return updated;
  }

  /** The contact, if the viewer works on its customer; a contact is as visible as its customer, and both misses read the same. */
  private async workable(viewer: Viewer, id: string): Promise<ContactEntity> {
    const [contact] = await this.contacts.findByIds([id]);
    const missing = () => badUserInput('input.id', `no contact ${id} that you may work on`);
    if (!contact) throw missing();
    await this.customers.workable(viewer, contact.customerId, 'input.id').catch((error) => {
      throw (error as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT' ? missing() : error;
    });
    return contact;
  }
}

/** Every field of a contact checked at once: a form learns of each field to correct in one answer. */
function validated(input: ContactFields, nameRequired: boolean) {
  return allValid({
    name: () => (input.name == null && !nameRequired ? undefined : requiredText(input.name ?? '', 'input.name', 200)),
    title: () => optionalText(input.title, 'input.title', 200),
    phone: () => optionalText(input.phone, 'input.phone', 50),
    email: () => {
      const email = optionalText(input.email, 'input.email', 200);
      if (email && !EMAIL.test(email)) throw badUserInput('input.email', `"${email}" is not an email address`);
      return email;
    },
    influencePercent: () => (input.influence == null ? (input.influence as null | undefined) : wholeNumber(input.influence, 'input.influence', 0, 100)),
  });
}
