import { unservedSdlFiles } from '@salesgraph/subgraph-kit/testing';
import { typeDefs } from './schema';

describe('rep-performance schema', () => {
  it('serves every SDL file the compose tool composes', () => {
    expect(unservedSdlFiles(typeDefs, __dirname)).toEqual([]);
  });
});
