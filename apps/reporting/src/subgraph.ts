import { composeSubgraph } from '@salesgraph/subgraph-kit';
import { migrationsFeature } from './migrations/migrations.feature';
import { repDimensionFeature } from './rep-dimension/rep-dimension.feature';
import { revenueFeature } from './revenue/revenue.feature';

/** reporting's features, in dependency order: one line each (docs/architecture.md#adding-a-feature). */
export const reportingFeatures = [migrationsFeature, repDimensionFeature, revenueFeature] as const;

export const reportingSubgraph = composeSubgraph({ name: 'reporting', defaultPort: 4003, features: reportingFeatures });
