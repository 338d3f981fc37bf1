import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { analyst, data, director, withTestOrganisation } from '../test-organisation';
import { EvaluationTemplateEntity } from './evaluation.entity';

const criteria = [
  { key: 'revenue', name: 'Revenue attainment', group: 'OUTPUT', source: 'ATTAINMENT', kpi: 'REVENUE', weightPercent: 60, normalisation: 'ATTAINMENT' },
  { key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 25, normalisation: 'RATING' },
  { key: 'knowledge', name: 'Product knowledge', group: 'PROFESSIONAL_KNOWLEDGE', source: 'RATING', weightPercent: 15, normalisation: 'RATING' },
];

describeOnEachDatabase('evaluations', (kind) => {
  const t = withTestOrganisation(kind);
  let cycle: { id: string; version: number };

  const createTemplate = (name: string, list: unknown[], viewer = director) =>
    t.subgraph.execute(
      viewer,
      `mutation($n: String!, $c: [EvaluationCriterionInput!]!) { createEvaluationTemplate(input: { name: $n, criteria: $c }) { id criteria { key weightPercent capPercent } } }`,
      { n: name, c: list },
    );
  const rate = (viewer: typeof director, input: Record<string, unknown>) =>
    t.subgraph.execute(viewer, `mutation($i: RateSalesRepInput!) { rateSalesRep(input: $i) { score } }`, {
      i: {
        cycleId: cycle.id,
        repId: t.org.reps.ann.id,
        criterionKey: 'skills',
        score: 4,
        comment: 'good discovery questions',
        source: 'JOINT_VISIT',
        ...input,
      },
    });

  it.each([
    ['weights that make 90 %', [criteria[0], criteria[1], { ...criteria[2], weightPercent: 5 }], 'input.criteria'],
    ['a criterion key used twice', [criteria[0], { ...criteria[1], key: 'revenue' }, criteria[2]], 'input.criteria.1.key'],
    ['a KPI criterion without its KPI', [{ ...criteria[0], kpi: null }, criteria[1], criteria[2]], 'input.criteria.0.kpi'],
    ['attainment of a KPI without targets', [{ ...criteria[0], kpi: 'SATISFACTION' }, criteria[1], criteria[2]], 'input.criteria.0.kpi'],
    ['a rating normalised as a range', [criteria[0], { ...criteria[1], normalisation: 'RANGE' }, criteria[2]], 'input.criteria.1.normalisation'],
    [
      'a range whose ends are equal',
      [
        criteria[0],
        criteria[1],
        {
          key: 'sat',
          name: 'Satisfaction',
          group: 'SERVICE',
          source: 'KPI',
          kpi: 'SATISFACTION',
          weightPercent: 15,
          normalisation: 'RANGE',
          worst: 3,
          best: 3,
        },
      ],
      'input.criteria.2.best',
    ],
  ])('refuses a template with %s, creating nothing', async (_case, list, field) => {
    expect(onlyError(await createTemplate('Refused', list)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await t.subgraph.dataSource.getRepository(EvaluationTemplateEntity).count()).toBe(0);
  });

  it('creates a template whose weights make 100 %, for directors only', async () => {
    expect(onlyError(await createTemplate('Quarterly', criteria, t.org.viewers.mia)).extensions?.['code']).toBe('FORBIDDEN');
    const created = data<{ createEvaluationTemplate: { id: string; criteria: unknown[] } }>(
      await createTemplate('Quarterly', criteria),
    ).createEvaluationTemplate;
    expect(created.criteria).toEqual([
      { key: 'revenue', weightPercent: 60, capPercent: 120 },
      { key: 'skills', weightPercent: 25, capPercent: null },
      { key: 'knowledge', weightPercent: 15, capPercent: null },
    ]);
    cycle = data<{ openEvaluationCycle: { id: string; version: number } }>(
      await t.subgraph.execute(director, `mutation($t: ID!) { openEvaluationCycle(input: { templateId: $t, name: "Q2", period: "2026-Q2" }) { id version } }`, {
        t: created.id,
      }),
    ).openEvaluationCycle;
  });

  it('takes ratings from the rep’s own manager only, 1–5, on rated criteria', async () => {
    expect(onlyError(await rate(t.org.viewers.ann, {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await rate(t.org.viewers.max, {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await rate(analyst, {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await rate(t.org.viewers.mia, { repId: t.org.reps.mia.id })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await rate(t.org.viewers.mia, { score: 6 })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    expect(onlyError(await rate(t.org.viewers.mia, { criterionKey: 'revenue' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.criterionKey' });
    expect(onlyError(await rate(t.org.viewers.mia, { comment: '' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    expect(await rate(t.org.viewers.mia, {})).toEqual({ data: { rateSalesRep: { score: 4 } } });
    expect(await rate(director, { criterionKey: 'knowledge', score: 3, source: 'TRAINING', comment: 'knows the range, not the competitors' })).toEqual({
      data: { rateSalesRep: { score: 3 } },
    });
  });

  it('shares the weight of a criterion without a target among the measurable ones', async () => {
    const card = data<{
      scorecard: { total: number; lines: Array<{ key: string; score: number | null; effectiveWeightPercent: number; contribution: number }> };
    }>(
      await t.subgraph.execute(
        t.org.viewers.ann,
        `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total lines { key score effectiveWeightPercent contribution } } }`,
        { c: cycle.id, r: t.org.reps.ann.id },
      ),
    ).scorecard;
    // no revenue target: skills 25 and knowledge 15 become 62.5 % and 37.5 %; 80 × 62.5 % = 50, 60 × 37.5 % = 22.5
    expect(card).toEqual({
      total: 72.5,
      lines: [
        { key: 'revenue', score: null, effectiveWeightPercent: 0, contribution: 0 },
        { key: 'skills', score: 80, effectiveWeightPercent: 62.5, contribution: 50 },
        { key: 'knowledge', score: 60, effectiveWeightPercent: 37.5, contribution: 22.5 },
      ],
    });
  });

  it('lists scorecards by scope: a manager sees the team, a rep only their own', async () => {
    const list = async (viewer: typeof director) =>
      data<{ evaluationCycle: { scorecards: { totalCount: number; edges: Array<{ node: { rep: { name: string } } }> } } }>(
        await t.subgraph.execute(
          viewer,
          `query($c: ID!) { evaluationCycle(id: $c) { scorecards(first: 10) { totalCount edges { node { rep { name } } } } } }`,
          { c: cycle.id },
        ),
      ).evaluationCycle.scorecards;
    const names = (page: Awaited<ReturnType<typeof list>>) => page.edges.map((edge) => edge.node.rep.name).sort();
    expect(names(await list(t.org.viewers.mia))).toEqual(['Ann', 'Bob', 'Mia']);
    expect(names(await list(t.org.viewers.ann))).toEqual(['Ann']);
    expect((await list(director)).totalCount).toBe(5);
  });

  it('reads a page of scorecards in a fixed number of statements', async () => {
    const query = `query($c: ID!, $n: Int) { evaluationCycle(id: $c) { scorecards(first: $n) { edges { node { total rep { name } ratings { score } lines { contribution } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { c: cycle.id, n: 1 }));
    const all = await counter.countDuring(() => t.subgraph.execute(director, query, { c: cycle.id, n: 100 }));
    // cycle, count, page of reps, template, 12 KPI statements, ratings, habits, reps, ratings for the field
    expect([one, all]).toEqual([20, 20]);
  });

  it('closes a cycle once, against the version read, freezing its scorecards', async () => {
    const close = (version: number, viewer = director) =>
      t.subgraph.execute(viewer, `mutation($c: ID!, $v: Int!) { closeEvaluationCycle(input: { cycleId: $c, version: $v }) { status version } }`, {
        c: cycle.id,
        v: version,
      });
    expect(onlyError(await close(cycle.version, t.org.viewers.mia)).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await close(cycle.version + 5)).extensions?.['code']).toBe('CONFLICT');
    expect(await close(cycle.version)).toEqual({ data: { closeEvaluationCycle: { status: 'CLOSED', version: cycle.version + 1 } } });
    expect(onlyError(await close(cycle.version + 1)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.cycleId' });
    const frozen = await t.subgraph.execute(t.org.viewers.ann, `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total frozen } }`, {
      c: cycle.id,
      r: t.org.reps.ann.id,
    });
    expect(frozen.data).toEqual({ scorecard: { total: 72.5, frozen: true } });
  });

  describe('docs/domain.md#scorecards: an unassessed rep, one open cycle per template and period, closing ended periods, calendar order', () => {
    const habits = [
      { key: 'skills', name: 'Sales skills', group: 'SALES_SKILLS', source: 'RATING', weightPercent: 50, normalisation: 'RATING' },
      { key: 'habits', name: 'Bad habits', group: 'PERSONAL_QUALITIES', source: 'BAD_HABITS', weightPercent: 50, normalisation: 'BAD_HABITS' },
    ];
    let templateId = '';
    const open = (period: string, id = templateId) =>
      t.subgraph.execute(
        director,
        `mutation($t: ID!, $n: String!, $p: Period!) { openEvaluationCycle(input: { templateId: $t, name: $n, period: $p }) { id version period } }`,
        { t: id, n: period, p: period },
      );
    const CARD = `query($c: ID!, $r: ID!) { scorecard(cycleId: $c, repId: $r) { total complete unassessed maxTotal lines { key score effectiveWeightPercent contribution pending evidence } } }`;

    it('gives a rep nobody rated and whose checklist was never filled no total, where before it scored 100', async () => {
      templateId = data<{ createEvaluationTemplate: { id: string } }>(await createTemplate('Habits and skills', habits)).createEvaluationTemplate.id;
      const cycleId = data<{ openEvaluationCycle: { id: string } }>(await open('2026-Q3')).openEvaluationCycle.id;
      const mia = t.org.viewers.mia;
      data(
        await t.subgraph.execute(mia, `mutation($i: RateSalesRepInput!) { rateSalesRep(input: $i) { score } }`, {
          i: { cycleId, repId: t.org.reps.ann.id, criterionKey: 'skills', score: 4, comment: 'asks good questions', source: 'JOINT_VISIT' },
        }),
      );
      data(
        await t.subgraph.execute(mia, `mutation($i: CheckBadHabitsInput!) { checkBadHabits(input: $i) { habits } }`, {
          i: { cycleId, repId: t.org.reps.ann.id, habits: [] },
        }),
      );
      const card = async (repId: string) =>
        data<{ scorecard: Record<string, unknown> }>(await t.subgraph.execute(mia, CARD, { c: cycleId, r: repId })).scorecard;
      // Ann: 4/5 → 80 × 50 % = 40; checked, none observed → 100 × 50 % = 50; 90 of 100.
      expect(await card(t.org.reps.ann.id)).toMatchObject({ total: 90, complete: true, unassessed: [], maxTotal: 100 });
      // Bob: before, the unfilled checklist counted as none observed and took all the weight: 100, above Ann's 90.
      expect(await card(t.org.reps.bob.id)).toEqual({
        total: null,
        complete: false,
        unassessed: ['skills', 'habits'],
        maxTotal: 100,
        lines: [
          { key: 'skills', score: null, effectiveWeightPercent: 50, contribution: 0, pending: true, evidence: ['not assessed: no rating this cycle'] },
          {
            key: 'habits',
            score: null,
            effectiveWeightPercent: 50,
            contribution: 0,
            pending: true,
            evidence: ['not assessed: the checklist was not filled this cycle'],
          },
        ],
      });
    });

    it('refuses a second open cycle of the same template and period, with BAD_USER_INPUT on input.period', async () => {
      expect(onlyError(await open('2026-Q3')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
      // Another period, or another template, is another cycle.
      expect((await open('2026-Q4')).errors).toBeUndefined();
      const other = data<{ createEvaluationTemplate: { id: string } }>(await createTemplate('Habits and skills, again', habits)).createEvaluationTemplate.id;
      expect((await open('2026-Q3', other)).errors).toBeUndefined();
    });

    it('refuses to close a cycle whose period has not ended, with BAD_USER_INPUT on input.cycleId', async () => {
      const thisMonth = new Date().toISOString().slice(0, 7);
      const running = data<{ openEvaluationCycle: { id: string; version: number } }>(await open(thisMonth)).openEvaluationCycle;
      const closing = await t.subgraph.execute(
        director,
        `mutation($c: ID!, $v: Int!) { closeEvaluationCycle(input: { cycleId: $c, version: $v }) { status } }`,
        { c: running.id, v: running.version },
      );
      expect(onlyError(closing).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.cycleId' });
      expect(onlyError(closing).message).toContain(`${thisMonth} has not ended yet`);
    });

    it('lists cycles latest period first by the calendar, not by the label’s text', async () => {
      expect((await open('2026-11')).errors).toBeUndefined();
      expect((await open('2027-03')).errors).toBeUndefined();
      const periods = data<{ evaluationCycles: Array<{ period: string }> }>(
        await t.subgraph.execute(director, `{ evaluationCycles { period } }`),
      ).evaluationCycles.map((c) => c.period);
      const mine = ['2027-03', '2026-Q4', '2026-11', '2026-Q3', '2026-Q2'];
      // As text, descending, they came as 2027-03, 2026-Q4, 2026-Q3, 2026-Q3, 2026-Q2, 2026-11.
      expect(periods.filter((period) => mine.includes(period))).toEqual(['2027-03', '2026-Q4', '2026-11', '2026-Q3', '2026-Q3', '2026-Q2']);
    });
  });
});
