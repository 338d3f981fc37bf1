import { main } from '@salesgraph/subgraph-kit';
import { customerRelationshipSubgraph } from './subgraph';

main(customerRelationshipSubgraph);
