import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

const CONTACT = 'id name title email roles socialStyle approachAdvice influence version customer { id }';

describeOnEachDatabase('contacts', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const add = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: AddContactInput!) { addContact(input: $input) { ${CONTACT} } }`, { input });
  const update = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: UpdateContactInput!) { updateContact(input: $input) { ${CONTACT} } }`, { input });
  const coachless = async (viewer: Viewer) =>
    data<{ customers: { edges: Array<{ node: { name: string } }> } }>(
      await subgraph.execute(viewer, `{ customers(first: 100, filter: { withoutCoach: true }) { edges { node { name } } } }`),
    )
      .customers.edges.map((edge) => edge.node.name)
      .sort();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const create = async (name: string) =>
      data<{ createCustomer: { id: string } }>(
        await subgraph.execute(ann, `mutation($n: String!) { createCustomer(input: { name: $n, class: B }) { id } }`, { n: name }),
      ).createCustomer.id;
    acme = await create('Acme');
    await create('Beta');
  });
  afterAll(() => subgraph?.stop());

  it('adds a contact with several roles, a social style and its approach advice, and announces it', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const contact = data<{ addContact: Record<string, unknown> }>(
      await add(ann, {
        customerId: acme,
        name: 'Li Wei',
        title: 'Head of purchasing',
        email: 'li@acme.example',
        roles: ['BUYER', 'DECISION_MAKER', 'BUYER'],
        socialStyle: 'ANALYTICAL',
        influence: 70,
      }),
    ).addContact;
    expect(contact).toMatchObject({
      name: 'Li Wei',
      roles: ['BUYER', 'DECISION_MAKER'],
      socialStyle: 'ANALYTICAL',
      influence: 70,
      version: 1,
      customer: { id: acme },
    });
    expect(contact['approachAdvice']).toMatch(/data/);
    const events = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before);
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['ContactChanged', { contactId: contact['id'], customerId: acme, roles: ['BUYER', 'DECISION_MAKER'] }],
    ]);
  });

  it.each([
    ['an influence above 100', { influence: 101 }, 'input.influence'],
    ['a malformed email', { email: 'li at acme' }, 'input.email'],
    ['an empty name', { name: ' ' }, 'input.name'],
    ['another rep’s customer', { customerId: 'x' }, 'input.customerId'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_case, input, field) => {
    expect(onlyError(await add(ann, { customerId: acme, name: 'X', ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a contact with several bad fields once, naming every one, and saves nothing', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 10_000)).length;
    const refused = onlyError(await add(ann, { customerId: acme, name: ' ', email: 'not-an-email', influence: 150 }));
    expect(refused.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      problems: [
        { field: 'input.name', message: expect.any(String) },
        { field: 'input.email', message: '"not-an-email" is not an email address' },
        { field: 'input.influence', message: expect.any(String) },
      ],
    });
    expect(refused.message).toMatch(/\(and 2 more: input\.email, input\.influence\)$/);
    expect((await readFeed(subgraph.dataSource, 0, 10_000)).length).toBe(before);
  });

  it('hides contacts of customers the caller may not work on', async () => {
    expect(onlyError(await add(bob, { customerId: acme, name: 'Sneaky' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
  });

  it('flags customers without a coach until one of their contacts becomes one', async () => {
    expect(await coachless(ann)).toEqual(['Acme', 'Beta']);
    const contact = data<{ addContact: { id: string } }>(await add(ann, { customerId: acme, name: 'Zhou', roles: ['USER'] })).addContact;
    const updated = data<{ updateContact: { roles: string[]; version: number } }>(
      await update(ann, { id: contact.id, version: 1, roles: ['USER', 'COACH'] }),
    ).updateContact;
    expect(updated).toMatchObject({ roles: ['COACH', 'USER'], version: 2 });
    expect(await coachless(ann)).toEqual(['Beta']);
    const hasCoach = data<{ customer: { hasCoach: boolean; contacts: Array<{ name: string }> } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { hasCoach contacts { name } } }`, { id: acme }),
    ).customer;
    expect(hasCoach).toEqual({ hasCoach: true, contacts: [{ name: 'Li Wei' }, { name: 'Zhou' }] });
    expect(onlyError(await update(ann, { id: contact.id, version: 1, title: 'Engineer' })).extensions?.['code']).toBe('CONFLICT');
    expect(onlyError(await update(bob, { id: contact.id, version: 2, title: 'Engineer' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('reads contacts and the coach flag for a page in statements that do not grow with it', async () => {
    const counter = queryCounter(subgraph.dataSource);
    const query = `query($first: Int) { customers(first: $first) { edges { node { hasCoach contacts { name roles approachAdvice } } } } }`;
    const small = await counter.countDuring(() => subgraph.execute(director, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(director, query, { first: 100 }));
    // count + page + contacts with their roles
    expect([small, large]).toEqual([3, 3]);
  });
});
