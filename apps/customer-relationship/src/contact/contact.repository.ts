import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ContactEntity, ContactRoleEntity } from './contact.entity';

export class ContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Contacts of several customers with their roles, by name: one query for a page. Active ones only unless `withInactive`. */
  findByCustomers(customerIds: readonly string[], withInactive = false): Promise<ContactEntity[]> {
    return this.dataSource.getRepository(ContactEntity).find({
      where: withInactive ? { customerId: In([...customerIds]) } : { customerId: In([...customerIds]), deactivatedAt: IsNull() },
      relations: { roles: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<ContactEntity[]> {
    return this.dataSource.getRepository(ContactEntity).find({ where: { id: In([...ids]) }, relations: { roles: true } });
  }

  async insert(manager: EntityManager, contact: ContactEntity, roles: readonly string[]): Promise<void> {
    await manager.insert(ContactEntity, { ...contact, roles: undefined });
    // A new contact has no roles to clear: a DELETE here would only take gap locks that deadlock parallel inserts on MySQL.
    if (roles.length)
      await manager.insert(
        ContactRoleEntity,
        roles.map((role) => ({ contactId: contact.id, role }) as ContactRoleEntity),
      );
  }

  /** Moves a contact from the roles it holds to `roles`, touching only the ones that change. */
  async replaceRoles(manager: EntityManager, contactId: string, held: readonly string[], roles: readonly string[]): Promise<void> {
    const dropped = held.filter((role) => !roles.includes(role));
    const added = roles.filter((role) => !held.includes(role));
    if (dropped.length) await manager.delete(ContactRoleEntity, { contactId, role: In(dropped) });
    if (added.length)
      await manager.insert(
        ContactRoleEntity,
        added.map((role) => ({ contactId, role }) as ContactRoleEntity),
      );
  }
}
