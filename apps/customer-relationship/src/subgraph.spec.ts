import { featureLayoutProblems } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipFeatures, customerRelationshipSubgraph } from './subgraph';

describe('customer-relationship subgraph', () => {
  it('is its features: every folder a listed feature, every SDL file, entity and migration served', () => {
    expect(featureLayoutProblems(customerRelationshipSubgraph, customerRelationshipFeatures, __dirname)).toEqual([]);
  });
});
