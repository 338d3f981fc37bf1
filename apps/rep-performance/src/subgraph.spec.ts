import { featureLayoutProblems } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceFeatures, repPerformanceSubgraph } from './subgraph';

describe('rep-performance subgraph', () => {
  it('is its features: every folder a listed feature, every SDL file, entity and migration served', () => {
    expect(featureLayoutProblems(repPerformanceSubgraph, repPerformanceFeatures, __dirname)).toEqual([]);
  });
});
