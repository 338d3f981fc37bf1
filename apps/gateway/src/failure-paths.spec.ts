import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { fieldOwners, withFailurePaths } from './failure-paths';

const owners = fieldOwners(readFileSync(join(__dirname, '../../../supergraph.graphql'), 'utf8'));
const down = (serviceName: string) => ({
  message: `The ${serviceName} service could not answer this part of the request`,
  extensions: { code: 'SERVICE_UNAVAILABLE', serviceName },
});

describe('withFailurePaths', () => {
  it('names, for each row, the field a stopped subgraph left null and the row it nulled on its way up', () => {
    const document = parse('query Rows { customers(first: 2) { edges { node { name boss: owner { id name } } } } }');
    const data = { customers: { edges: [{ node: { name: 'A', boss: null } }, { node: { name: 'B', boss: null } }] } };
    expect(withFailurePaths(owners, document, 'Rows', data, [down('rep-performance')])).toEqual([
      { ...down('rep-performance'), path: ['customers', 'edges', 0, 'node', 'boss', 'name'] },
      { ...down('rep-performance'), path: ['customers', 'edges', 1, 'node', 'boss', 'name'] },
    ]);
  });

  it('names a root field of the stopped subgraph, through fragments, and leaves the others’ errors alone', () => {
    const document = parse('fragment T on Team { name } query { teams { ...T } customers(first: 1) { totalCount } }');
    const refused = { message: 'You may not see this', path: ['x'], extensions: { code: 'FORBIDDEN' } };
    expect(withFailurePaths(owners, document, undefined, { teams: null, customers: { totalCount: 1 } }, [down('rep-performance'), refused])).toEqual([
      { ...down('rep-performance'), path: ['teams'] },
      refused,
    ]);
  });

  it('keeps a failure it cannot place as it came, rather than guess', () => {
    const document = parse('{ customers(first: 1) { totalCount } }');
    expect(withFailurePaths(owners, document, undefined, { customers: { totalCount: 1 } }, [down('reporting')])).toEqual([down('reporting')]);
  });
});
