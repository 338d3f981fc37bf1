import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name version owner { id } assignmentHistory { from { id } to { id } reason assignedBy }`;

describeOnEachDatabase('customer assignment', (kind) => {
  const t = withCustomerSubgraph(kind, FIELDS);
  const { data, create, mutate, fetchCustomer, eventsSince, feedLength } = t;

  it('lets managers reassign within their team, keeps the reason in history, and moves visibility with it', async () => {
    const customer = await create(ann, { name: 'Moving Co', class: 'B' });
    expect(onlyError(await mutate(ann, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: 'x' })).extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-sam', reason: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.toRepId',
    });
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-ann', reason: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.toRepId',
    });
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: '  ' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const before = await feedLength();
    const moved = data<{ reassignCustomer: { owner: { id: string }; assignmentHistory: unknown[] } }>(
      await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: 'Ann moves to key accounts' }),
    ).reassignCustomer;
    expect(moved.owner).toEqual({ id: 'rep-bob' });
    expect(moved.assignmentHistory).toEqual([{ from: { id: 'rep-ann' }, to: { id: 'rep-bob' }, reason: 'Ann moves to key accounts', assignedBy: 'nina' }]);
    expect((await eventsSince(before))[0]).toMatchObject({ type: 'CustomerReassigned', payload: { fromRepId: 'rep-ann', toRepId: 'rep-bob' } });
    expect(data<{ customer: unknown }>(await t.subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { id } }`, { id: customer.id })).customer).toBeNull();
    expect((await fetchCustomer(bob, customer.id)).version).toBe(2);
  });
});
