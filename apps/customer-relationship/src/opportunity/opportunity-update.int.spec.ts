/**
 * Records that can be corrected (docs/domain.md#opportunities): an open opportunity's amount,
 * expected close date (not in the past) and products are corrected from the
 * version read, each change kept with who, when and why, and announced.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { OpportunityEntity } from './opportunity.entity';

const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const day = (fromNow: number) => new Date(Date.now() + fromNow * 86_400_000).toISOString().slice(0, 10);
const OPPORTUNITY =
  'id amount expectedCloseDate products version changes { amountBefore amountAfter expectedCloseDateBefore expectedCloseDateAfter productsBefore productsAfter reason changedBy changedAt }';

describeOnEachDatabase('opportunities: corrections', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const open = async () =>
    data<{ createOpportunity: { id: string; version: number } }>(
      await subgraph.execute(ann, `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id version } }`, {
        i: { customerId: acme, name: 'Line 2', amount: '1000.00', expectedCloseDate: day(30), products: ['Press X'] },
      }),
    ).createOpportunity;
  const update = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: UpdateOpportunityInput!) { updateOpportunity(input: $i) { ${OPPORTUNITY} } }`, { i: input });
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const stored = (id: string) => subgraph.dataSource.getRepository(OpportunityEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('corrects the amount, close date and products, keeps each change and announces it', async () => {
    const opportunity = await open();
    const before = (await feed()).length;
    const first = data<{ updateOpportunity: { amount: string; expectedCloseDate: string; products: string[]; version: number } }>(
      await update(ann, {
        id: opportunity.id,
        version: opportunity.version,
        amount: '1500.00',
        expectedCloseDate: day(45),
        products: ['Press X', 'Die set', 'Press X'],
        reason: 'Scope grew',
      }),
    ).updateOpportunity;
    expect(first).toMatchObject({ amount: '1500.00', expectedCloseDate: day(45), products: ['Press X', 'Die set'], version: opportunity.version + 1 });
    // Only the amount, by the rep's manager: the rest stays.
    const second = data<{ updateOpportunity: { amount: string; expectedCloseDate: string; products: string[]; changes: unknown[] } }>(
      await update(nina, { id: opportunity.id, version: opportunity.version + 1, amount: '1200.00' }),
    ).updateOpportunity;
    expect(second).toMatchObject({ amount: '1200.00', expectedCloseDate: day(45), products: ['Press X', 'Die set'] });
    expect(second.changes).toEqual([
      expect.objectContaining({
        amountBefore: '1000.00',
        amountAfter: '1500.00',
        expectedCloseDateBefore: day(30),
        expectedCloseDateAfter: day(45),
        productsBefore: ['Press X'],
        productsAfter: ['Press X', 'Die set'],
        reason: 'Scope grew',
        changedBy: 'ann',
      }),
      expect.objectContaining({
        amountBefore: '1500.00',
        amountAfter: '1200.00',
        expectedCloseDateBefore: day(45),
        expectedCloseDateAfter: day(45),
        reason: null,
        changedBy: 'nina',
      }),
    ]);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([
      ['OpportunityUpdated', 1],
      ['OpportunityUpdated', 1],
    ]);
    expect(events[0].payload).toMatchObject({
      opportunityId: opportunity.id,
      customerId: acme,
      ownerId: 'rep-ann',
      stage: 'PROSPECTING',
      amountMinor: 150_000,
      previousAmountMinor: 100_000,
      products: ['Press X', 'Die set'],
      previousProducts: ['Press X'],
      reason: 'Scope grew',
      changedBy: 'ann',
    });
  });

  it.each([
    ['a close date in the past', { expectedCloseDate: day(-1) }, 'input.expectedCloseDate'],
    ['a close date that is not a date', { expectedCloseDate: 'soon' }, 'input.expectedCloseDate'],
    ['a zero amount', { amount: '0' }, 'input.amount'],
    ['an empty product', { products: ['Press X', ' '] }, 'input.products.1'],
    ['a reason over 500 characters', { amount: '5.00', reason: 'x'.repeat(501) }, 'input.reason'],
    ['nothing to change', {}, 'input'],
    ['an unknown opportunity', { id: 'nope', amount: '5.00' }, 'input.id'],
  ])('refuses %s with BAD_USER_INPUT on the field, changing nothing', async (_case, input, field) => {
    const opportunity = await open();
    const before = (await feed()).length;
    expect(onlyError(await update(ann, { id: opportunity.id, version: opportunity.version, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await stored(opportunity.id)).toMatchObject({ amountMinor: 100_000, version: opportunity.version });
    expect((await feed()).length).toBe(before);
  });

  it('refuses a stale version with CONFLICT, a closed opportunity, analysts and reps who cannot see it', async () => {
    const opportunity = await open();
    data(await update(ann, { id: opportunity.id, version: opportunity.version, amount: '1100.00' }));
    expect(onlyError(await update(nina, { id: opportunity.id, version: opportunity.version, amount: '900.00' })).extensions?.['code']).toBe('CONFLICT');
    expect((await stored(opportunity.id)).amountMinor).toBe(110_000);
    expect(onlyError(await update(analyst, { id: opportunity.id, version: opportunity.version + 1, amount: '900.00' })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await update(bob, { id: opportunity.id, version: opportunity.version + 1, amount: '900.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    data(
      await subgraph.execute(ann, `mutation($i: MoveOpportunityStageInput!) { moveOpportunityStage(input: $i) { id } }`, {
        i: { id: opportunity.id, version: opportunity.version + 1, stage: 'LOST', lostReason: 'Budget cut' },
      }),
    );
    expect(onlyError(await update(ann, { id: opportunity.id, version: opportunity.version + 2, amount: '900.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });
});
