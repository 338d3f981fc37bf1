import { Viewer } from '@salesgraph/auth';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const PIPELINE = `query($filter: OpportunityFilter) {
  pipeline(filter: $filter) { count amount weightedAmount stages { stage probability count amount weightedAmount } }
}`;

interface Pipeline {
  count: number;
  amount: string;
  weightedAmount: string;
  stages: Array<{ stage: string; probability: number; count: number; amount: string; weightedAmount: string }>;
}

describeOnEachDatabase('the pipeline by stage', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;
  const customers: Record<string, string> = {};

  beforeAll(async () => {
    for (const [viewer, name] of [
      [ann, 'Acme'],
      [bob, 'Bolt'],
    ] as const) {
      customers[name] = data<{ createCustomer: { id: string } }>(
        await t.subgraph.execute(viewer, 'mutation($n: String!) { createCustomer(input: { name: $n, class: B }) { id } }', { n: name }),
      ).createCustomer.id;
    }
    const open = (viewer: Viewer, customer: string, amount: string, stage: string) =>
      t.subgraph.execute(viewer, 'mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
        input: { customerId: customers[customer], name: `${stage} ${amount}`, amount, expectedCloseDate: IN_A_MONTH, stage },
      });
    // 0.05 at 10 % is half a cent, rounded up as the row shows it: twice that is 0.02, not the 0.01 a rounded sum would give.
    for (const [viewer, customer, amount, stage] of [
      [ann, 'Acme', '0.05', 'PROSPECTING'],
      [ann, 'Acme', '0.05', 'PROSPECTING'],
      [ann, 'Acme', '1000.00', 'PROPOSAL'],
      [bob, 'Bolt', '250.00', 'NEGOTIATION'],
    ] as const) {
      data(await open(viewer, customer, amount, stage));
    }
  });

  const pipeline = async (viewer: Viewer, filter?: Record<string, unknown>) =>
    data<{ pipeline: Pipeline }>(await t.subgraph.execute(viewer, PIPELINE, { filter })).pipeline;
  const stage = (answer: Pipeline, name: string) => answer.stages.find((row) => row.stage === name);

  it('sums each open stage, every stage in order, with the weighted amount the rows add up to', async () => {
    const team = await pipeline(nina);
    expect(team.stages.map((row) => row.stage)).toEqual(['PROSPECTING', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'CONTRACT_SIGNED']);
    expect(stage(team, 'PROSPECTING')).toEqual({ stage: 'PROSPECTING', probability: 10, count: 2, amount: '0.10', weightedAmount: '0.02' });
    expect(stage(team, 'NEEDS_ANALYSIS')).toEqual({ stage: 'NEEDS_ANALYSIS', probability: 20, count: 0, amount: '0.00', weightedAmount: '0.00' });
    expect(stage(team, 'PROPOSAL')).toMatchObject({ count: 1, amount: '1000.00', weightedAmount: '400.00' });
    expect(stage(team, 'NEGOTIATION')).toMatchObject({ count: 1, amount: '250.00', weightedAmount: '150.00' });
    expect(team).toMatchObject({ count: 4, amount: '1250.10', weightedAmount: '550.02' });

    // The rows behind PROSPECTING: their weightedAmount adds up to the stage's.
    const rows = data<{ opportunities: { edges: Array<{ node: { weightedAmount: string } }> } }>(
      await t.subgraph.execute(nina, '{ opportunities(filter: { stage: [PROSPECTING] }) { edges { node { weightedAmount } } } }'),
    ).opportunities.edges.map((edge) => edge.node.weightedAmount);
    expect(rows).toEqual(['0.01', '0.01']);
  });

  it('follows the caller’s scope and the filter, in one statement', async () => {
    expect(await pipeline(bob)).toMatchObject({ count: 1, amount: '250.00' });
    expect(await pipeline(sam)).toMatchObject({ count: 0, amount: '0.00', weightedAmount: '0.00' });
    expect(await pipeline(nina, { ownerId: 'rep-ann' })).toMatchObject({ count: 3, amount: '1000.10' });
    const counter = queryCounter(t.subgraph.dataSource);
    expect(await counter.countDuring(() => pipeline(nina, { stage: ['PROPOSAL'] }))).toBe(1);
  });

  it('refuses a malformed date in the filter on its path', async () => {
    const result = await t.subgraph.execute(nina, PIPELINE, { filter: { expectedCloseFrom: '2026-13-01' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.expectedCloseFrom' });
  });
});
