import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name class lastVisitAt nextVisitDueAt visitOverdue daysOverdue`;

describeOnEachDatabase('visit policy and overdue customers', (kind) => {
  const t = withCustomerSubgraph(kind, FIELDS);
  const { data, create, fetchCustomer } = t;

  const setLastVisit = (id: string, daysAgo: number | null) =>
    t.subgraph.dataSource.query('UPDATE customer SET last_visit_at = ? WHERE id = ?', [
      daysAgo === null ? null : new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace('T', ' ').slice(0, 23),
      id,
    ]);
  const overdueNames = async (viewer: Viewer, args: Record<string, unknown> = {}) =>
    data<{ customers: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      await t.subgraph.execute(
        viewer,
        `query($ownerId: ID, $teamId: ID) { customers(first: 100, filter: { overdue: true, ownerId: $ownerId, teamId: $teamId }) { totalCount edges { node { name } } } }`,
        args,
      ),
    )
      .customers.edges.map((edge) => edge.node.name)
      .sort();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await t.subgraph.dataSource.query(`UPDATE customer SET last_visit_at = created_at`);
    for (const [name, cls, owner, daysAgo] of [
      ['A late', 'A', ann, 8],
      ['A fresh', 'A', ann, 6],
      ['B late', 'B', bob, 15],
      ['D fine', 'D', bob, 60],
    ] as const) {
      ids[name] = (await create(owner, { name, class: cls })).id;
      await setLastVisit(ids[name], daysAgo);
    }
  });

  it('lists the shipped defaults, and lets only directors change them', async () => {
    const policies = data<{ visitPolicies: Array<{ class: string; intervalDays: number; updatedBy: string }> }>(
      await t.subgraph.execute(ann, '{ visitPolicies { class intervalDays updatedBy } }'),
    ).visitPolicies;
    expect(policies.map((policy) => [policy.class, policy.intervalDays])).toEqual([
      ['A', 7],
      ['B', 14],
      ['C', 30],
      ['D', 90],
    ]);
    const set = (viewer: Viewer, intervalDays: number) =>
      t.subgraph.execute(viewer, `mutation($input: SetVisitPolicyInput!) { setVisitPolicy(input: $input) { class intervalDays updatedBy } }`, {
        input: { class: 'D', intervalDays },
      });
    expect(onlyError(await set(nina, 30)).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await set(director, 0)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.intervalDays' });
    expect(onlyError(await set(director, 366)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.intervalDays' });
    expect(data(await set(director, 90))).toEqual({ setVisitPolicy: { class: 'D', intervalDays: 90, updatedBy: 'dora' } });
  });

  it('lists the customers whose last visit is older than their policy, for a rep or a team', async () => {
    expect(await overdueNames(ann)).toEqual(['A late']);
    expect(await overdueNames(nina)).toEqual(['A late', 'B late']);
    expect(await overdueNames(nina, { ownerId: 'rep-bob' })).toEqual(['B late']);
    expect(await overdueNames(director, { teamId: 'south' })).toEqual([]);
    expect(await fetchCustomer(ann, ids['A late'])).toMatchObject({ visitOverdue: true, daysOverdue: 1 });
    expect(await fetchCustomer(ann, ids['A fresh'])).toMatchObject({ visitOverdue: false, daysOverdue: 0 });
  });

  it('follows a changed policy at once', async () => {
    await t.subgraph.execute(director, `mutation { setVisitPolicy(input: { class: D, intervalDays: 30 }) { class } }`);
    expect(await overdueNames(nina)).toEqual(['A late', 'B late', 'D fine']);
    await t.subgraph.execute(director, `mutation { setVisitPolicy(input: { class: D, intervalDays: 90 }) { class } }`);
    const notOverdue = data<{ customers: { edges: Array<{ node: { name: string } }> } }>(
      await t.subgraph.execute(ann, `{ customers(first: 100, filter: { overdue: false }) { edges { node { name } } } }`),
    ).customers.edges.map((edge) => edge.node.name);
    expect(notOverdue).toContain('A fresh');
    expect(notOverdue).not.toContain('A late');
  });
});
