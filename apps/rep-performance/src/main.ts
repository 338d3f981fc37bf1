import { main } from '@salesgraph/subgraph-kit';
import { repPerformanceSubgraph } from './subgraph';

main(repPerformanceSubgraph);
