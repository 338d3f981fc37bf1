import { LoadersOf, ServicesOf, SubgraphContext } from '@salesgraph/subgraph-kit';
import type { repPerformanceFeatures } from './subgraph';

export type RepPerformanceServices = ServicesOf<typeof repPerformanceFeatures>;
export type RepPerformanceContext = SubgraphContext<LoadersOf<typeof repPerformanceFeatures>, RepPerformanceServices>;
