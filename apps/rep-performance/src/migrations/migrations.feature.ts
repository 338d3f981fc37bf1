import { defineFeature } from '@salesgraph/subgraph-kit';
import { InitialSchema1764374400000 } from './1764374400000-initial-schema';
import { DiscountAuthority1764460800000 } from './1764460800000-discount-authority';
import { Performance1764547200000 } from './1764547200000-performance';
import { IdempotencyKeys1764633600000 } from './1764633600000-idempotency-keys';
import { DiscountBeyondAuthority1764720000000 } from './1764720000000-discount-beyond-authority';
import { AnnounceRepBranches1765756800000 } from './1765756800000-announce-rep-branches';
import { NewVsMaintenance1765843200000 } from './1765843200000-new-vs-maintenance';

/** The schema's history before each feature listed its own migrations (docs/architecture.md#adding-a-feature). */
export const migrationsFeature = defineFeature({
  name: 'migrations',
  migrations: [
    InitialSchema1764374400000,
    DiscountAuthority1764460800000,
    Performance1764547200000,
    IdempotencyKeys1764633600000,
    DiscountBeyondAuthority1764720000000,
    AnnounceRepBranches1765756800000,
    NewVsMaintenance1765843200000,
  ],
});
