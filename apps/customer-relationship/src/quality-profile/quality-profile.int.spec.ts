import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const analyst: Viewer = { subject: 'al', role: 'ANALYST' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name version qualityProfile { yearsInBusiness industryStanding notes version }`;

describeOnEachDatabase('customer quality profile', (kind) => {
  const t = withCustomerSubgraph(kind, FIELDS);
  const { data, create, mutate, fetchCustomer } = t;

  it('shows the quality profile to the owner and managers but not to analysts, and guards it with a version', async () => {
    const customer = await create(ann, { name: 'Profile Co', class: 'A' });
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, version: 3, notes: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.version',
    });
    data(
      await mutate(ann, 'setCustomerQualityProfile', {
        customerId: customer.id,
        yearsInBusiness: 12,
        industryStanding: 'CHALLENGER',
        notes: 'Reads the trade press',
      }),
    );
    expect((await fetchCustomer(ann, customer.id)).qualityProfile).toEqual({
      yearsInBusiness: 12,
      industryStanding: 'CHALLENGER',
      notes: 'Reads the trade press',
      version: 1,
    });
    expect((await fetchCustomer(nina, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 12 });
    expect((await fetchCustomer(director, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 12 });
    const refused = await t.subgraph.execute(analyst, `query($id: ID!) { customer(id: $id) { name qualityProfile { notes } } }`, { id: customer.id });
    expect(refused.data).toEqual({ customer: { name: expect.any(String), qualityProfile: null } });
    expect(onlyError(refused)).toMatchObject({ path: ['customer', 'qualityProfile'], extensions: { code: 'FORBIDDEN' } });
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, yearsInBusiness: -1, version: 1 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.yearsInBusiness',
    });
    data(await mutate(nina, 'setCustomerQualityProfile', { customerId: customer.id, version: 1, yearsInBusiness: 13 }));
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, version: 1, yearsInBusiness: 14 })).extensions?.['code']).toBe(
      'CONFLICT',
    );
    expect((await fetchCustomer(ann, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 13, version: 2 });
  });
});
