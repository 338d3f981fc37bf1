import { ConsumerCheckpointEntity } from '@salesgraph/events';
import { SubgraphDatabase } from '@salesgraph/persistence';
import { InitialSchema1764374400000 } from './migrations/1764374400000-initial-schema';
import { OrderCancellation1765152000000 } from './migrations/1765152000000-order-cancellation';
import { CreditNotes1765238400000 } from './migrations/1765238400000-credit-notes';
import { RepDimensionBranches1765756800000 } from './migrations/1765756800000-rep-dimension-branches';
import { RepDimensionEntity } from './rep-dimension/rep-dimension.entity';
import { CreditNoteFactEntity, OrderFactEntity, RepDailyRevenueEntity } from './revenue/order-fact.entity';

export const reportingDatabase: SubgraphDatabase = {
  subgraph: 'reporting',
  entities: [OrderFactEntity, CreditNoteFactEntity, RepDailyRevenueEntity, RepDimensionEntity, ConsumerCheckpointEntity],
  migrations: [InitialSchema1764374400000, OrderCancellation1765152000000, CreditNotes1765238400000, RepDimensionBranches1765756800000],
};
