import { featureLayoutProblems } from '@salesgraph/subgraph-kit/testing';
import { reportingFeatures, reportingSubgraph } from './subgraph';

describe('reporting subgraph', () => {
  it('is its features: every folder a listed feature, every SDL file, entity and migration served', () => {
    expect(featureLayoutProblems(reportingSubgraph, reportingFeatures, __dirname)).toEqual([]);
  });
});
