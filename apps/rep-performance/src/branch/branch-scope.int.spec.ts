import { parsePeriod } from '@salesgraph/domain';
/**
 * Branch scope (docs/architecture.md#row-scopes): a branch head sees the branch's teams, reps and
 * figures, and judges its reps (docs/domain.md#roles: "branch managers
 * their branch"); nothing of another branch. A team's manager keeps their
 * team only.
 */
import { Viewer } from '@salesgraph/auth';
import { EventPayload, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { data, director, refusingData, servicesOf, withTestOrganisation } from '../test-organisation';

const PERIOD = '2026-11';
const claim = {
  category: 'TRAVEL' as const,
  amount: 12_000,
  incurredOn: '2026-11-10',
  description: 'Train to a customer',
  receipts: [{ number: 'R-1', issuer: 'Rail', amount: 12_000, issuedOn: '2026-11-10' }],
};

describeOnEachDatabase('branch scope in rep-performance', (kind) => {
  const t = withTestOrganisation(kind);
  let head: Viewer;
  let gus: { id: string; teamId: string };
  let southId: string;

  beforeAll(async () => {
    const { branches, teams, salesReps } = servicesOf(t.subgraph);
    const south = await branches.createBranch(director, { name: 'South', region: 'South' });
    const gamma = await teams.createTeam(director, { name: 'Gamma', branchId: south.id });
    gus = await salesReps.registerSalesRep(director, { name: 'Gus', email: 'gus@example.com', type: 'BOTH', teamId: gamma.id, hireDate: '2026-01-01' });
    southId = south.id;
    await branches.setBranchManager(director, { branchId: t.org.north.id, managerId: t.org.reps.mia.id });
    // Mia manages Alpha and heads North: her token names the branch she heads.
    head = { ...t.org.viewers.mia, branchId: t.org.north.id };
  });

  const figures = `query($cy: ID!, $gus: ID!) {
    branches { name kpis(period: "${PERIOD}") { ownerId } }
    teams { name kpis(period: "${PERIOD}") { ownerId } }
    cy: salesRep(id: $cy) { kpis(period: "${PERIOD}") { ownerId } }
    gus: salesRep(id: $gus) { kpis(period: "${PERIOD}") { ownerId } }
  }`;
  type Figures = {
    branches: Array<{ name: string; kpis: unknown }>;
    teams: Array<{ name: string; kpis: unknown }>;
    cy: { kpis: unknown };
    gus: { kpis: unknown };
  };
  const seen = (answer: Figures) => ({
    branches: answer.branches.filter((branch) => branch.kpis).map((branch) => branch.name),
    teams: answer.teams.filter((team) => team.kpis).map((team) => team.name),
    cy: answer.cy.kpis !== null,
    gus: answer.gus.kpis !== null,
  });

  it("shows a branch head the branch's own figures, its teams' and its reps', and nothing of another branch", async () => {
    const { data: answer, refused } = refusingData<Figures>(await t.subgraph.execute(head, figures, { cy: t.org.reps.cy.id, gus: gus.id }));
    expect(seen(answer)).toEqual({ branches: ['North'], teams: ['Alpha', 'Beta'], cy: true, gus: false });
    // What it may not see is refused where it was asked, not silently left out.
    expect(refused).toEqual(['branches.1.kpis', 'gus.kpis', 'teams.2.kpis']);
  });

  it('keeps a team manager to their team: the same person without the branch in their token sees Alpha only', async () => {
    const { data: answer, refused } = refusingData<Figures>(await t.subgraph.execute(t.org.viewers.mia, figures, { cy: t.org.reps.cy.id, gus: gus.id }));
    expect(seen(answer)).toEqual({ branches: [], teams: ['Alpha'], cy: false, gus: false });
    expect(refused).toEqual(['branches.0.kpis', 'branches.1.kpis', 'cy.kpis', 'gus.kpis', 'teams.1.kpis', 'teams.2.kpis']);
  });

  it("lets a branch head set budgets and decide claims for the branch's reps, and refuses another branch's", async () => {
    const { expense } = servicesOf(t.subgraph);
    await expense.setBudget(head, { repId: t.org.reps.cy.id, category: 'TRAVEL', period: parsePeriod(PERIOD), amount: 50_000 });
    const cysClaim = await expense.submitClaim(t.org.viewers.cy, claim, new Date('2026-11-11T09:00:00Z'));
    const decided = await expense.decide(head, { claimId: cysClaim.id, version: cysClaim.version }, true);
    expect(decided.status).toBe('APPROVED');

    await expect(expense.setBudget(head, { repId: gus.id, category: 'TRAVEL', period: parsePeriod(PERIOD), amount: 50_000 })).rejects.toThrow(
      'You may only set budgets for your own branch',
    );
    const gusView: Viewer = { subject: gus.id, role: 'REP', repId: gus.id, teamId: gus.teamId };
    const gusClaim = await expense.submitClaim(gusView, claim, new Date('2026-11-11T09:00:00Z'));
    await expect(expense.decide(head, { claimId: gusClaim.id, version: gusClaim.version }, true)).rejects.toThrow(
      'You may only decide expense claims for your own branch',
    );
    // A branch head is still nobody's approver for themselves.
    const own = await expense.submitClaim(head, claim, new Date('2026-11-11T09:00:00Z'));
    await expect(expense.decide(head, { claimId: own.id, version: own.version }, true)).rejects.toThrow('You may not decide expense claims for yourself');

    // The claims list follows the same scope: the branch's reps' claims, not Gus's.
    const listed = data<{ expenseClaims: { edges: Array<{ node: { id: string } }> } }>(
      await t.subgraph.execute(head, '{ expenseClaims(first: 100) { edges { node { id } } } }'),
    );
    const ids = listed.expenseClaims.edges.map((edge) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining([cysClaim.id, own.id]));
    expect(ids).not.toContain(gusClaim.id);
  });

  it("lets a branch head split the branch's target among its teams, and no other branch's", async () => {
    const { targets } = servicesOf(t.subgraph);
    const north = await targets.setTarget(director, {
      metric: 'REVENUE',
      period: parsePeriod('2026-Q4'),
      ownerKind: 'BRANCH',
      ownerId: t.org.north.id,
      value: 1_000_000,
    });
    const south = await targets.setTarget(director, {
      metric: 'REVENUE',
      period: parsePeriod('2026-Q4'),
      ownerKind: 'BRANCH',
      ownerId: southId,
      value: 1_000_000,
    });
    const parts = await targets.splitTarget(head, {
      targetId: north.id,
      version: north.version,
      parts: [
        { ownerId: t.org.alpha.id, sharePercent: 60 },
        { ownerId: t.org.beta.id, sharePercent: 40 },
      ],
    });
    expect(parts.map((part) => part.value).sort((a, b) => a - b)).toEqual([400_000, 600_000]);
    await expect(
      targets.splitTarget(head, { targetId: south.id, version: south.version, parts: [{ ownerId: t.org.alpha.id, sharePercent: 100 }] }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it("announces every member of a team moved to another branch with the new branch, for the other subgraphs' directories", async () => {
    const { teams } = servicesOf(t.subgraph);
    const before = (await readFeed(t.subgraph.dataSource, 0, 10_000)).length;
    await teams.setTeamBranch(director, { teamId: t.org.beta.id, branchId: southId });
    const announced = (await readFeed(t.subgraph.dataSource, 0, 10_000)).slice(before).filter((event) => event.type === 'SalesRepRegistered');
    const payloads = announced.map((event) => [event.version, event.payload] as [number, EventPayload<'SalesRepRegistered', 4>]);
    expect(payloads.map(([version, payload]) => [version, payload.repId, payload.branchId]).sort()).toEqual(
      [
        [4, t.org.reps.cy.id, southId],
        [4, t.org.reps.max.id, southId],
      ].sort(),
    );
    // Cy is now the South branch's: no longer Mia's as head of North.
    const answer = refusingData<Figures>(await t.subgraph.execute(head, figures, { cy: t.org.reps.cy.id, gus: gus.id })).data;
    expect(seen(answer)).toEqual({ branches: ['North'], teams: ['Alpha'], cy: false, gus: false });
  });

  it('announces a new branch head and the former one, and lets nobody head two branches, even when appointed at once', async () => {
    const { branches } = servicesOf(t.subgraph);
    const headsOf = async (after: number) =>
      (await readFeed(t.subgraph.dataSource, after, 10_000))
        .filter((event) => event.type === 'SalesRepRegistered')
        .map((event) => event.payload as EventPayload<'SalesRepRegistered', 4>)
        .map((payload) => [payload.repId, payload.headsBranchId]);
    const last = async () => (await readFeed(t.subgraph.dataSource, 0, 10_000)).at(-1)?.sequence ?? 0;

    // Max takes North over from Mia: both are announced, Max heading it and Mia no longer.
    let before = await last();
    await branches.setBranchManager(director, { branchId: t.org.north.id, managerId: t.org.reps.max.id });
    expect((await headsOf(before)).sort()).toEqual(
      [
        [t.org.reps.max.id, t.org.north.id],
        [t.org.reps.mia.id, null],
      ].sort(),
    );
    // Mia's token still names North, but she heads it no more: she is Alpha's manager again, and Max, named in his, heads it.
    const afterHandOver = refusingData<Figures>(await t.subgraph.execute(head, figures, { cy: t.org.reps.cy.id, gus: gus.id })).data;
    expect(seen(afterHandOver)).toEqual({ branches: [], teams: ['Alpha'], cy: false, gus: false });
    const max = { ...t.org.viewers.max, branchId: t.org.north.id };
    expect(seen(refusingData<Figures>(await t.subgraph.execute(max, figures, { cy: t.org.reps.cy.id, gus: gus.id })).data).branches).toEqual(['North']);

    // Max cannot also head South; the refusal changes nothing and announces nothing.
    before = await last();
    await expect(branches.setBranchManager(director, { branchId: southId, managerId: t.org.reps.max.id })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.managerId' },
      message: expect.stringContaining('already heads North'),
    });
    expect(await headsOf(before)).toEqual([]);

    // Two branches, one person, at once: exactly one appointment lands.
    const east = await branches.createBranch(director, { name: 'East', region: 'East' });
    const west = await branches.createBranch(director, { name: 'West', region: 'West' });
    const outcomes = await Promise.allSettled(
      [east, west].map((branch) => branches.setBranchManager(director, { branchId: branch.id, managerId: t.org.reps.ann.id })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused?.reason).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.managerId' } });
    const headed = (await t.subgraph.dataSource.query(`SELECT id FROM branch WHERE manager_id = ?`, [t.org.reps.ann.id])) as unknown[];
    expect(headed).toHaveLength(1);
  });
});
