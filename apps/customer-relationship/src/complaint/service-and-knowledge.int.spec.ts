import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const analyst: Viewer = { subject: 'al', role: 'ANALYST' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('complaints, satisfaction, competitor intelligence and success cases', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const events = async (type: string) => (await readFeed(subgraph.dataSource, 0, 10_000)).filter((event) => event.type === type);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = repDirectoryConsumer(handFedConsumerDeps(subgraph.dataSource));
    await directory.apply(
      [
        ['rep-ann', 'north', 'Ann'],
        ['rep-bob', 'north', 'Bob'],
        ['rep-nina', 'north', 'Nina'],
        ['rep-sam', 'south', 'Sam'],
      ].map(([repId, teamId, name], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId, name },
      })),
    );
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('opens and resolves complaints, measuring handling time, once', async () => {
    const opened = data<{ openComplaint: { id: string; severity: string; rep: { id: string } } }>(
      await subgraph.execute(
        ann,
        `mutation($c: ID!) { openComplaint(input: { customerId: $c, subject: "Late delivery", description: "Two weeks late", openedAt: "${new Date(Date.now() - 5 * 3_600_000).toISOString()}" }) { id severity rep { id } } }`,
        { c: acme },
      ),
    ).openComplaint;
    expect(opened).toMatchObject({ severity: 'MEDIUM', rep: { id: 'rep-ann' } });
    const open = data<{ customer: { openComplaints: Array<{ subject: string }> } }>(
      await subgraph.execute(nina, `query($c: ID!) { customer(id: $c) { openComplaints { subject } } }`, { c: acme }),
    ).customer;
    expect(open.openComplaints).toEqual([{ subject: 'Late delivery' }]);
    const resolve = (viewer: Viewer, version: number, resolution = 'Expedited and credited') =>
      subgraph.execute(
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
      data<{ complaints: { totalCount: number } }>(await subgraph.execute(nina, '{ complaints(filter: { open: false }) { totalCount } }')).complaints
        .totalCount,
    ).toBe(1);
  });

  it('records satisfaction 1–5 and averages it on the customer', async () => {
    const survey = (score: number) =>
      subgraph.execute(ann, `mutation($c: ID!, $s: Int!) { recordSatisfactionSurvey(input: { customerId: $c, score: $s }) { score } }`, { c: acme, s: score });
    expect(onlyError(await survey(6)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    expect(onlyError(await survey(0)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    data(await survey(4));
    data(await survey(5));
    const satisfaction = data<{ customer: { satisfaction: { averageScore: number; surveyCount: number } } }>(
      await subgraph.execute(ann, `query($c: ID!) { customer(id: $c) { satisfaction { averageScore surveyCount latest { score } } } }`, { c: acme }),
    ).customer.satisfaction;
    expect(satisfaction).toMatchObject({ averageScore: 4.5, surveyCount: 2 });
  });

  it('keeps competitor notes regional for all, but customer notes as private as the customer', async () => {
    const record = (viewer: Viewer, input: Record<string, unknown>) =>
      subgraph.execute(
        viewer,
        `mutation($input: RecordCompetitorIntelligenceInput!) { recordCompetitorIntelligence(input: $input) { competitor customer { name } } }`,
        { input: { competitor: 'RivalCo', topic: 'PRICE', note: 'Cut list prices 8 %', ...input } },
      );
    data(await record(sam, { region: 'South' }));
    expect(data(await record(ann, { customerId: acme }))).toEqual({ recordCompetitorIntelligence: { competitor: 'RivalCo', customer: { name: 'Acme' } } });
    expect(onlyError(await record(sam, { customerId: acme })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    expect(onlyError(await record(analyst, { region: 'North' })).extensions?.['code']).toBe('FORBIDDEN');
    const notes = async (viewer: Viewer) =>
      data<{ competitorIntelligence: { totalCount: number } }>(
        await subgraph.execute(viewer, '{ competitorIntelligence(filter: { competitor: "RivalCo" }) { totalCount } }'),
      ).competitorIntelligence.totalCount;
    expect(await notes(sam)).toBe(1);
    expect(await notes(ann)).toBe(2);
    expect(await notes(director)).toBe(2);
  });

  it('keeps a searchable success-case library and names who owes one', async () => {
    const submit = (viewer: Viewer, title: string, story: string, industry?: string) =>
      subgraph.execute(
        viewer,
        `mutation($t: String!, $s: String!, $i: String) { submitSuccessCase(input: { title: $t, story: $s, industry: $i }) { title rep { id } } }`,
        { t: title, s: story, i: industry },
      );
    expect(onlyError(await submit(director, 'x', 'y')).extensions?.['code']).toBe('FORBIDDEN');
    data(await submit(ann, 'Winning back a churned mill', 'A coach in purchasing opened the door.', 'Textiles'));
    data(await submit(sam, 'First order from a hospital', 'Patient evaluation over three visits.', 'Healthcare'));
    const search = async (words: string) =>
      data<{ successCases: { edges: Array<{ node: { title: string } }> } }>(
        await subgraph.execute(bob, 'query($s: String) { successCases(search: $s) { edges { node { title } } } }', { s: words }),
      ).successCases.edges.map((edge) => edge.node.title);
    expect(await search('COACH purchasing')).toEqual(['Winning back a churned mill']);
    expect(await search('healthcare')).toEqual(['First order from a hospital']);
    expect(await search('')).toHaveLength(2);
    const owing = async (viewer: Viewer, teamId?: string) =>
      data<{ repsWithoutRecentSuccessCase: Array<{ id: string }> }>(
        await subgraph.execute(viewer, 'query($t: ID) { repsWithoutRecentSuccessCase(teamId: $t) { id } }', { t: teamId }),
      )
        .repsWithoutRecentSuccessCase.map((rep) => rep.id)
        .sort();
    expect(await owing(nina)).toEqual(['rep-bob', 'rep-nina']);
    expect(await owing(director)).toEqual(['rep-bob', 'rep-nina']);
    expect(await owing(director, 'south')).toEqual([]);
    expect(await owing(ann)).toEqual([]);
    expect(await owing(bob)).toEqual(['rep-bob']);
  });

  it('reads complaints and satisfaction for a page of customers in statements that do not grow with it', async () => {
    data(
      await subgraph.execute(ann, `mutation($c: ID!) { openComplaint(input: { customerId: $c, subject: "Noise", description: "Loud press" }) { id } }`, {
        c: acme,
      }),
    );
    const counter = queryCounter(subgraph.dataSource);
    const query = `query($first: Int) { customers(first: $first) { edges { node { openComplaints { subject handlingHours } satisfaction { averageScore latest { score } } } } } }`;
    const small = await counter.countDuring(() => subgraph.execute(director, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(director, query, { first: 100 }));
    // count + page + open complaints + surveys
    expect([small, large]).toEqual([4, 4]);
  });
});
