import { Viewer } from '@salesgraph/auth';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from './customer-spec-kit';

const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name class status version region industry address source relationshipLevel owner { id } allowedNextStatuses
  lastVisitAt nextVisitDueAt visitOverdue daysOverdue
  assignmentHistory { from { id } to { id } reason assignedBy }
  keyAccountFund { budget spent remaining entries { amount purpose recordedBy } }
  qualityProfile { yearsInBusiness industryStanding notes version }`;

describeOnEachDatabase('customer profile and lifecycle', (kind) => {
  const t = withCustomerSubgraph(kind, FIELDS);
  const { data, create, mutate, fetchCustomer, eventsSince, feedLength } = t;

  it('files the descriptive fields and refuses overlong ones on their field', async () => {
    const customer = await create(ann, { name: 'Acme', class: 'B', region: ' East ', industry: 'Foods', source: 'TRADE_SHOW', relationshipLevel: 'DISTANT' });
    expect(customer).toMatchObject({
      region: 'East',
      industry: 'Foods',
      source: 'TRADE_SHOW',
      relationshipLevel: 'DISTANT',
      version: 1,
      allowedNextStatuses: ['ACTIVE', 'CHURNED'],
    });
    const error = onlyError(
      await t.subgraph.execute(ann, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
        input: { name: 'X', class: 'B', region: 'r'.repeat(101) },
      }),
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.region' });
  });

  it('updates from the version read, announces it, and refuses a stale version with CONFLICT, changing nothing', async () => {
    const customer = await create(ann, { name: 'Update Co', class: 'C', region: 'West' });
    const before = await feedLength();
    const updated = data<{ updateCustomer: { version: number; class: string; region: string | null; name: string } }>(
      await mutate(ann, 'updateCustomer', { id: customer.id, version: 1, class: 'B', region: null }),
    ).updateCustomer;
    expect(updated).toMatchObject({ version: 2, class: 'B', region: null, name: 'Update Co' });
    expect((await eventsSince(before)).map((event) => [event.type, event.payload])).toEqual([
      ['CustomerUpdated', { customerId: customer.id, name: 'Update Co', class: 'B', region: null, industry: null }],
    ]);
    const stale = onlyError(await mutate(ann, 'updateCustomer', { id: customer.id, version: 1, name: 'Lost update' }));
    expect(stale.extensions?.['code']).toBe('CONFLICT');
    expect(await fetchCustomer(ann, customer.id)).toMatchObject({ name: 'Update Co', version: 2 });
  });

  it('moves along the lifecycle only where it may go', async () => {
    const customer = await create(ann, { name: 'Life Co', class: 'C' });
    const refused = onlyError(await mutate(ann, 'changeCustomerStatus', { id: customer.id, version: 1, status: 'DORMANT' }));
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.status' });
    expect(refused.message).toBe('a PROSPECT customer can become ACTIVE or CHURNED, not DORMANT');
    const active = data<{ changeCustomerStatus: { status: string; allowedNextStatuses: string[] } }>(
      await mutate(ann, 'changeCustomerStatus', { id: customer.id, version: 1, status: 'ACTIVE' }),
    ).changeCustomerStatus;
    expect(active).toMatchObject({ status: 'ACTIVE', allowedNextStatuses: ['DORMANT', 'CHURNED'] });
  });

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['CREATED_AT', 'DESC'],
    ['CLASS', 'ASC'],
  ])('sorts by %s %s, paging through every customer exactly once in order', async (field, direction) => {
    const all: Array<{ id: string; name: string; class: string; createdAt: string; lastVisitAt: string | null }> = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: { customers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: (typeof all)[number] }> } } = data(
        await t.subgraph.execute(
          director,
          `query($after: String, $sort: CustomerSort) { customers(first: 3, after: $after, sort: $sort) { pageInfo { hasNextPage endCursor } edges { node { id name class createdAt lastVisitAt } } } }`,
          {
            after,
            sort: { field, direction },
          },
        ),
      );
      all.push(...page.customers.edges.map((edge) => edge.node));
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    const total = data<{ customers: { totalCount: number } }>(await t.subgraph.execute(director, '{ customers { totalCount } }')).customers.totalCount;
    expect(all).toHaveLength(total);
    expect(new Set(all.map((row) => row.id)).size).toBe(total);
    const key = (row: (typeof all)[number]): string => ({ NAME: row.name, CLASS: row.class, CREATED_AT: row.createdAt })[field] as string;
    const keys = all.map(key);
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(keys).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
  });

  it('reads customers with contacts, last visit, open opportunities, receivables and owner in the same statements for 10 as for 100', async () => {
    const counter = queryCounter(t.subgraph.dataSource);
    const query = `query($first: Int) { customers(first: $first) { totalCount edges { node { name owner { id } contacts { name roles } lastVisit { visitedAt }
      openOpportunities { name stage } receivables { outstanding overdue dso } } } } }`;
    const ten = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 10 }));
    const hundred = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 100 }));
    // count + page + contacts + last visits + open opportunities + open invoices + 90-day sales; owner is a reference
    expect([ten, hundred]).toEqual([7, 7]);
  });

  it('reads a page with every profile field in the same number of statements, whatever its size', async () => {
    const counter = queryCounter(t.subgraph.dataSource);
    const query = `query($first: Int, $filter: CustomerFilter) { customers(first: $first, filter: $filter) { totalCount edges { node { ${FIELDS} } } } }`;
    // The one-row page is the customer with a fund, so both pages touch every child list.
    const key = await create(ann, { name: 'Key Co', class: 'A' });
    data(await mutate(nina, 'setKeyAccountFund', { customerId: key.id, budget: '500.00' }));
    data(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '120.50', purpose: 'Factory tour' }));
    const small = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 1, filter: { nameContains: 'Key Co' } }));
    const large = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 100 }));
    // count + page + policies + assignment histories + fund entries + quality profiles
    expect([small, large]).toEqual([6, 6]);
  });
});
