import { join } from 'node:path';
import { composeSupergraph, SubgraphSource } from './compose';
import { readSubgraphSdl, SUBGRAPHS } from './subgraph-sdl';

const root = join(__dirname, '../../..');
const sources = (): SubgraphSource[] =>
  SUBGRAPHS.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}/graphql`, sdl: readSubgraphSdl(root, name).sdl }));

describe('composeSupergraph', () => {
  it('composes the subgraphs into a supergraph and the client API schema', () => {
    const result = composeSupergraph(sources());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.supergraphSdl).toContain('@join__graph(name: "customer-relationship", url: "http://127.0.0.1:4001/graphql")');
    expect(result.apiSchemaSdl).toMatch(/revenue\(\s*("""[^]*?"""\s*)?period: String!\s*\): Money/);
    expect(result.apiSchemaSdl).not.toContain('join__');
  });

  it('reports why subgraphs that conflict do not compose', () => {
    const broken = sources().map((source) =>
      // reporting redefines a field rep-performance owns, with another type.
      source.name === 'reporting' ? { ...source, sdl: source.sdl.replace('period: String!): Money', 'period: String!): Money\n  name: Int') } : source,
    );
    const result = composeSupergraph(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/SalesRep\.name/);
  });

  it('reports SDL that does not parse', () => {
    const result = composeSupergraph([{ name: 'x', url: 'http://x', sdl: 'type {' }]);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/Syntax Error/)] });
  });
});
