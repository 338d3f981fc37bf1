import { DataSource, EntityManager, In } from 'typeorm';
import { CustomerQualityProfileEntity } from './quality-profile.entity';

/** Profiles are keyed by their customer. */
export class QualityProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  findIn(manager: EntityManager, customerId: string): Promise<CustomerQualityProfileEntity | null> {
    return manager.findOneBy(CustomerQualityProfileEntity, { customerId });
  }

  insert(manager: EntityManager, profile: Partial<CustomerQualityProfileEntity>): Promise<unknown> {
    return manager.insert(CustomerQualityProfileEntity, profile);
  }

  /** Writes `changes` only if the profile is still at `version`; false when someone else changed it first. */
  async updateIfVersion(manager: EntityManager, customerId: string, version: number, changes: Partial<CustomerQualityProfileEntity>): Promise<boolean> {
    // Keyed by its customer, not `id`, so not the kit's updateIfVersion: the same guarded UPDATE by hand.
    const updated = await manager
      .createQueryBuilder()
      .update(CustomerQualityProfileEntity)
      .set({ ...changes, version: version + 1 })
      .where('customer_id = :id AND version = :version', { id: customerId, version })
      .execute();
    return updated.affected === 1;
  }

  profilesOf(customerIds: readonly string[]): Promise<CustomerQualityProfileEntity[]> {
    return this.dataSource.getRepository(CustomerQualityProfileEntity).findBy({ customerId: In([...customerIds]) });
  }
}
