/**
 * Records that can be corrected (docs/domain.md#contacts): a contact who left the buying
 * centre is deactivated, kept for history (past visits still name them),
 * hidden from the customer's contacts by default, filling no buying role, and
 * not chosen for new visits.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';
import { ContactEntity } from './contact.entity';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

describeOnEachDatabase('contacts: deactivation', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const add = async (name: string, roles: string[]) =>
    data<{ addContact: { id: string; version: number } }>(
      await subgraph.execute(ann, `mutation($i: AddContactInput!) { addContact(input: $i) { id version } }`, { i: { customerId: acme, name, roles } }),
    ).addContact;
  const deactivate = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: DeactivateContactInput!) { deactivateContact(input: $i) { id active version deactivation { reason by at } } }`, {
      i: { reason: 'Left the company', ...input },
    });
  const customer = async () =>
    data<{ customer: { hasCoach: boolean; contacts: Array<{ name: string }>; all: Array<{ name: string; active: boolean }> } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { hasCoach contacts { name } all: contacts(includeInactive: true) { name active } } }`, {
        id: acme,
      }),
    ).customer;
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const logVisit = (contactIds: string[]) =>
    subgraph.execute(ann, `mutation($i: LogVisitInput!) { logVisit(input: $i) { id contactsMet { name active } } }`, {
      i: { customerId: acme, kind: 'MAINTENANCE', purpose: 'Quarterly review', visitedAt: new Date(Date.now() - 3_600_000).toISOString(), contactIds },
    });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('keeps a deactivated contact for history, hides them from the default list and their roles, and refuses them for new visits', async () => {
    const coach = await add('Chen Coach', ['COACH']);
    const buyer = await add('Bea Buyer', ['BUYER']);
    const met = data<{ logVisit: { id: string } }>(await logVisit([coach.id, buyer.id])).logVisit;
    expect(await customer()).toMatchObject({ hasCoach: true, contacts: [{ name: 'Bea Buyer' }, { name: 'Chen Coach' }] });
    const before = (await feed()).length;

    const gone = data<{ deactivateContact: { active: boolean; version: number; deactivation: { reason: string; by: string; at: string } } }>(
      await deactivate(ann, { id: coach.id, version: coach.version, reason: ' Left the company ' }),
    ).deactivateContact;
    expect(gone).toMatchObject({ active: false, version: coach.version + 1, deactivation: { reason: 'Left the company', by: 'ann' } });
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([['ContactDeactivated', 1]]);
    expect(events[0].payload).toMatchObject({ contactId: coach.id, customerId: acme, roles: ['COACH'], reason: 'Left the company', deactivatedBy: 'ann' });

    expect(await customer()).toEqual({
      hasCoach: false,
      contacts: [{ name: 'Bea Buyer' }],
      all: [
        { name: 'Bea Buyer', active: true },
        { name: 'Chen Coach', active: false },
      ],
    });
    // Customers without a coach now include Acme.
    const withoutCoach = data<{ customers: { edges: Array<{ node: { id: string } }> } }>(
      await subgraph.execute(ann, `{ customers(filter: { withoutCoach: true }) { edges { node { id } } } }`),
    ).customers;
    expect(withoutCoach.edges.map((edge) => edge.node.id)).toContain(acme);
    // The past visit still names them; a new one may not.
    const [past] = data<{ _entities: Array<{ contactsMet: Array<{ name: string; active: boolean }> }> }>(
      await subgraph.execute(
        ann,
        `query($id: ID!) { _entities(representations: [{ __typename: "Visit", id: $id }]) { ... on Visit { contactsMet { name active } } } }`,
        { id: met.id },
      ),
    )._entities;
    expect(past.contactsMet).toEqual(expect.arrayContaining([{ name: 'Chen Coach', active: false }]));
    expect(onlyError(await logVisit([buyer.id, coach.id])).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.contactIds.1' });
    // Once only.
    expect(onlyError(await deactivate(ann, { id: coach.id, version: coach.version + 1 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('refuses an empty reason, a stale version, analysts and reps who do not work on the customer, changing nothing', async () => {
    const contact = await add('Dan Decider', ['DECISION_MAKER']);
    const before = (await feed()).length;
    expect(onlyError(await deactivate(ann, { id: contact.id, version: contact.version, reason: ' ' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(onlyError(await deactivate(ann, { id: 'nope', version: 1 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(onlyError(await deactivate(ann, { id: contact.id, version: contact.version + 5 })).extensions?.['code']).toBe('CONFLICT');
    expect(onlyError(await deactivate(analyst, { id: contact.id, version: contact.version })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await deactivate(bob, { id: contact.id, version: contact.version })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect((await subgraph.dataSource.getRepository(ContactEntity).findOneByOrFail({ id: contact.id })).deactivatedAt).toBeNull();
    expect((await feed()).length).toBe(before);
  });
});
