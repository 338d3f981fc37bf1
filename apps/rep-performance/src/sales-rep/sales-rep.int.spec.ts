import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { servicesOf } from '../test-organisation';

const admin: Viewer = { subject: 'admin', role: 'ADMIN' };
const rep: Viewer = { subject: 'rep', role: 'REP', repId: 'r', teamId: 't' };

describeOnEachDatabase('sales reps', (kind) => {
  let subgraph: TestSubgraph;
  let north = '';
  const reps: string[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(repPerformanceSubgraph, kind);
    // Creating a team announces nothing: the feed holds only what these tests do to reps.
    north = (await servicesOf(subgraph).teams.createTeam(admin, { name: 'North' })).id;
  });
  afterAll(() => subgraph?.stop());

  const register = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: RegisterSalesRepInput!) { registerSalesRep(input: $input) { id name email type team { id name } } }`, { input });

  it('registers reps into a team and announces each on the feed', async () => {
    for (const name of ['Ann', 'Bob', 'Cy']) {
      const result = await register(admin, { name, email: `${name}@Example.com`, type: 'HUNTER', teamId: north });
      expect(result.errors).toBeUndefined();
      const registered = (result.data as { registerSalesRep: { id: string; email: string; team: { name: string } } }).registerSalesRep;
      expect(registered).toMatchObject({ email: `${name.toLowerCase()}@example.com`, team: { name: 'North' } });
      reps.push(registered.id);
    }
    const events = await readFeed(subgraph.dataSource, 0, 100);
    expect(events.map((event) => [event.type, event.version, event.payload])).toEqual(
      reps.map((id, i) => [
        'SalesRepRegistered',
        4,
        { repId: id, name: ['Ann', 'Bob', 'Cy'][i], teamId: north, discountAuthorityBp: 1000, role: null, branchId: null, headsBranchId: null },
      ]),
    );
  });

  it.each([
    ['an unknown team', { name: 'X', email: 'x@example.com', type: 'FARMER', teamId: 'nope' }, 'input.teamId'],
    ['a malformed email', { name: 'X', email: 'not-an-email', type: 'FARMER' }, 'input.email'],
    ['a taken email', { name: 'X', email: 'ANN@example.com', type: 'FARMER' }, 'input.email'],
    ['an empty name', { name: ' ', email: 'y@example.com', type: 'FARMER' }, 'input.name'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, input, field) => {
    const feed = (await readFeed(subgraph.dataSource, 0, 100)).length;
    const error = onlyError(await register(admin, { teamId: north, ...input }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(subgraph.dataSource, 0, 100)).length).toBe(feed);
  });

  it('lets directors change a rep’s discount authority, announcing the new directory entry', async () => {
    const set = (viewer: Viewer, input: Record<string, unknown>) =>
      subgraph.execute(viewer, `mutation($input: SetDiscountAuthorityInput!) { setDiscountAuthority(input: $input) { discountAuthorityPercent version } }`, {
        input: { repId: reps[2], version: 1, ...input },
      });
    expect(onlyError(await set(rep, { discountAuthorityPercent: 15 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await set(admin, { discountAuthorityPercent: 150 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.discountAuthorityPercent',
    });
    expect(onlyError(await set(admin, { discountAuthorityPercent: 12.345 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.discountAuthorityPercent',
    });
    expect(await set(admin, { discountAuthorityPercent: 12.5 })).toEqual({ data: { setDiscountAuthority: { discountAuthorityPercent: 12.5, version: 2 } } });
    expect(onlyError(await set(admin, { discountAuthorityPercent: 20 })).extensions?.['code']).toBe('CONFLICT');
    const events = await readFeed(subgraph.dataSource, 0, 100);
    expect(events[events.length - 1]).toMatchObject({ type: 'SalesRepRegistered', version: 4, payload: { repId: reps[2], discountAuthorityBp: 1250 } });
  });

  it('announces the role of a rep’s position, and again when the position changes: other subgraphs tell who is above whom by it', async () => {
    const position = (role: string) =>
      subgraph.execute(admin, `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, {
        input: { title: `${role} position`, responsibilities: ['Sell'], role },
      });
    const managerPosition = ((await position('MANAGER')).data as { createPosition: { id: string } }).createPosition.id;
    const repPosition = ((await position('REP')).data as { createPosition: { id: string } }).createPosition.id;
    const registered = await register(admin, { name: 'Mia', email: 'mia@example.com', type: 'BOTH', teamId: north, positionId: managerPosition });
    const mia = (registered.data as { registerSalesRep: { id: string } }).registerSalesRep.id;
    const last = async () => (await readFeed(subgraph.dataSource, 0, 1000)).slice(-1)[0];
    expect(await last()).toMatchObject({ type: 'SalesRepRegistered', version: 4, payload: { repId: mia, teamId: north, role: 'MANAGER' } });
    const updated = await subgraph.execute(admin, `mutation($input: UpdateSalesRepInput!) { updateSalesRep(input: $input) { version } }`, {
      input: { repId: mia, version: 1, positionId: repPosition },
    });
    expect(updated.errors).toBeUndefined();
    expect(await last()).toMatchObject({ type: 'SalesRepRegistered', version: 4, payload: { repId: mia, role: 'REP' } });
  });

  it('resolves reps by reference for other subgraphs', async () => {
    const result = await subgraph.execute(rep, `query($r: [_Any!]!) { _entities(representations: $r) { ... on SalesRep { name team { name } } } }`, {
      r: [
        { __typename: 'SalesRep', id: reps[1] },
        { __typename: 'SalesRep', id: 'missing' },
      ],
    });
    expect(result.data).toEqual({ _entities: [{ name: 'Bob', team: { name: 'North' } }, null] });
  });

  it('reads reps with their teams in a fixed number of statements, however many rows', async () => {
    // Their team gets a manager first, so the query loads one as in a real organisation.
    await servicesOf(subgraph).teams.setTeamManager(admin, { teamId: north, managerId: reps[0] });
    // reps page + count + their teams + the teams' managers + members
    const query = `query($first: Int) { salesReps(first: $first) { totalCount edges { node { name team { name manager { name } members { name } } } } } }`;
    const counter = queryCounter(subgraph.dataSource);
    const small = await counter.countDuring(() => subgraph.execute(rep, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(rep, query, { first: 100 }));
    expect([small, large]).toEqual([5, 5]);
  });
});
