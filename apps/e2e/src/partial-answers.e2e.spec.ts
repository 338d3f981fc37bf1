/**
 * docs/architecture.md#errors, through the gateway: a rep's query that also asks for
 * company figures (rep-performance) and another rep's receivables
 * (customer-relationship) answers everything else, with each refused field
 * null and its FORBIDDEN error at its path. The test makes its own rep, so it
 * is independent of order: it passes alone (-t) and in any order (--randomize).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Viewer } from '@salesgraph/auth';
import { CustomerRowsWithOwnersDocument, RepWithRefusedFieldsDocument, SetTargetDocument } from '@salesgraph/graphql-types';
import { buildSchema, getNamedType, GraphQLObjectType, isLeafType, isNonNullType } from 'graphql';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { director, Suite, uniqueName } from './suite';

const apiSchema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** Every field of a type, each under its own alias, with a period wherever one is required: the whole type, asked at once. */
function everyField(typeName: string): string {
  const type = apiSchema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .map((field) => {
      const args = field.args.filter((arg) => isNonNullType(arg.type));
      const unknown = args.filter((arg) => arg.name !== 'period');
      if (unknown.length) throw new Error(`${typeName}.${field.name} needs ${unknown.map((arg) => arg.name).join(', ')}: teach this test a value`);
      const argumentText = args.length ? '(period: "2026-11")' : '';
      return `${field.name}${argumentText}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`;
    })
    .join(' ');
}

const absent = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

describeOnEachDatabase('refused fields in a federated query', (kind) => {
  const suite = new Suite(kind);

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('answers the rest, with companyKpis and another rep’s repReceivables null and FORBIDDEN at their paths', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('North')));
    const result = await suite.as(ann).execute(RepWithRefusedFieldsDocument, { r: ann.repId });
    expect(result.data).toEqual({ salesRep: { name: 'Ann' }, companyKpis: null, repReceivables: null });
    const refused = (result.errors ?? []).map((error) => [error.path, error.extensions?.['code']]);
    expect(refused).toEqual(
      expect.arrayContaining([
        [['companyKpis'], 'FORBIDDEN'],
        [['repReceivables'], 'FORBIDDEN'],
      ]),
    );
    expect(refused).toHaveLength(2);
  });

  it('still lists customers while rep-performance is down: each owner null with an error at its path, every name there', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('West')));
    const tag = uniqueName('Degraded');
    for (const name of ['A', 'B']) await suite.createCustomer(ann, `${tag} ${name}`);
    const result = await suite.whileStopped('rep-performance', () => suite.as(director).execute(CustomerRowsWithOwnersDocument, { nameContains: tag }));
    expect(result.data?.customers.totalCount).toBe(2);
    expect(result.data?.customers.edges.map((edge) => [edge.node.name, edge.node.owner])).toEqual([
      [`${tag} A`, null],
      [`${tag} B`, null],
    ]);
    const failures = (result.errors ?? []).map((error) => [error.path, error.extensions?.['code'], error.extensions?.['serviceName']]);
    expect(failures).toEqual(
      expect.arrayContaining([
        [['customers', 'edges', 0, 'node', 'owner', 'name'], 'SERVICE_UNAVAILABLE', 'rep-performance'],
        [['customers', 'edges', 1, 'node', 'owner', 'name'], 'SERVICE_UNAVAILABLE', 'rep-performance'],
      ]),
    );
  });

  it('refuses the same way everywhere: a field another user may see but this one may not is null with FORBIDDEN at its path, never silently missing', async () => {
    const north = await suite.createTeam(uniqueName('Rules North'));
    const south = await suite.createTeam(uniqueName('Rules South'));
    const ann = await suite.registerRep('Ann', north);
    const bob = await suite.registerRep('Bob', south);
    await suite.as(director).request(SetTargetDocument, { input: { metric: 'REVENUE', period: '2026-11', ownerKind: 'REP', ownerId: bob.repId, value: 1000 } });
    const asked: Array<[string, string, Viewer]> = [
      ['SalesRep', `salesRep(id: "${bob.repId}")`, bob],
      ['Team', `team(id: "${south}")`, director],
    ];
    for (const [type, root, entitled] of asked) {
      const query = `{ it: ${root} { ${everyField(type)} } }`;
      const full = await suite.raw(entitled, query);
      expect(full.errors ?? []).toEqual([]);
      const seen = await suite.raw(ann, query);
      const record = (seen.data as { it: Record<string, unknown> | null }).it;
      // The refusals never take the rest of the record with them.
      expect(record).not.toBeNull();
      for (const error of seen.errors ?? []) expect([error.path?.length, error.extensions?.['code']]).toEqual([2, 'FORBIDDEN']);
      const refused = new Set((seen.errors ?? []).map((error) => error.path?.[1]));
      const entitledSees = (full.data as { it: Record<string, unknown> }).it;
      const missing = Object.keys(entitledSees).filter((field) => !absent(entitledSees[field]) && absent(record?.[field]));
      expect(missing.filter((field) => !refused.has(field))).toEqual([]);
      expect(missing.length).toBeGreaterThan(0);
    }
  });
});
