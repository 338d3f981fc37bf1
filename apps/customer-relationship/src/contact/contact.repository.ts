import { DataSource, EntityManager, In } from 'typeorm';
import { ContactEntity, ContactRoleEntity } from './contact.entity';

export class ContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Contacts of several customers with their roles, by name: one query for a page. */
  findByCustomers(customerIds: readonly string[]): Promise<ContactEntity[]> {
    return this.dataSource.getRepository(ContactEntity).find({
      where: { customerId: In([...customerIds]) },
      relations: { roles: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<ContactEntity[]> {
    return this.dataSource.getRepository(ContactEntity).find({ where: { id: In([...ids]) }, relations: { roles: true } });
  }

  async insert(manager: EntityManager, contact: ContactEntity, roles: readonly string[]): Promise<void> {
    await manager.insert(ContactEntity, { ...contact, roles: undefined });
    await this.replaceRoles(manager, contact.id, roles);
  }

  async replaceRoles(manager: EntityManager, contactId: string, roles: readonly string[]): Promise<void> {
    await manager.delete(ContactRoleEntity, { contactId });
    if (roles.length) await manager.insert(ContactRoleEntity, roles.map((role) => ({ contactId, role }) as ContactRoleEntity));
  }
}
