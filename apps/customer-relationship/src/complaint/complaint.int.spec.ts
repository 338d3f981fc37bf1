import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('complaints', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;
  let acme = '';

  const events = async (type: string) => (await readFeed(t.subgraph.dataSource, 0, 10_000)).filter((event) => event.type === type);

  beforeAll(async () => {
    acme = data<{ createCustomer: { id: string } }>(await t.subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });

  it('opens and resolves complaints, measuring handling time, once', async () => {
    const opened = data<{ openComplaint: { id: string; severity: string; rep: { id: string } } }>(
      await t.subgraph.execute(
        ann,
        `mutation($c: ID!) { openComplaint(input: { customerId: $c, subject: "Late delivery", description: "Two weeks late", openedAt: "${new Date(Date.now() - 5 * 3_600_000).toISOString()}" }) { id severity rep { id } } }`,
        { c: acme },
      ),
    ).openComplaint;
    expect(opened).toMatchObject({ severity: 'MEDIUM', rep: { id: 'rep-ann' } });
    const open = data<{ customer: { openComplaints: Array<{ subject: string }> } }>(
      await t.subgraph.execute(nina, `query($c: ID!) { customer(id: $c) { openComplaints { subject } } }`, { c: acme }),
    ).customer;
    expect(open.openComplaints).toEqual([{ subject: 'Late delivery' }]);
    const resolve = (viewer: Viewer, version: number, resolution = 'Expedited and credited') =>
      t.subgraph.execute(
        viewer,
        `mutation($i: ID!, $v: Int!, $r: String!) { resolveComplaint(input: { id: $i, version: $v, resolution: $r }) { resolution handlingHours resolvedAt } }`,
        { i: opened.id, v: version, r: resolution },
      );
    expect(onlyError(await resolve(sam, 1)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect(onlyError(await resolve(ann, 1, ' ')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.resolution' });
    const resolved = data<{ resolveComplaint: { handlingHours: number } }>(await resolve(ann, 1)).resolveComplaint;
    expect(resolved.handlingHours).toBeGreaterThanOrEqual(4.9);
    expect(resolved.handlingHours).toBeLessThanOrEqual(5.1);
    expect(onlyError(await resolve(ann, 2)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
    expect((await events('ComplaintOpened')).length).toBe(1);
    expect((await events('ComplaintResolved')).length).toBe(1);
    expect(
      data<{ complaints: { totalCount: number } }>(await t.subgraph.execute(nina, '{ complaints(filter: { open: false }) { totalCount } }')).complaints
        .totalCount,
    ).toBe(1);
  });

  it('reads complaints and satisfaction for a page of customers in statements that do not grow with it', async () => {
    data(
      await t.subgraph.execute(ann, `mutation($c: ID!) { openComplaint(input: { customerId: $c, subject: "Noise", description: "Loud press" }) { id } }`, {
        c: acme,
      }),
    );
    const counter = queryCounter(t.subgraph.dataSource);
    const query = `query($first: Int) { customers(first: $first) { edges { node { openComplaints { subject handlingHours } satisfaction { averageScore latest { score } } } } } }`;
    const small = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 1 }));
    const large = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 100 }));
    // count + page + open complaints + surveys
    expect([small, large]).toEqual([4, 4]);
  });
});
