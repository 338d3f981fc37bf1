import { defineFeature } from '@salesgraph/subgraph-kit';
import { InitialSchema1764374400000 } from './1764374400000-initial-schema';
import { OrderCancellation1765152000000 } from './1765152000000-order-cancellation';
import { CreditNotes1765238400000 } from './1765238400000-credit-notes';
import { RepDimensionBranches1765756800000 } from './1765756800000-rep-dimension-branches';

/** The schema's history before each feature listed its own migrations (docs/architecture.md#adding-a-feature). */
export const migrationsFeature = defineFeature({
  name: 'migrations',
  migrations: [InitialSchema1764374400000, OrderCancellation1765152000000, CreditNotes1765238400000, RepDimensionBranches1765756800000],
});
