import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { data, director, servicesOf, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('targets and decomposition', (kind) => {
  const t = withTestOrganisation(kind);

  const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { id metric period ownerKind ownerId value version } }`;
  const SPLIT = `mutation($i: SplitTargetInput!) { splitTarget(input: $i) { ownerId value version } }`;
  const set = (input: Record<string, unknown>, viewer = director) => t.subgraph.execute(viewer, SET, { i: input });
  const split = (input: Record<string, unknown>, viewer = director) => t.subgraph.execute(viewer, SPLIT, { i: input });
  // by gap, largest first: owners of one level come in id order, which is random here
  const gaps = async (period: string) =>
    data<{
      targetGaps: Array<{
        target: { ownerKind: string; ownerId: string; metric: string; period?: string };
        across: string;
        childrenTotal: number;
        gap: number;
        children: number;
        childrenWithoutTarget: number;
      }>;
    }>(
      await t.subgraph.execute(
        director,
        `query($p: Period!) { targetGaps(period: $p) { target { ownerKind ownerId metric } across childrenTotal gap children childrenWithoutTarget } }`,
        { p: period },
      ),
    ).targetGaps.sort((a, b) => b.gap - a.gap);

  it.each([
    ['a weekly revenue target', { metric: 'REVENUE', period: '2026-W10', ownerKind: 'COMPANY', value: 1 }, 'input.period'],
    ['a daily visit target', { metric: 'VISITS', period: '2026-03-02', ownerKind: 'COMPANY', value: 1 }, 'input.period'],
    ['a period that is not one', { metric: 'REVENUE', period: 'next year', ownerKind: 'COMPANY', value: 1 }, 'input.period'],
    ['a negative amount', { metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: -5 }, 'input.value'],
    ['an amount with three decimals', { metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 1.005 }, 'input.value'],
    ['a fractional count', { metric: 'VISITS', period: '2026', ownerKind: 'COMPANY', value: 2.5 }, 'input.value'],
    ['a market share over 100 %', { metric: 'MARKET_SHARE', period: '2026', ownerKind: 'COMPANY', value: 101 }, 'input.value'],
    ['an unknown team', { metric: 'REVENUE', period: '2026', ownerKind: 'TEAM', ownerId: 'nope', value: 1 }, 'input.ownerId'],
  ])('refuses %s with BAD_USER_INPUT on its field, writing nothing', async (_case, input, field) => {
    const before = (await readFeed(t.subgraph.dataSource, 0, 1000)).length;
    expect(onlyError(await set(input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(t.subgraph.dataSource, 0, 1000)).length).toBe(before);
  });

  it('lets only directors and admins set targets', async () => {
    expect(onlyError(await set({ metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 1 }, t.org.viewers.mia)).extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await set({ metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 1 }, t.org.viewers.ann)).extensions?.['code']).toBe(
      'FORBIDDEN',
    );
  });

  it('decomposes a yearly target to the reps, exactly, and shows where a level does not add up', async () => {
    // 1,000,000.01 for the company, all to North, then Alpha 70 % / Beta 30 %, Alpha to its three reps in thirds
    const company = data<{ setTarget: { id: string; version: number } }>(
      await set({ metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 1_000_000.01 }),
    ).setTarget;
    expect(onlyError(await set({ metric: 'REVENUE', period: '2026', ownerKind: 'COMPANY', value: 5 })).extensions?.['code']).toBe('CONFLICT');
    const [north] = data<{ splitTarget: Array<{ ownerId: string; value: number; version: number }> }>(
      await split({ targetId: company.id, version: company.version, parts: [{ ownerId: t.org.north.id, sharePercent: 100 }] }),
    ).splitTarget;
    expect(north).toMatchObject({ ownerId: t.org.north.id, value: 1_000_000.01 });
    const northTarget = data<{ targets: Array<{ id: string; version: number }> }>(
      await t.subgraph.execute(director, `query($o: ID) { targets(ownerKind: BRANCH, ownerId: $o, period: "2026") { id version } }`, { o: t.org.north.id }),
    ).targets[0];
    const teams = data<{ splitTarget: Array<{ ownerId: string; value: number }> }>(
      await split({
        targetId: northTarget.id,
        version: northTarget.version,
        parts: [
          { ownerId: t.org.alpha.id, sharePercent: 70 },
          { ownerId: t.org.beta.id, sharePercent: 30 },
        ],
      }),
    ).splitTarget;
    // 70 % of 100,000,001 minor = 70,000,000.7 → 70,000,001 (largest remainder); 30 % = 30,000,000.3 → 30,000,000
    expect(teams.map((team) => team.value)).toEqual([700_000.01, 300_000]);
    expect(await gaps('2026')).toEqual([
      {
        target: { ownerKind: 'TEAM', ownerId: t.org.alpha.id, metric: 'REVENUE' },
        across: 'ORGANISATION',
        childrenTotal: 0,
        gap: 700_000.01,
        children: 3,
        childrenWithoutTarget: 3,
      },
      {
        target: { ownerKind: 'TEAM', ownerId: t.org.beta.id, metric: 'REVENUE' },
        across: 'ORGANISATION',
        childrenTotal: 0,
        gap: 300_000,
        children: 2,
        childrenWithoutTarget: 2,
      },
    ]);

    // Mia manages Alpha: she may split Alpha's target, by values, and may leave a gap; not Beta's.
    const alphaTarget = data<{ targets: Array<{ id: string; version: number }> }>(
      await t.subgraph.execute(director, `query($o: ID) { targets(ownerKind: TEAM, ownerId: $o, period: "2026") { id version } }`, { o: t.org.alpha.id }),
    ).targets[0];
    const betaTarget = data<{ targets: Array<{ id: string; version: number }> }>(
      await t.subgraph.execute(director, `query($o: ID) { targets(ownerKind: TEAM, ownerId: $o, period: "2026") { id version } }`, { o: t.org.beta.id }),
    ).targets[0];
    expect(
      onlyError(await split({ targetId: betaTarget.id, version: 1, parts: [{ ownerId: t.org.reps.cy.id, value: 1 }] }, t.org.viewers.mia)).extensions?.['code'],
    ).toBe('FORBIDDEN');
    const byValue = await split(
      {
        targetId: alphaTarget.id,
        version: alphaTarget.version,
        parts: [
          { ownerId: t.org.reps.ann.id, value: 300_000 },
          { ownerId: t.org.reps.bob.id, value: 300_000 },
          { ownerId: t.org.reps.mia.id, value: 50_000 },
        ],
      },
      t.org.viewers.mia,
    );
    expect(byValue.errors).toBeUndefined();
    // Beta is split in full by shares: 66.67 % + 33.33 %
    await split({
      targetId: betaTarget.id,
      version: betaTarget.version,
      parts: [
        { ownerId: t.org.reps.cy.id, sharePercent: 66.67 },
        { ownerId: t.org.reps.max.id, sharePercent: 33.33 },
      ],
    });
    // Alpha's reps make 650,000.00 of its 700,000.01: a gap of 50,000.01
    expect(await gaps('2026')).toEqual([
      {
        target: { ownerKind: 'TEAM', ownerId: t.org.alpha.id, metric: 'REVENUE' },
        across: 'ORGANISATION',
        childrenTotal: 650_000,
        gap: 50_000.01,
        children: 3,
        childrenWithoutTarget: 0,
      },
    ]);
    const events = (await readFeed(t.subgraph.dataSource, 0, 1000)).filter((event) => event.type === 'TargetSet');
    // company, North, Alpha, Beta, Ann, Bob, Mia, Cy, Max
    expect(events).toHaveLength(9);
    expect(events[1].payload).toMatchObject({ ownerKind: 'BRANCH', ownerId: t.org.north.id, value: 100_000_001, parentTargetId: company.id });
  });

  it.each([
    [
      'shares that do not make 100 %',
      (alpha: string, reps: string[]) => ({
        targetId: alpha,
        parts: [
          { ownerId: reps[0], sharePercent: 50 },
          { ownerId: reps[1], sharePercent: 40 },
        ],
      }),
      'input.parts',
    ],
    ['a child of another owner', (alpha: string) => ({ targetId: alpha, parts: [{ ownerId: 'someone-else', sharePercent: 100 }] }), 'input.parts.0.ownerId'],
    [
      'a child named twice',
      (alpha: string, reps: string[]) => ({
        targetId: alpha,
        parts: [
          { ownerId: reps[0], sharePercent: 50 },
          { ownerId: reps[0], sharePercent: 50 },
        ],
      }),
      'input.parts.1.ownerId',
    ],
    [
      'a part with both a share and a value',
      (alpha: string, reps: string[]) => ({ targetId: alpha, parts: [{ ownerId: reps[0], sharePercent: 100, value: 3 }] }),
      'input.parts.0',
    ],
    [
      'shares mixed with values',
      (alpha: string, reps: string[]) => ({
        targetId: alpha,
        parts: [
          { ownerId: reps[0], sharePercent: 100 },
          { ownerId: reps[1], value: 3 },
        ],
      }),
      'input.parts.1.sharePercent',
    ],
  ])('refuses a split with %s, changing nothing', async (_case, input, field) => {
    const alpha = data<{ targets: Array<{ id: string; version: number }> }>(
      await t.subgraph.execute(director, `query($o: ID) { targets(ownerKind: TEAM, ownerId: $o, period: "2026") { id version } }`, { o: t.org.alpha.id }),
    ).targets[0];
    const before = (await readFeed(t.subgraph.dataSource, 0, 1000)).length;
    const body = input(alpha.id, [t.org.reps.ann.id, t.org.reps.bob.id]);
    expect(onlyError(await split({ ...body, version: alpha.version })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(t.subgraph.dataSource, 0, 1000)).length).toBe(before);
  });

  it('gives no part of a team’s target to a rep who has left', async () => {
    const beta = data<{ targets: Array<{ id: string; version: number }> }>(
      await t.subgraph.execute(director, `query($o: ID) { targets(ownerKind: TEAM, ownerId: $o, period: "2026") { id version } }`, { o: t.org.beta.id }),
    ).targets[0];
    await servicesOf(t.subgraph).salesReps.updateSalesRep(director, { repId: t.org.reps.max.id, version: t.org.reps.max.version, status: 'LEFT' });
    const refused = await split({
      targetId: beta.id,
      version: beta.version,
      parts: [
        { ownerId: t.org.reps.cy.id, sharePercent: 50 },
        { ownerId: t.org.reps.max.id, sharePercent: 50 },
      ],
    });
    expect(onlyError(refused).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.parts.1.ownerId' });
  });

  it('sets market share per owner and refuses to split it', async () => {
    const share = data<{ setTarget: { id: string; value: number; version: number } }>(
      await set({ metric: 'MARKET_SHARE', period: '2026', ownerKind: 'BRANCH', ownerId: t.org.north.id, value: 12.5 }),
    ).setTarget;
    expect(share.value).toBe(12.5);
    expect(onlyError(await split({ targetId: share.id, version: share.version, parts: [{ ownerId: t.org.alpha.id, sharePercent: 100 }] })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.targetId',
    });
    const changed = await set({ metric: 'MARKET_SHARE', period: '2026', ownerKind: 'BRANCH', ownerId: t.org.north.id, value: 15, version: share.version });
    expect(data<{ setTarget: { value: number; version: number } }>(changed).setTarget).toMatchObject({ value: 15, version: 2 });
  });

  it('shows a quarter whose months, and a year whose quarters, do not add up to it, apart from gaps across the organisation', async () => {
    const rep = (ownerId: string, period: string, value: number) => set({ metric: 'UNITS', period, ownerKind: 'REP', ownerId, value });
    const { ann, bob } = t.org.reps;
    // Ann: 2027-Q2 of 900 units, April 300 and May 400, June not set: 200 short, one month without a target
    for (const [period, value] of [
      ['2027-Q2', 900],
      ['2027-04', 300],
      ['2027-05', 400],
    ] as const)
      expect((await rep(ann.id, period, value)).errors).toBeUndefined();
    // Bob: 2027-Q2 of 300 in three months of 100 (adds up), and 2027-Q3 of 500 with no month set yet (not decomposed across time, so no gap)
    for (const [period, value] of [
      ['2027-Q2', 300],
      ['2027-04', 100],
      ['2027-05', 100],
      ['2027-06', 100],
      ['2027-Q3', 500],
    ] as const)
      expect((await rep(bob.id, period, value)).errors).toBeUndefined();
    expect(await gaps('2027-Q2')).toEqual([
      { target: { ownerKind: 'REP', ownerId: ann.id, metric: 'UNITS' }, across: 'TIME', childrenTotal: 700, gap: 200, children: 3, childrenWithoutTarget: 1 },
    ]);
    expect(await gaps('2027-Q3')).toEqual([]);
    // Ann's year: 1,000 against Q2's 900 and three quarters without a target; over-allocated months show a negative gap
    expect((await rep(ann.id, '2027', 1_000)).errors).toBeUndefined();
    expect((await rep(ann.id, '2027-06', 500)).errors).toBeUndefined();
    expect(await gaps('2027')).toEqual([
      { target: { ownerKind: 'REP', ownerId: ann.id, metric: 'UNITS' }, across: 'TIME', childrenTotal: 900, gap: 100, children: 4, childrenWithoutTarget: 3 },
    ]);
    expect(await gaps('2027-Q2')).toEqual([
      {
        target: { ownerKind: 'REP', ownerId: ann.id, metric: 'UNITS' },
        across: 'TIME',
        childrenTotal: 1_200,
        gap: -300,
        children: 3,
        childrenWithoutTarget: 0,
      },
    ]);
    // A team's quarter with both: Ann's 900 and Bob's 300 of its 1,500 (Mia none), and its own April of 500
    expect((await set({ metric: 'UNITS', period: '2027-Q2', ownerKind: 'TEAM', ownerId: t.org.alpha.id, value: 1_500 })).errors).toBeUndefined();
    expect((await set({ metric: 'UNITS', period: '2027-04', ownerKind: 'TEAM', ownerId: t.org.alpha.id, value: 500 })).errors).toBeUndefined();
    const both = (await gaps('2027-Q2')).filter((gap) => gap.target.ownerKind === 'TEAM');
    expect(both.sort((a, b) => a.across.localeCompare(b.across))).toEqual([
      {
        target: { ownerKind: 'TEAM', ownerId: t.org.alpha.id, metric: 'UNITS' },
        across: 'ORGANISATION',
        childrenTotal: 1_200,
        gap: 300,
        children: 3,
        childrenWithoutTarget: 1,
      },
      {
        target: { ownerKind: 'TEAM', ownerId: t.org.alpha.id, metric: 'UNITS' },
        across: 'TIME',
        childrenTotal: 500,
        gap: 1_000,
        children: 3,
        childrenWithoutTarget: 2,
      },
    ]);
  });

  it('deletes a target set by mistake from the version read, once none of its children holds one', async () => {
    const DELETE = `mutation($i: DeleteTargetInput!) { deleteTarget(input: $i) { id metric period ownerKind ownerId value } }`;
    const remove = (input: Record<string, unknown>, viewer = director) => t.subgraph.execute(viewer, DELETE, { i: input });
    const of = async (ownerKind: string, ownerId: string | null, period: string) =>
      data<{ targets: Array<{ id: string; metric: string; version: number }> }>(
        await t.subgraph.execute(
          director,
          `query($k: OwnerKind!, $o: ID, $p: Period) { targets(ownerKind: $k, ownerId: $o, period: $p) { id metric version } }`,
          { k: ownerKind, o: ownerId, p: period },
        ),
      ).targets.filter((target) => target.metric === 'REVENUE');
    const [alpha] = await of('TEAM', t.org.alpha.id, '2026');
    const before = (await readFeed(t.subgraph.dataSource, 0, 1000)).length;
    expect(onlyError(await remove({ targetId: alpha.id, version: alpha.version }, t.org.viewers.mia)).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await remove({ targetId: 'nope', version: 1 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
    // Alpha's target was split among Ann, Bob and Mia: theirs go first
    const refused = onlyError(await remove({ targetId: alpha.id, version: alpha.version }));
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
    expect(refused.message).toMatch(/3 reps under this team hold a REVENUE target for 2026/);
    expect(onlyError(await remove({ targetId: alpha.id, version: alpha.version + 1 })).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await readFeed(t.subgraph.dataSource, 0, 1000)).length).toBe(before);

    const reps = [t.org.reps.ann.id, t.org.reps.bob.id, t.org.reps.mia.id];
    const [annTarget] = await of('REP', reps[0], '2026');
    expect(onlyError(await remove({ targetId: annTarget.id, version: annTarget.version + 1 })).extensions?.['code']).toBe('CONFLICT');
    for (const rep of reps) {
      const [target] = await of('REP', rep, '2026');
      expect(data<{ deleteTarget: { ownerId: string } }>(await remove({ targetId: target.id, version: target.version })).deleteTarget.ownerId).toBe(rep);
    }
    const deleted = data<{ deleteTarget: unknown }>(await remove({ targetId: alpha.id, version: alpha.version })).deleteTarget;
    expect(deleted).toEqual({ id: alpha.id, metric: 'REVENUE', period: '2026', ownerKind: 'TEAM', ownerId: t.org.alpha.id, value: 700_000.01 });
    expect(await of('TEAM', t.org.alpha.id, '2026')).toEqual([]);
    // North's 2026 target now lacks Alpha's part: targetGaps shows it
    expect((await gaps('2026')).find((gap) => gap.target.ownerKind === 'BRANCH')).toEqual({
      target: { ownerKind: 'BRANCH', ownerId: t.org.north.id, metric: 'REVENUE' },
      across: 'ORGANISATION',
      childrenTotal: 300_000,
      gap: 700_000.01,
      children: 2,
      childrenWithoutTarget: 1,
    });
    const events = (await readFeed(t.subgraph.dataSource, 0, 1000)).slice(before);
    expect(events.map((event) => event.type)).toEqual(['TargetDeleted', 'TargetDeleted', 'TargetDeleted', 'TargetDeleted']);
    expect(events[3].payload).toMatchObject({
      targetId: alpha.id,
      metric: 'REVENUE',
      period: '2026',
      ownerKind: 'TEAM',
      ownerId: t.org.alpha.id,
      value: 70_000_001,
      deletedBy: director.subject,
    });
  });
});
