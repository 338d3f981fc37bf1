import { ConsumerCheckpointEntity, OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { SubgraphDatabase } from '@salesgraph/persistence';
import { CustomerEntity } from './customer/customer.entity';
import { InitialSchema1764374400000 } from './migrations/1764374400000-initial-schema';
import { OrderEntity } from './order/order.entity';
import { RepDirectoryEntity } from './rep-directory/rep-directory.entity';

export const customerRelationshipDatabase: SubgraphDatabase = {
  subgraph: 'customer-relationship',
  entities: [CustomerEntity, OrderEntity, RepDirectoryEntity, OutboxEventEntity, OutboxSequenceEntity, ConsumerCheckpointEntity],
  migrations: [InitialSchema1764374400000],
};
