import { defineFeature } from '@salesgraph/subgraph-kit';
import {
  CustomerFactEntity,
  CustomerRevenueFactEntity,
  CustomerVisitDayEntity,
  InvoiceFactEntity,
  PaymentFactEntity,
  RepDailyFactEntity,
  VisitPolicyFactEntity,
} from './facts.entity';
import { factsProjection } from './facts.projection';

/** The KPI facts, kept in step with customer-relationship's feed: what the KPI read model adds up. */
export const factsFeature = defineFeature({
  name: 'facts',
  entities: [
    RepDailyFactEntity,
    CustomerFactEntity,
    CustomerRevenueFactEntity,
    CustomerVisitDayEntity,
    InvoiceFactEntity,
    PaymentFactEntity,
    VisitPolicyFactEntity,
  ],
  projections: [{ feed: 'customer-relationship', defaultPort: 4001, handlers: factsProjection }],
});
