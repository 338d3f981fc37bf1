import { defineFeature } from '@salesgraph/subgraph-kit';
import { InitialSchema1764374400000 } from './1764374400000-initial-schema';
import { CustomerProfile1764460800000 } from './1764460800000-customer-profile';
import { Contacts1764547200000 } from './1764547200000-contacts';
import { Visits1764633600000 } from './1764633600000-visits';
import { Opportunities1764720000000 } from './1764720000000-opportunities';
import { OrderLinesReceivables1764806400000 } from './1764806400000-order-lines-receivables';
import { ServiceAndKnowledge1764892800000 } from './1764892800000-service-and-knowledge';
import { IdempotencyKeys1764979200000 } from './1764979200000-idempotency-keys';
import { OversightAndRejections1765065600000 } from './1765065600000-oversight-and-rejections';
import { OrderCancellation1765152000000 } from './1765152000000-order-cancellation';
import { CreditNotes1765238400000 } from './1765238400000-credit-notes';
import { PaymentReversal1765324800000 } from './1765324800000-payment-reversal';
import { OpportunityChanges1765411200000 } from './1765411200000-opportunity-changes';
import { ContactDeactivation1765497600000 } from './1765497600000-contact-deactivation';
import { VisitReportAmendments1765584000000 } from './1765584000000-visit-report-amendments';
import { RepDirectoryBranches1765670400000 } from './1765670400000-rep-directory-branches';
import { HandActivation1765756800000 } from './1765756800000-hand-activation';
import { OrderRevisions1765843200000 } from './1765843200000-order-revisions';

/** The schema's history before each feature listed its own migrations (docs/architecture.md#adding-a-feature). */
export const migrationsFeature = defineFeature({
  name: 'migrations',
  // The idempotency keys every idempotent mutation of every feature shares: their table is made here (1764979200000), and no one feature owns them.
  migrations: [
    InitialSchema1764374400000,
    CustomerProfile1764460800000,
    Contacts1764547200000,
    Visits1764633600000,
    Opportunities1764720000000,
    OrderLinesReceivables1764806400000,
    ServiceAndKnowledge1764892800000,
    IdempotencyKeys1764979200000,
    OversightAndRejections1765065600000,
    OrderCancellation1765152000000,
    CreditNotes1765238400000,
    PaymentReversal1765324800000,
    OpportunityChanges1765411200000,
    ContactDeactivation1765497600000,
    VisitReportAmendments1765584000000,
    RepDirectoryBranches1765670400000,
    HandActivation1765756800000,
    OrderRevisions1765843200000,
  ],
});
