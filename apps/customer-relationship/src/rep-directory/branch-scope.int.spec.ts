/**
 * Branch scope (docs/architecture.md#row-scopes): a branch head sees the customers and work of every
 * rep in the branch (the directory learns each rep's branch from
 * SalesRepRegistered v4), approves discounts above the branch's team managers,
 * and sees nothing of another branch.
 */
import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';
import { ann, nina, registerTestReps, sam } from './test-reps';

/** Hugo manages team east and heads branch one, which also holds north (Ann, Nina); south (Sam) is in branch two. */
const hugo: Viewer = { subject: 'hugo', role: 'MANAGER', repId: 'rep-hugo', teamId: 'east', branchId: 'one' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('branch scope in customer-relationship', (kind) => {
  let subgraph: TestSubgraph;
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const create = async (viewer: Viewer, name: string) =>
    data<{ createCustomer: { id: string } }>(
      await subgraph.execute(viewer, `mutation($n: String!) { createCustomer(input: { name: $n, class: B }) { id } }`, { n: name }),
    ).createCustomer.id;
  const names = async (viewer: Viewer) =>
    data<{ customers: { edges: Array<{ node: { name: string } }> } }>(await subgraph.execute(viewer, '{ customers(first: 100) { edges { node { name } } } }'))
      .customers.edges.map((edge) => edge.node.name)
      .sort();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, nina, sam, hugo], { north: 'one', east: 'one', south: 'two' });
    await create(ann, 'Ann Co');
    await create(nina, 'Nina Co');
    await create(sam, 'Sam Co');
  });
  afterAll(() => subgraph?.stop());

  it("shows a branch head every customer of the branch's reps and none of another branch", async () => {
    expect(await names(hugo)).toEqual(['Ann Co', 'Nina Co']);
    // The same person without the branch in their token manages east only, which has no customers.
    expect(await names({ ...hugo, branchId: undefined })).toEqual([]);
    expect(await names(nina)).toEqual(['Ann Co', 'Nina Co']);
    expect(await names(sam)).toEqual(['Sam Co']);
  });

  it("lets a branch head file a customer for a rep of the branch, and not for another branch's", async () => {
    data(await subgraph.execute(hugo, `mutation { createCustomer(input: { name: "Filed for Ann", class: C, ownerId: "rep-ann" }) { id } }`));
    const refused = await subgraph.execute(hugo, `mutation { createCustomer(input: { name: "Filed for Sam", class: C, ownerId: "rep-sam" }) { id } }`);
    expect(refused.errors?.[0]?.message).toMatch(/a branch head can only assign customers within their branch/);
    expect(await names(director)).not.toContain('Filed for Sam');
  });

  it("has a team manager's own discount approved by the head of the branch, not by a manager of another branch", async () => {
    const customer = await create(nina, 'Nina Big');
    const order = data<{ recordOrder: { id: string; status: string } }>(
      await subgraph.execute(nina, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id status } }`, {
        i: { customerId: customer, lines: [{ product: 'Press', units: 2, listPrice: '500.00', discountPercent: 30 }] },
      }),
    ).recordOrder;
    expect(order.status).toBe('PENDING_APPROVAL');
    const decide = (viewer: Viewer) =>
      subgraph.execute(viewer, `mutation($i: DecideOrderDiscountInput!) { approveOrderDiscount(input: $i) { status } }`, {
        i: { orderId: order.id, version: 1 },
      });
    expect((await decide(nina)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await decide({ ...sam, branchId: 'two' })).errors?.[0]?.message).toMatch(/no order .* that you may work on|only the rep's own manager/);
    expect(data<{ approveOrderDiscount: { status: string } }>(await decide(hugo)).approveOrderDiscount.status).toBe('CONFIRMED');
  });

  it("gives a branch head the receivables summary of a rep of the branch, and refuses another branch's", async () => {
    const query = `query($r: ID!) { repReceivables(repId: $r) { outstanding } }`;
    expect((await subgraph.execute(hugo, query, { r: 'rep-ann' })).errors).toBeUndefined();
    expect((await subgraph.execute(hugo, query, { r: 'rep-sam' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it("takes the head of the rep's branch as a joint visit's manager, and refuses another branch's head", async () => {
    const log = (viewer: Viewer, customerId: string, jointManagerId: string) =>
      subgraph.execute(viewer, `mutation($i: LogVisitInput!) { logVisit(input: $i) { jointManager { id } } }`, {
        i: { customerId, kind: 'NEW_DEVELOPMENT', purpose: 'Joint call', visitedAt: new Date(Date.now() - 3_600_000).toISOString(), jointManagerId },
      });
    const annCo = await create(ann, 'Ann Joint Co');
    const samCo = await create(sam, 'Sam Joint Co');
    // Hugo manages east, not north, but heads branch one, which holds Ann's team.
    expect(data<{ logVisit: { jointManager: { id: string } } }>(await log(ann, annCo, 'rep-hugo')).logVisit.jointManager).toEqual({ id: 'rep-hugo' });
    const refused = await log(sam, samCo, 'rep-hugo');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jointManagerId' });
    expect(refused.errors?.[0]?.message).toMatch(/another team’s manager is not above this rep/);
  });

  it('drops a branch claim the directory does not back: someone who heads no branch, or no longer heads it, is their team’s manager', async () => {
    // Nina heads nothing: naming branch two in her token shows her nothing of it.
    expect(await names({ ...nina, branchId: 'two' })).toEqual(await names(nina));
    // Hugo is replaced as head of branch one: his token, still naming it, reads him as east's manager.
    await registerTestReps(subgraph.dataSource, [{ ...hugo, branchId: undefined }], { east: 'one' }, 100);
    expect(await names(hugo)).toEqual([]);
    const query = `query($r: ID!) { repReceivables(repId: $r) { outstanding } }`;
    expect((await subgraph.execute(hugo, query, { r: 'rep-ann' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
