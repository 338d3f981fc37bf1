import { DataSource, EntityManager, In } from 'typeorm';
import { CustomerAssignmentEntity } from './customer-assignment.entity';

export class CustomerAssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, assignment: CustomerAssignmentEntity): Promise<unknown> {
    return manager.insert(CustomerAssignmentEntity, assignment);
  }

  /** Histories of several customers, oldest change first: one query for a page. */
  historyOf(customerIds: readonly string[]): Promise<CustomerAssignmentEntity[]> {
    return this.dataSource.getRepository(CustomerAssignmentEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { assignedAt: 'ASC', id: 'ASC' },
    });
  }
}
