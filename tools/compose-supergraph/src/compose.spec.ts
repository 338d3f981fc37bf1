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
    expect(result.apiSchemaSdl).toMatch(/revenue\(\s*("""[^]*?"""\s*)?period: Period!\s*\): Money/);
    expect(result.apiSchemaSdl).not.toContain('join__');
  });

  it('keeps where each custom scalar is specified, for clients and the gateway', () => {
    const result = composeSupergraph(sources());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const [scalar, url] of [
      ['Money', 'https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#money'],
      ['DateTime', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6'],
      ['Date', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6'],
      ['Period', 'https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#period'],
    ]) {
      expect(result.apiSchemaSdl).toContain(`scalar ${scalar} @specifiedBy(url: "${url}")`);
      expect(result.supergraphSdl).toMatch(
        new RegExp(`scalar ${scalar}\\n(\\s+@join__type\\(graph: \\w+\\)\\n)+\\s+@specifiedBy\\(url: "${url.replace(/[.?]/g, '\\$&')}"\\)`),
      );
    }
  });

  it('reports why subgraphs that conflict do not compose', () => {
    const broken = sources().map((source) =>
      // reporting redefines a field rep-performance owns, with another type.
      source.name === 'reporting' ? { ...source, sdl: source.sdl.replace('period: Period!): Money', 'period: Period!): Money\n  name: Int') } : source,
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
