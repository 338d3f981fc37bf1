import { LoadersOf, ServicesOf, SubgraphContext } from '@salesgraph/subgraph-kit';
import type { reportingFeatures } from './subgraph';

export type ReportingContext = SubgraphContext<LoadersOf<typeof reportingFeatures>, ServicesOf<typeof reportingFeatures>>;
