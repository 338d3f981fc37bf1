import { OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { SubgraphDatabase } from '@salesgraph/persistence';
import { InitialSchema1764374400000 } from './migrations/1764374400000-initial-schema';
import { DiscountAuthority1764460800000 } from './migrations/1764460800000-discount-authority';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';
import { TeamEntity } from './team/team.entity';

export const repPerformanceDatabase: SubgraphDatabase = {
  subgraph: 'rep-performance',
  entities: [TeamEntity, SalesRepEntity, OutboxEventEntity, OutboxSequenceEntity],
  migrations: [InitialSchema1764374400000, DiscountAuthority1764460800000],
};
