import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';
import { IncentivePlanEntity } from './incentive.entity';

const terms = { basis: 'REVENUE', tiers: [{ upTo: '10000.00', ratePercent: 2 }, { ratePercent: 3 }] };

describeOnEachDatabase('incentive plans', (kind) => {
  const t = withTestOrganisation(kind);

  const create = (input: Record<string, unknown>, viewer = director) =>
    t.subgraph.execute(
      viewer,
      `mutation($i: CreateIncentivePlanInput!) { createIncentivePlan(input: $i) { id name version team { name } versions { number effectiveFrom basis tiers { upTo ratePercent } } } }`,
      {
        i: { name: 'Company plan', effectiveFrom: '2026-01', terms, ...input },
      },
    );

  it.each([
    [
      'tiers that fall',
      { terms: { ...terms, tiers: [{ upTo: '10000.00', ratePercent: 2 }, { upTo: '5000.00', ratePercent: 3 }, { ratePercent: 4 }] } },
      'input.terms.tiers.1.upTo',
    ],
    ['a closed top tier', { terms: { ...terms, tiers: [{ upTo: '10000.00', ratePercent: 2 }] } }, 'input.terms.tiers.0.upTo'],
    ['a rate over 100 %', { terms: { ...terms, tiers: [{ ratePercent: 120 }] } }, 'input.terms.tiers.0.ratePercent'],
    [
      'a bonus threshold of 0 %',
      { terms: { ...terms, bonuses: [{ name: 'x', minAttainmentPercent: 0, amount: '1.00' }] } },
      'input.terms.bonuses.0.minAttainmentPercent',
    ],
    ['a start that is not a month', { effectiveFrom: '2026-Q1' }, 'input.effectiveFrom'],
    ['an unknown team', { teamId: 'nope' }, 'input.teamId'],
  ])('refuses a plan with %s, publishing nothing', async (_case, input, field) => {
    expect(onlyError(await create(input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await t.subgraph.dataSource.getRepository(IncentivePlanEntity).count()).toBe(0);
  });

  it('publishes one company-wide plan and one per team, for directors only, and a team’s own plan wins', async () => {
    expect(onlyError(await create({}, t.org.viewers.mia)).extensions?.['code']).toBe('FORBIDDEN');
    const company = data<{ createIncentivePlan: { versions: unknown[] } }>(await create({})).createIncentivePlan;
    expect(company.versions).toEqual([
      {
        number: 1,
        effectiveFrom: '2026-01',
        basis: 'REVENUE',
        tiers: [
          { upTo: '10000.00', ratePercent: 2 },
          { upTo: null, ratePercent: 3 },
        ],
      },
    ]);
    expect(onlyError(await create({ name: 'Second company plan' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.teamId' });
    const beta = data<{ createIncentivePlan: { team: { name: string } } }>(
      await create({ name: 'Beta plan', teamId: t.org.beta.id, terms: { basis: 'COLLECTED', tiers: [{ ratePercent: 5 }] } }),
    ).createIncentivePlan;
    expect(beta.team).toEqual({ name: 'Beta' });
    const planOf = async (repId: string) =>
      data<{ salesRep: { incentiveStatement: { plan: { name: string }; lines: Array<{ description: string }> } } }>(
        await t.subgraph.execute(
          director,
          `query($r: ID!) { salesRep(id: $r) { incentiveStatement(period: "2026-06") { plan { name } lines { description } } } }`,
          { r: repId },
        ),
      ).salesRep.incentiveStatement;
    expect((await planOf(t.org.reps.ann.id)).plan.name).toBe('Company plan');
    expect(await planOf(t.org.reps.cy.id)).toEqual({ plan: { name: 'Beta plan' }, lines: [{ description: '5 % on collected revenue above 0.00' }] });
  });

  it('revises a plan from a later month on, against the version read', async () => {
    const plan = await t.subgraph.dataSource.getRepository(IncentivePlanEntity).findOneByOrFail({ name: 'Company plan' });
    const revise = (input: Record<string, unknown>) =>
      t.subgraph.execute(director, `mutation($i: ReviseIncentivePlanInput!) { reviseIncentivePlan(input: $i) { version versions { number } } }`, {
        i: { planId: plan.id, version: plan.version, effectiveFrom: '2026-07', terms, ...input },
      });
    expect(onlyError(await revise({ effectiveFrom: '2026-01' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect(onlyError(await revise({ version: plan.version + 1 })).extensions?.['code']).toBe('CONFLICT');
    expect(await revise({})).toEqual({ data: { reviseIncentivePlan: { version: plan.version + 1, versions: [{ number: 1 }, { number: 2 }] } } });
  });

  it('reads a page of reps’ statements in a fixed number of statements', async () => {
    const query = `query($n: Int) { salesReps(first: $n) { edges { node { incentiveStatement(period: "2026-07") { total plan { name versions { number } } lines { amount } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 1 }));
    const all = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 100 }));
    // reps page and count; the reps by id for the statements; plans, frozen statements, plan versions; the KPI round (12); overdue receivables;
    // the reps' team memberships (which team's plan applies); versions for the field
    expect([one, all]).toEqual([2 + 1 + 3 + 12 + 1 + 1 + 1, 2 + 1 + 3 + 12 + 1 + 1 + 1]);
  });

  it('closes only ended months and quarters, once', async () => {
    const close = (period: string) =>
      t.subgraph.execute(director, `mutation($p: Period!) { closeIncentivePeriod(input: { period: $p }) { rep { name } closed } }`, { p: period });
    expect(onlyError(await close('2026')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
    expect(onlyError(await close('2099-01')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
    const closed = data<{ closeIncentivePeriod: Array<{ rep: { name: string }; closed: boolean }> }>(await close('2026-06')).closeIncentivePeriod;
    expect(closed.map((statement) => statement.rep.name).sort()).toEqual(['Ann', 'Bob', 'Cy', 'Max', 'Mia']);
    expect(closed.every((statement) => statement.closed)).toBe(true);
    expect(onlyError(await close('2026-06')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
  });

  it('applies the plan of the team the rep was in during the period once it is in force, and the company plan before', async () => {
    // docs/domain.md#incentives: after Alpha got its own plan from 2026-11, Alpha's reps had no statement for 2026-10.
    expect(
      (await create({ name: 'Alpha plan', teamId: t.org.alpha.id, effectiveFrom: '2026-11', terms: { basis: 'REVENUE', tiers: [{ ratePercent: 10 }] } }))
        .errors,
    ).toBeUndefined();
    // Cy moves from Beta to Alpha on 1 November.
    const cy = t.org.reps.cy;
    const moved = await t.subgraph.execute(director, `mutation($i: MoveSalesRepInput!) { moveSalesRep(input: $i) { id } }`, {
      i: { repId: cy.id, version: cy.version, teamId: t.org.alpha.id, fromDay: '2026-11-01', reason: 'Alpha needs a hunter' },
    });
    expect(moved.errors).toBeUndefined();
    const planOf = async (repId: string, period: string) =>
      data<{ salesRep: { incentiveStatement: { plan: { name: string } } | null } }>(
        await t.subgraph.execute(director, `query($r: ID!, $p: Period!) { salesRep(id: $r) { incentiveStatement(period: $p) { plan { name } } } }`, {
          r: repId,
          p: period,
        }),
      ).salesRep.incentiveStatement?.plan.name ?? null;
    expect(await planOf(t.org.reps.ann.id, '2026-10')).toBe('Company plan');
    expect(await planOf(t.org.reps.ann.id, '2026-11')).toBe('Alpha plan');
    // Cy was in Beta in October and in Alpha in November.
    expect(await planOf(cy.id, '2026-10')).toBe('Beta plan');
    expect(await planOf(cy.id, '2026-11')).toBe('Alpha plan');
    // Before any plan took effect there is no statement.
    expect(await planOf(t.org.reps.ann.id, '2025-12')).toBeNull();
  });

  it('keeps a frozen statement as it was when the move it followed is undone', async () => {
    const cy = data<{ salesRep: { version: number } }>(
      await t.subgraph.execute(director, `query($r: ID!) { salesRep(id: $r) { version } }`, { r: t.org.reps.cy.id }),
    ).salesRep;
    const statement = async (period: string) =>
      data<{ salesRep: { incentiveStatement: { closed: boolean; plan: { name: string } } | null } }>(
        await t.subgraph.execute(director, `query($r: ID!, $p: Period!) { salesRep(id: $r) { incentiveStatement(period: $p) { closed plan { name } } } }`, {
          r: t.org.reps.cy.id,
          p: period,
        }),
      ).salesRep.incentiveStatement;
    // November 2026 has ended: Cy's statement is frozen with Alpha's plan
    expect(
      data<{ closeIncentivePeriod: unknown[] }>(
        await t.subgraph.execute(director, `mutation { closeIncentivePeriod(input: { period: "2026-11" }) { closed } }`),
      ).closeIncentivePeriod.length,
    ).toBeGreaterThan(0);
    expect(await statement('2026-11')).toEqual({ closed: true, plan: { name: 'Alpha plan' } });
    const undone = await t.subgraph.execute(director, `mutation($i: UndoTeamMoveInput!) { undoTeamMove(input: $i) { team { name } } }`, {
      i: { repId: t.org.reps.cy.id, version: cy.version, reason: 'Cy never went to Alpha' },
    });
    expect(data<{ undoTeamMove: unknown }>(undone).undoTeamMove).toEqual({ team: { name: 'Beta' } });
    // the frozen statement is not rewritten; an open month follows the restored team
    expect(await statement('2026-11')).toEqual({ closed: true, plan: { name: 'Alpha plan' } });
    expect(await statement('2026-12')).toEqual({ closed: false, plan: { name: 'Beta plan' } });
  });

  it.each([
    ['a year', '2026'],
    ['a week', '2026-W45'],
    ['a day', '2026-11-02'],
    ['no period', 'November'],
  ])('refuses a statement for %s with BAD_USER_INPUT on period, rather than answering null', async (_case, period) => {
    const result = await t.subgraph.execute(director, `query($r: ID!, $p: Period!) { salesRep(id: $r) { name incentiveStatement(period: $p) { total } } }`, {
      r: t.org.reps.ann.id,
      p: period,
    });
    expect(onlyError(result).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
  });
});
