import { main } from '@salesgraph/subgraph-kit';
import { reportingSubgraph } from './subgraph';

main(reportingSubgraph);
