import { unservedSdlFiles } from '@salesgraph/subgraph-kit/testing';
import { typeDefs } from './schema';

describe('customer-relationship schema', () => {
  it('serves every SDL file the compose tool composes', () => {
    expect(unservedSdlFiles(typeDefs, __dirname)).toEqual([]);
  });
});
