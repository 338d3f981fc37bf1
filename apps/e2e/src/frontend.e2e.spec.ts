/**
 * The graph as a frontend team uses it, through the gateway with the generated client
 * (docs/architecture.md#errors, README "For frontend teams"). Each test makes its own
 * organisation, so it passes alone (-t) and in any order (--randomize).
 */
import {
  CreateOpportunityDocument,
  CustomerListPageDocument,
  FrontendViewerDocument,
  RecordOrderDocument,
  RepsDayDocument,
  TeamBoardDocument,
} from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { eventually, Suite, uniqueName } from './suite';

const PERIOD = new Date().toISOString().slice(0, 7);
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

describeOnEachDatabase('a frontend through the gateway', (kind) => {
  const suite = new Suite(kind);

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('learns who is signed in from the viewer query: rep, team, scope and what they may do', async () => {
    const teamName = uniqueName('Screens');
    const teamId = await suite.createTeam(teamName);
    const ann = await suite.registerRep('Ann', teamId);
    const { viewer } = await suite.as(ann).request(FrontendViewerDocument);
    expect(viewer).toEqual({
      userId: ann.subject,
      role: 'REP',
      displayName: 'Ann',
      scope: 'OWN',
      rep: { id: ann.repId, name: 'Ann' },
      team: { id: teamId, name: teamName },
      branch: null,
      may: { write: true, actAsRep: true, approve: false, manageOrganisation: false },
    });
  });

  it('draws a rep’s day in one query: greeting, own figures with the reason beside each attainment, own overdue customers, own pipeline', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('Day')));
    const acme = await suite.createCustomer(ann, uniqueName('Acme'), { class: 'A' });
    await suite.as(ann).request(RecordOrderDocument, { input: { customerId: acme, lines: [{ product: 'Press', units: 1, listPrice: '300.00' }] } });
    for (const [amount, stage] of [
      ['1000.00', 'PROPOSAL'],
      ['250.00', 'NEGOTIATION'],
    ] as const) {
      await suite
        .as(ann)
        .request(CreateOpportunityDocument, { input: { customerId: acme, name: `Deal ${stage}`, amount, expectedCloseDate: IN_A_MONTH, stage } });
    }
    const day = await eventually(async () => {
      const answer = await suite.as(ann).request(RepsDayDocument, { period: PERIOD });
      const revenue = answer.viewer.rep?.kpis?.kpis.find((kpi) => kpi.key === 'REVENUE');
      return revenue?.value === 300 ? answer : undefined;
    });
    expect(day.viewer.displayName).toBe('Ann');
    expect(day.viewer.rep?.kpis?.kpis.find((kpi) => kpi.key === 'REVENUE')).toMatchObject({ attainment: null, attainmentStatus: 'NO_TARGET_SET' });
    expect(day.viewer.rep?.kpis?.kpis.find((kpi) => kpi.key === 'SATISFACTION')?.attainmentStatus).toBe('KPI_TAKES_NO_TARGET');
    expect(day.overdue.edges.every((edge) => edge.node.id === acme)).toBe(true);
    expect(day.pipeline).toMatchObject({ count: 2, amount: '1250.00', weightedAmount: '550.00' });
    expect(day.pipeline.stages.filter((stage) => stage.count > 0)).toEqual([
      { stage: 'PROPOSAL', count: 1, amount: '1000.00' },
      { stage: 'NEGOTIATION', count: 1, amount: '250.00' },
    ]);
  });

  it('draws a manager’s team board: each member’s revenue from reporting, their KPIs, and the team’s pipeline', async () => {
    const teamId = await suite.createTeam(uniqueName('Board'));
    const [ann, bob, mia] = [await suite.registerRep('Ann', teamId), await suite.registerRep('Bob', teamId), await suite.registerRep('Mia', teamId, 'MANAGER')];
    for (const [rep, amount] of [
      [ann, '120.00'],
      [bob, '80.00'],
    ] as const) {
      const customer = await suite.createCustomer(rep, uniqueName(`${rep.subject} customer`));
      await suite.as(rep).request(RecordOrderDocument, { input: { customerId: customer, lines: [{ product: 'Die', units: 1, listPrice: amount }] } });
      await suite.as(rep).request(CreateOpportunityDocument, {
        input: { customerId: customer, name: 'Next deal', amount: '500.00', expectedCloseDate: IN_A_MONTH, stage: 'PROSPECTING' },
      });
    }
    const board = await eventually(async () => {
      const answer = await suite.as(mia).request(TeamBoardDocument, { teamId, period: PERIOD });
      const revenue = Object.fromEntries((answer.team?.members ?? []).map((member) => [member.name, member.revenue]));
      return revenue['Ann'] === '120.00' && revenue['Bob'] === '80.00' ? answer : undefined;
    });
    expect(board.team?.members.map((member) => [member.name, member.revenue]).sort()).toEqual([
      ['Ann', '120.00'],
      ['Bob', '80.00'],
      ['Mia', '0.00'],
    ]);
    for (const member of board.team?.members ?? []) expect(member.kpis?.kpis.find((kpi) => kpi.key === 'REVENUE')?.attainmentStatus).toBe('NO_TARGET_SET');
    expect(board.pipeline).toEqual({ count: 2, amount: '1000.00' });

    // Reporting down: the board still draws, each member's revenue null with its error at its path.
    const degraded = await suite.whileStopped('reporting', () => suite.as(mia).execute(TeamBoardDocument, { teamId, period: PERIOD }));
    expect(degraded.data?.team?.members.map((member) => [member.name, member.revenue]).sort()).toEqual([
      ['Ann', null],
      ['Bob', null],
      ['Mia', null],
    ]);
    expect(degraded.data?.pipeline).toEqual({ count: 2, amount: '1000.00' });
    expect((degraded.errors ?? []).map((error) => [error.path, error.extensions?.['serviceName']])).toEqual(
      [0, 1, 2].map((index) => [['team', 'members', index, 'revenue'], 'reporting']),
    );
  });

  it('scrolls an infinite customer list page by page, every customer once, in name order', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('Scroll')));
    const tag = uniqueName('Scroll');
    const names = ['E', 'A', 'D', 'B', 'C'].map((letter) => `${tag} ${letter}`);
    for (const name of names) await suite.createCustomer(ann, name);
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const { customers } = await suite.as(ann).request(CustomerListPageDocument, { first: 2, after, nameContains: tag });
      expect(customers.totalCount).toBe(5);
      for (const edge of customers.edges) {
        seen.push(edge.node.name);
        expect(edge.node.owner).toEqual({ id: ann.repId, name: 'Ann' });
      }
      after = customers.pageInfo.hasNextPage ? customers.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());
  });
});
