import { EventEnvelope, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer, onlyError } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { data, director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('team moves', (kind) => {
  const t = withTestOrganisation(kind);

  it('moves a rep between teams, keeping history, so each day’s revenue stays with that day’s team', async () => {
    let sequence = 0;
    const order = (orderId: string, orderedAt: string, totalMinor: number): EventEnvelope =>
      ({
        id: orderId,
        sequence: ++sequence,
        type: 'OrderRecorded',
        version: 1,
        occurredAt: orderedAt,
        aggregateId: orderId,
        payload: { orderId, customerId: 'c', repId: t.org.reps.bob.id, orderedAt, totalMinor },
      }) as EventEnvelope;
    const feed = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    // Bob sells 1,000.00 on 10 March in Alpha and 500.00 on 20 March, after moving to Beta on 15 March.
    await feed.apply([order('o1', '2026-03-10T10:00:00.000Z', 100_000), order('o2', '2026-03-20T10:00:00.000Z', 50_000)]);
    const move = (input: Record<string, unknown>) =>
      t.subgraph.execute(
        director,
        `mutation($i: MoveSalesRepInput!) { moveSalesRep(input: $i) { team { name } version teamHistory { team { name } fromDay toDay reason } } }`,
        {
          i: { repId: t.org.reps.bob.id, version: t.org.reps.bob.version, teamId: t.org.beta.id, fromDay: '2026-03-15', reason: 'Beta lost a rep', ...input },
        },
      );
    expect(onlyError(await move({ reason: ' ' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(onlyError(await move({ teamId: t.org.alpha.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.teamId' });
    expect(onlyError(await move({ fromDay: '15/03/2026' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fromDay' });
    expect(
      onlyError(
        await t.subgraph.execute(t.org.viewers.mia, `mutation($i: MoveSalesRepInput!) { moveSalesRep(input: $i) { version } }`, {
          i: { repId: t.org.reps.bob.id, version: 1, teamId: t.org.beta.id, reason: 'x' },
        }),
      ).extensions?.['code'],
    ).toBe('FORBIDDEN');
    const moved = data<{ moveSalesRep: { team: { name: string }; version: number; teamHistory: unknown[] } }>(await move({}));
    expect(moved.moveSalesRep).toEqual({
      team: { name: 'Beta' },
      version: t.org.reps.bob.version + 1,
      teamHistory: [
        { team: { name: 'Alpha' }, fromDay: '1970-01-01', toDay: '2026-03-15', reason: 'joined' },
        { team: { name: 'Beta' }, fromDay: '2026-03-15', toDay: null, reason: 'Beta lost a rep' },
      ],
    });
    const revenue = async (teamId: string) =>
      data<{ _entities: Array<{ kpis: { kpi: { value: number } } }> }>(
        await t.subgraph.execute(
          director,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { kpis(period: "2026-03") { kpi(key: REVENUE) { value } } } } }`,
          {
            r: [{ __typename: 'Team', id: teamId }],
          },
        ),
      )._entities[0].kpis.kpi.value;
    expect([await revenue(t.org.alpha.id), await revenue(t.org.beta.id)]).toEqual([1_000, 500]);
    // The branch counts both, whichever team.
    const branch = data<{ branches: Array<{ kpis: { kpi: { value: number } } }> }>(
      await t.subgraph.execute(director, `{ branches { kpis(period: "2026-03") { kpi(key: REVENUE) { value } } } }`),
    );
    expect(branch.branches[0].kpis.kpi.value).toBe(1_500);
    const events = await readFeed(t.subgraph.dataSource, 0, 1000);
    expect(events.slice(-2).map((event) => [event.type, event.payload])).toEqual([
      ['SalesRepMoved', { repId: t.org.reps.bob.id, fromTeamId: t.org.alpha.id, toTeamId: t.org.beta.id, onDay: '2026-03-15', reason: 'Beta lost a rep' }],
      [
        'SalesRepRegistered',
        { repId: t.org.reps.bob.id, name: 'Bob', teamId: t.org.beta.id, discountAuthorityBp: 1000, role: null, branchId: t.org.north.id, headsBranchId: null },
      ],
    ]);
  });

  it('undoes a move made on the wrong day: the previous stint again, the facts back with their team, announced as a move back', async () => {
    const UNDO = `mutation($i: UndoTeamMoveInput!) { undoTeamMove(input: $i) { team { name } version teamHistory { team { name } fromDay toDay } } }`;
    const bob = data<{ salesRep: { version: number } }>(
      await t.subgraph.execute(director, `query($id: ID!) { salesRep(id: $id) { version } }`, { id: t.org.reps.bob.id }),
    ).salesRep;
    const undo = (input: Record<string, unknown>, viewer = director) =>
      t.subgraph.execute(viewer, UNDO, { i: { repId: t.org.reps.bob.id, version: bob.version, reason: 'moved on the wrong day', ...input } });
    const before = (await readFeed(t.subgraph.dataSource, 0, 1000)).length;
    expect(onlyError(await undo({}, t.org.viewers.mia)).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await undo({ reason: ' ' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(onlyError(await undo({ repId: 'nobody' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.repId' });
    expect(onlyError(await undo({ version: bob.version - 1 })).extensions?.['code']).toBe('CONFLICT');
    // Cy never moved: there is nothing to undo
    expect(onlyError(await undo({ repId: t.org.reps.cy.id, version: t.org.reps.cy.version })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.repId',
    });
    expect((await readFeed(t.subgraph.dataSource, 0, 1000)).length).toBe(before);

    expect(data<{ undoTeamMove: unknown }>(await undo({})).undoTeamMove).toEqual({
      team: { name: 'Alpha' },
      version: bob.version + 1,
      teamHistory: [{ team: { name: 'Alpha' }, fromDay: '1970-01-01', toDay: null }],
    });
    // Bob's 500.00 of 20 March counts for Alpha again
    const revenue = async (teamId: string) =>
      data<{ _entities: Array<{ kpis: { kpi: { value: number } } }> }>(
        await t.subgraph.execute(
          director,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { kpis(period: "2026-03") { kpi(key: REVENUE) { value } } } } }`,
          {
            r: [{ __typename: 'Team', id: teamId }],
          },
        ),
      )._entities[0].kpis.kpi.value;
    expect([await revenue(t.org.alpha.id), await revenue(t.org.beta.id)]).toEqual([1_500, 0]);
    const events = await readFeed(t.subgraph.dataSource, 0, 1000);
    expect(events.slice(before).map((event) => [event.type, event.payload])).toEqual([
      [
        'SalesRepMoved',
        {
          repId: t.org.reps.bob.id,
          fromTeamId: t.org.beta.id,
          toTeamId: t.org.alpha.id,
          onDay: '2026-03-15',
          reason: 'Undoes the move of 2026-03-15 (Beta lost a rep): moved on the wrong day',
        },
      ],
      [
        'SalesRepRegistered',
        { repId: t.org.reps.bob.id, name: 'Bob', teamId: t.org.alpha.id, discountAuthorityBp: 1000, role: null, branchId: t.org.north.id, headsBranchId: null },
      ],
    ]);
    // only the latest move is undone, once: the first stint has nothing before it
    expect(onlyError(await undo({ version: bob.version + 1 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.repId' });
    // and the move can be made again on the right day
    const again = await t.subgraph.execute(
      director,
      `mutation($i: MoveSalesRepInput!) { moveSalesRep(input: $i) { teamHistory { team { name } fromDay toDay } } }`,
      {
        i: { repId: t.org.reps.bob.id, version: bob.version + 1, teamId: t.org.beta.id, fromDay: '2026-03-25', reason: 'Beta lost a rep' },
      },
    );
    expect(data<{ moveSalesRep: { teamHistory: unknown[] } }>(again).moveSalesRep.teamHistory).toEqual([
      { team: { name: 'Alpha' }, fromDay: '1970-01-01', toDay: '2026-03-25' },
      { team: { name: 'Beta' }, fromDay: '2026-03-25', toDay: null },
    ]);
    expect([await revenue(t.org.alpha.id), await revenue(t.org.beta.id)]).toEqual([1_500, 0]);
  });
});
