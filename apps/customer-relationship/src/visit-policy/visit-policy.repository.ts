import { CustomerClass } from '@salesgraph/domain';
import { DataSource, EntityManager } from 'typeorm';
import { VisitPolicyEntity } from './visit-policy.entity';

const DAY_MS = 86_400_000;

export class VisitPolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(): Promise<VisitPolicyEntity[]> {
    return this.dataSource.getRepository(VisitPolicyEntity).find({ order: { class: 'ASC' } });
  }

  /** Per class, the instant before which a last visit (or filing) makes a customer overdue now. */
  async overdueThresholds(now: Date): Promise<Map<CustomerClass, Date>> {
    return new Map((await this.findAll()).map((policy) => [policy.class, new Date(now.getTime() - policy.intervalDays * DAY_MS)]));
  }

  async save(manager: EntityManager, policy: Pick<VisitPolicyEntity, 'class' | 'intervalDays' | 'updatedBy' | 'updatedAt'>): Promise<VisitPolicyEntity> {
    const repository = manager.getRepository(VisitPolicyEntity);
    await repository.update({ class: policy.class }, { intervalDays: policy.intervalDays, updatedBy: policy.updatedBy, updatedAt: policy.updatedAt });
    return repository.findOneByOrFail({ class: policy.class });
  }
}
