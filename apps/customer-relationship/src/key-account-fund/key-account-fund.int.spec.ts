import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name class version keyAccountFund { budget spent remaining entries { amount purpose recordedBy } }`;

describeOnEachDatabase('key-account fund', (kind) => {
  const t = withCustomerSubgraph(kind, FIELDS);
  const { data, create, mutate, fetchCustomer } = t;

  it('keeps a key-account fund for A-class customers only, refusing draws beyond what remains', async () => {
    const key = await create(ann, { name: 'Key Co', class: 'A' });
    const small = await create(ann, { name: 'Small Co', class: 'C' });
    expect(onlyError(await mutate(nina, 'setKeyAccountFund', { customerId: small.id, budget: '100.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    expect(onlyError(await mutate(ann, 'setKeyAccountFund', { customerId: key.id, budget: '100.00' })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '1.00', purpose: 'lunch' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    data(await mutate(nina, 'setKeyAccountFund', { customerId: key.id, budget: '500.00' }));
    data(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '120.50', purpose: 'Factory tour' }));
    const over = onlyError(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '379.51', purpose: 'Gala' }));
    expect(over.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(over.message).toBe('only 379.50 remains in the fund');
    expect(onlyError(await mutate(nina, 'setKeyAccountFund', { customerId: key.id, budget: '100.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.budget',
    });
    expect((await fetchCustomer(ann, key.id)).keyAccountFund).toEqual({
      budget: '500.00',
      spent: '120.50',
      remaining: '379.50',
      entries: [{ amount: '120.50', purpose: 'Factory tour', recordedBy: 'ann' }],
    });
    expect((await fetchCustomer(ann, small.id)).keyAccountFund).toBeNull();
  });
});
