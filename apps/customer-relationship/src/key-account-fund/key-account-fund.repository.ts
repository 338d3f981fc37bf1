import { DataSource, EntityManager, In } from 'typeorm';
import { KeyAccountFundEntryEntity } from './key-account-fund-entry.entity';

export class KeyAccountFundRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, entry: KeyAccountFundEntryEntity): Promise<unknown> {
    return manager.insert(KeyAccountFundEntryEntity, entry);
  }

  /** Draws of several customers, newest first: one query for a page. */
  entriesOf(customerIds: readonly string[]): Promise<KeyAccountFundEntryEntity[]> {
    return this.dataSource.getRepository(KeyAccountFundEntryEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { recordedAt: 'DESC', id: 'ASC' },
    });
  }
}
