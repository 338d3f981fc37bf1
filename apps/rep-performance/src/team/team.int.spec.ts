import { Viewer } from '@salesgraph/auth';
import { pendingSchemaChanges, queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { servicesOf } from '../test-organisation';

const admin: Viewer = { subject: 'admin', role: 'ADMIN' };
const rep: Viewer = { subject: 'rep', role: 'REP', repId: 'r', teamId: 't' };
const analyst: Viewer = { subject: 'analyst', role: 'ANALYST' };

describeOnEachDatabase('teams', (kind) => {
  let subgraph: TestSubgraph;
  let north = '';
  const reps: string[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(repPerformanceSubgraph, kind);
  });
  afterAll(() => subgraph?.stop());

  const createTeam = (viewer: Viewer, name: string) =>
    subgraph.execute(viewer, `mutation($name: String!) { createTeam(input: { name: $name }) { id name manager { id } members { id } } }`, { name });

  it('leaves no schema change for the entities after migrating', async () => {
    expect(await pendingSchemaChanges(subgraph.dataSource)).toEqual([]);
  });

  it('creates a team for an admin and refuses reps, analysts and duplicate names', async () => {
    const created = await createTeam(admin, 'North');
    expect(created.errors).toBeUndefined();
    north = (created.data as { createTeam: { id: string } }).createTeam.id;
    expect(created.data).toEqual({ createTeam: { id: north, name: 'North', manager: null, members: [] } });
    expect(onlyError(await createTeam(rep, 'Rogue')).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await createTeam(analyst, 'Rogue')).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await createTeam(admin, 'North')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('appoints a member as manager, and only a member', async () => {
    for (const name of ['Ann', 'Bob'])
      reps.push((await servicesOf(subgraph).salesReps.registerSalesRep(admin, { name, email: `${name}@example.com`, type: 'HUNTER', teamId: north })).id);
    const other = (await createTeam(admin, 'South')).data as { createTeam: { id: string } };
    const wrong = await subgraph.execute(admin, `mutation($t: ID!, $m: ID!) { setTeamManager(input: { teamId: $t, managerId: $m }) { id } }`, {
      t: other.createTeam.id,
      m: reps[0],
    });
    expect(onlyError(wrong).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.managerId' });
    const right = await subgraph.execute(admin, `mutation($t: ID!, $m: ID!) { setTeamManager(input: { teamId: $t, managerId: $m }) { manager { name } } }`, {
      t: north,
      m: reps[0],
    });
    expect(right.data).toEqual({ setTeamManager: { manager: { name: 'Ann' } } });
  });

  it('reads teams with managers and members in a fixed number of statements, however many rows', async () => {
    // teams + managers + members + the members' teams
    const query = `{ teams { name manager { name } members { name team { name } } } }`;
    const counter = queryCounter(subgraph.dataSource);
    const small = await counter.countDuring(() => subgraph.execute(rep, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(rep, query, { first: 100 }));
    expect([small, large]).toEqual([4, 4]);
  });
});
