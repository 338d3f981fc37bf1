import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

// An expected close date may not be in the past: a month from whenever the suite runs.
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const OPPORTUNITY =
  'id name amount weightedAmount stage probability expectedCloseDate competitors products lostReason wonByCompetitor version owner { id } stageHistory { stage changedBy reopenReason }';

describeOnEachDatabase('opportunities', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const create = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPPORTUNITY} } }`, {
      input: { customerId: acme, name: 'Line 2 automation', amount: '250000.00', expectedCloseDate: IN_A_MONTH, ...input },
    });
  const move = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { ${OPPORTUNITY} } }`, { input });
  const reopen = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: ReopenOpportunityInput!) { reopenOpportunity(input: $input) { ${OPPORTUNITY} } }`, { input });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('opens in PROSPECTING with its probability and weighted amount, and announces it', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const opportunity = data<{ createOpportunity: Record<string, unknown> }>(
      await create(ann, { competitors: ['RivalCo', 'RivalCo'], products: ['Press X'] }),
    ).createOpportunity;
    expect(opportunity).toMatchObject({
      stage: 'PROSPECTING',
      probability: 10,
      amount: '250000.00',
      weightedAmount: '25000.00',
      competitors: ['RivalCo'],
      products: ['Press X'],
      owner: { id: 'rep-ann' },
    });
    expect(opportunity['stageHistory']).toEqual([{ stage: 'PROSPECTING', changedBy: 'ann', reopenReason: null }]);
    const [event] = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before);
    expect(event).toMatchObject({ type: 'OpportunityStageChanged', payload: { from: null, to: 'PROSPECTING', amountMinor: 25_000_000, reopened: false } });
  });

  it.each([
    ['a bad date', { expectedCloseDate: '2026-02-30' }, 'input.expectedCloseDate'],
    ['a zero amount', { amount: '0.00' }, 'input.amount'],
    ['a closed starting stage', { stage: 'DELIVERED' }, 'input.stage'],
    ['a blank competitor', { competitors: ['ok', ' '] }, 'input.competitors.1'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_case, input, field) => {
    expect(onlyError(await create(ann, input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('moves forward, keeping the history, but never back', async () => {
    const { id } = data<{ createOpportunity: { id: string } }>(await create(ann, {})).createOpportunity;
    data(await move(ann, { id, version: 1, stage: 'PROPOSAL' }));
    expect(onlyError(await move(ann, { id, version: 2, stage: 'NEEDS_ANALYSIS' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.stage' });
    expect(onlyError(await move(ann, { id, version: 1, stage: 'NEGOTIATION' })).extensions?.['code']).toBe('CONFLICT');
    const signed = data<{ moveOpportunityStage: { stage: string; probability: number; stageHistory: Array<{ stage: string }> } }>(
      await move(ann, { id, version: 2, stage: 'CONTRACT_SIGNED' }),
    ).moveOpportunityStage;
    expect(signed).toMatchObject({ stage: 'CONTRACT_SIGNED', probability: 90 });
    expect(signed.stageHistory.map((entry) => entry.stage)).toEqual(['PROSPECTING', 'PROPOSAL', 'CONTRACT_SIGNED']);
    expect(onlyError(await move(bob, { id, version: 3, stage: 'DELIVERED' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('is lost only with a reason, and reopened only by a manager', async () => {
    const { id } = data<{ createOpportunity: { id: string } }>(await create(ann, {})).createOpportunity;
    expect(onlyError(await move(ann, { id, version: 1, stage: 'LOST' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lostReason' });
    const lost = data<{ moveOpportunityStage: { lostReason: string; wonByCompetitor: string; weightedAmount: string } }>(
      await move(ann, { id, version: 1, stage: 'LOST', lostReason: 'Price', wonByCompetitor: 'RivalCo' }),
    ).moveOpportunityStage;
    expect(lost).toEqual(expect.objectContaining({ lostReason: 'Price', wonByCompetitor: 'RivalCo', weightedAmount: '0.00' }));
    expect(onlyError(await move(ann, { id, version: 2, stage: 'PROPOSAL' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.stage' });
    expect(onlyError(await reopen(ann, { id, version: 2, stage: 'PROPOSAL', reason: 'Budget freed' })).extensions?.['code']).toBe('FORBIDDEN');
    const reopened = data<{ reopenOpportunity: { stage: string; lostReason: null; stageHistory: Array<{ stage: string; reopenReason: string | null }> } }>(
      await reopen(director, { id, version: 2, stage: 'PROPOSAL', reason: 'Budget freed' }),
    ).reopenOpportunity;
    expect(reopened).toMatchObject({ stage: 'PROPOSAL', lostReason: null });
    expect(reopened.stageHistory[reopened.stageHistory.length - 1]).toEqual({ stage: 'PROPOSAL', changedBy: 'dora', reopenReason: 'Budget freed' });
  });

  it('counts the customer’s decision makers on each deal', async () => {
    for (const roles of [['DECISION_MAKER'], ['DECISION_MAKER', 'BUYER'], ['USER']]) {
      data(
        await subgraph.execute(ann, `mutation($c: ID!, $r: [BuyingRole!]) { addContact(input: { customerId: $c, name: "X", roles: $r }) { id } }`, {
          c: acme,
          r: roles,
        }),
      );
    }
    const counts = data<{ opportunities: { edges: Array<{ node: { decisionMakerCount: number } }> } }>(
      await subgraph.execute(ann, '{ opportunities { edges { node { decisionMakerCount } } } }'),
    ).opportunities.edges.map((edge) => edge.node.decisionMakerCount);
    expect(new Set(counts)).toEqual(new Set([2]));
  });

  it('lists open opportunities on the customer and filters the pipeline', async () => {
    const customer = data<{ customer: { openOpportunities: Array<{ stage: string }> } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { openOpportunities { stage } } }`, { id: acme }),
    ).customer;
    expect(customer.openOpportunities.map((o) => o.stage).sort()).toEqual(['CONTRACT_SIGNED', 'PROPOSAL', 'PROSPECTING']);
    const closedCount = data<{ opportunities: { totalCount: number } }>(
      await subgraph.execute(ann, '{ opportunities(filter: { open: false }) { totalCount } }'),
    ).opportunities.totalCount;
    expect(closedCount).toBe(0);
    const page = data<{ opportunities: { totalCount: number; pageInfo: { endCursor: string } } }>(
      await subgraph.execute(ann, '{ opportunities(first: 1, filter: { stage: [PROSPECTING, PROPOSAL] }) { totalCount pageInfo { endCursor } } }'),
    ).opportunities;
    expect(page.totalCount).toBe(2);
    const next = data<{ opportunities: { edges: unknown[] } }>(
      await subgraph.execute(ann, 'query($a: String) { opportunities(first: 5, after: $a, filter: { stage: [PROSPECTING, PROPOSAL] }) { edges { cursor } } }', {
        a: page.pageInfo.endCursor,
      }),
    ).opportunities;
    expect(next.edges).toHaveLength(1);
    expect(data<{ opportunities: { totalCount: number } }>(await subgraph.execute(bob, '{ opportunities { totalCount } }')).opportunities.totalCount).toBe(0);
  });

  it('reads the pipeline with histories in statements that do not grow with the page', async () => {
    const counter = queryCounter(subgraph.dataSource);
    const query = `query($first: Int) { opportunities(first: $first) { edges { node { ${OPPORTUNITY} customer { name openOpportunities { id } } } } } }`;
    const small = await counter.countDuring(() => subgraph.execute(director, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(director, query, { first: 100 }));
    // count + page + histories + customers + their open opportunities
    expect([small, large]).toEqual([5, 5]);
  });
});
