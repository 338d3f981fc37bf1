import { Viewer } from '@salesgraph/auth';
import { DEFAULT_QUESTION_SET } from '@salesgraph/domain';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

const VISIT = `id kind visitedAt purpose outcome expenses version reportDueAt reportSubmittedAt reportOnTime
  rep { id } jointManager { id } contactsMet { name }
  assessment { questionSetVersion total band contact { name } answers { key question points maxPoints } }`;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const answers = (points: number[]) => DEFAULT_QUESTION_SET.questions.map((question, i) => ({ key: question.key, points: points[i] }));

describeOnEachDatabase('visits and willingness assessments', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  let liWei = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const log = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: LogVisitInput!) { logVisit(input: $input) { ${VISIT} } }`, {
      input: { customerId: acme, kind: 'MAINTENANCE', purpose: 'Quarterly review', visitedAt: hoursAgo(2), ...input },
    });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    await directory.apply(
      // Version 3 tells roles: only the rep's own manager (or a director) may be the joint manager.
      [
        ['rep-ann', 'REP'],
        ['rep-nina', 'MANAGER'],
      ].map(([repId, role], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 3,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId: 'north', name: repId, discountAuthorityBp: 1000, role },
      })),
    );
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
    liWei = data<{ addContact: { id: string } }>(
      await subgraph.execute(ann, `mutation($c: ID!) { addContact(input: { customerId: $c, name: "Li Wei", roles: [DECISION_MAKER] }) { id } }`, { c: acme }),
    ).addContact.id;
  });
  afterAll(() => subgraph?.stop());

  it('serves the guide’s ten-question set as version 1', async () => {
    const set = data<{ assessmentQuestionSet: { version: number; questions: Array<{ maxPoints: number }> } }>(
      await subgraph.execute(ann, '{ assessmentQuestionSet { version questions { key text maxPoints } } }'),
    ).assessmentQuestionSet;
    expect(set.version).toBe(1);
    expect(set.questions).toHaveLength(10);
  });

  it('logs a joint visit with the contacts met and a scored assessment, moving the customer’s last visit on', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const visitedAt = hoursAgo(3);
    const visit = data<{ logVisit: Record<string, unknown> & { id: string; assessment: { answers: unknown[] } } }>(
      await log(ann, {
        visitedAt,
        contactIds: [liWei],
        jointManagerId: 'rep-nina',
        expenses: '35.20',
        assessment: { contactId: liWei, answers: answers([8, 7, 6, 5, 9, 10, 4, 6, 8, 9]) },
      }),
    ).logVisit;
    expect(visit).toMatchObject({
      kind: 'MAINTENANCE',
      rep: { id: 'rep-ann' },
      jointManager: { id: 'rep-nina' },
      contactsMet: [{ name: 'Li Wei' }],
      expenses: '35.20',
      reportSubmittedAt: null,
      reportOnTime: null,
      assessment: { questionSetVersion: 1, total: 72, band: 'GOOD', contact: { name: 'Li Wei' } },
    });
    expect(visit.assessment.answers[0]).toEqual({ key: 'USED_SIMILAR', question: 'Has used similar products', points: 8, maxPoints: 10 });
    expect(new Date(visit['reportDueAt'] as string).getTime() - new Date(visitedAt).getTime()).toBeGreaterThanOrEqual(24 * 3_600_000 - 1000);
    const customer = data<{ customer: { lastVisitAt: string; visitOverdue: boolean; lastVisit: { id: string } } }>(
      await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { lastVisitAt visitOverdue lastVisit { id } } }`, { id: acme }),
    ).customer;
    expect(customer.lastVisit.id).toBe(visit.id);
    expect(customer.visitOverdue).toBe(false);
    expect(Math.abs(new Date(customer.lastVisitAt).getTime() - new Date(visitedAt).getTime())).toBeLessThan(1000);
    const events = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before);
    expect(events.map((event) => event.type)).toEqual(['VisitLogged']);
    expect(events[0].payload).toMatchObject({ visitId: visit.id, repId: 'rep-ann', kind: 'MAINTENANCE', expensesMinor: 3520, assessmentTotal: 72 });
  });

  it('refuses a visit with several bad fields once, naming every one', async () => {
    const refused = await log(ann, { purpose: ' ', expenses: '-5.00', visitedAt: hoursAgo(-48) });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((refused.errors?.[0].extensions?.['problems'] as Array<{ field: string }>).map((problem) => problem.field)).toEqual([
      'input.visitedAt',
      'input.purpose',
      'input.expenses',
    ]);
  });

  it('files the visit report once, recording whether it was on time', async () => {
    const visit = data<{ logVisit: { id: string; version: number } }>(await log(ann, { visitedAt: hoursAgo(30) })).logVisit;
    expect(
      onlyError(
        await subgraph.execute(bob, `mutation($id: ID!) { submitVisitReport(input: { visitId: $id, version: 1, outcome: "x" }) { id } }`, { id: visit.id }),
      ).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.visitId',
    });
    const filed = data<{ submitVisitReport: { outcome: string; reportOnTime: boolean; version: number } }>(
      await subgraph.execute(
        ann,
        `mutation($id: ID!) { submitVisitReport(input: { visitId: $id, version: 1, outcome: "Agreed a trial order" }) { ${VISIT} } }`,
        { id: visit.id },
      ),
    ).submitVisitReport;
    expect(filed).toMatchObject({ outcome: 'Agreed a trial order', reportOnTime: false, version: 2 });
    expect(
      onlyError(
        await subgraph.execute(nina, `mutation($id: ID!) { submitVisitReport(input: { visitId: $id, version: 2, outcome: "again" }) { id } }`, {
          id: visit.id,
        }),
      ).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.visitId',
    });
    const onTime = data<{ logVisit: { reportOnTime: boolean; reportSubmittedAt: string } }>(
      await log(ann, { visitedAt: hoursAgo(1), outcome: 'Filed on the spot' }),
    ).logVisit;
    expect(onTime.reportOnTime).toBe(true);
  });

  it.each([
    ['a future visit', { visitedAt: '2099-01-01T00:00:00Z' }, 'input.visitedAt'],
    ['another customer’s contact', { contactIds: ['not-a-contact'] }, 'input.contactIds.0'],
    ['an unknown joint manager', { jointManagerId: 'rep-ghost' }, 'input.jointManagerId'],
    ['negative expenses', { expenses: '-1.00' }, 'input.expenses'],
    ['an over-scored answer', { assessment: { answers: answers([11, 5, 5, 5, 5, 5, 5, 5, 5, 5]) } }, 'input.assessment.answers.0.points'],
    ['a missing answer', { assessment: { answers: answers([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]).slice(1) } }, 'input.assessment.answers'],
    ['an empty purpose', { purpose: ' ' }, 'input.purpose'],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_case, input, field) => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    expect(onlyError(await log(ann, input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(subgraph.dataSource, 0, 1000)).length).toBe(before);
  });

  it('scores new visits against a newly published question set, keeping old assessments on theirs', async () => {
    const publish = (viewer: Viewer, questions: Array<{ key: string; text: string; maxPoints: number }>) =>
      subgraph.execute(
        viewer,
        `mutation($q: [AssessmentQuestionInput!]!) { publishAssessmentQuestionSet(input: { questions: $q }) { version questions { key } } }`,
        { q: questions },
      );
    expect(onlyError(await publish(ann, [{ key: 'NEED', text: 'Has a need', maxPoints: 100 }])).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await publish(director, [{ key: 'NEED', text: 'Has a need', maxPoints: 90 }])).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.questions',
    });
    expect(
      data(
        await publish(director, [
          { key: 'NEED', text: 'Has a need', maxPoints: 60 },
          { key: 'BUDGET', text: 'Has a budget', maxPoints: 40 },
        ]),
      ),
    ).toEqual({ publishAssessmentQuestionSet: { version: 2, questions: [{ key: 'NEED' }, { key: 'BUDGET' }] } });
    const visit = data<{ logVisit: { assessment: { questionSetVersion: number; total: number; band: string } } }>(
      await log(ann, {
        assessment: {
          answers: [
            { key: 'NEED', points: 30 },
            { key: 'BUDGET', points: 5 },
          ],
        },
      }),
    ).logVisit;
    expect(visit.assessment).toMatchObject({ questionSetVersion: 2, total: 35, band: 'FAIL' });
    const old = data<{ visits: { edges: Array<{ node: { assessment: { questionSetVersion: number; answers: unknown[] } | null } }> } }>(
      await subgraph.execute(ann, `{ visits(first: 100) { edges { node { assessment { questionSetVersion answers { key } } } } } }`),
    )
      .visits.edges.map((edge) => edge.node.assessment)
      .filter((assessment) => assessment?.questionSetVersion === 1);
    expect(old[0]?.answers).toHaveLength(10);
  });

  it('lists visits newest first with cursors, visible as their customers are', async () => {
    const page1 = data<{
      visits: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: { visitedAt: string } }> };
    }>(await subgraph.execute(ann, `{ visits(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { visitedAt } } } }`)).visits;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = data<{ visits: { edges: Array<{ node: { visitedAt: string } }> } }>(
      await subgraph.execute(ann, `query($after: String) { visits(first: 10, after: $after) { edges { node { visitedAt } } } }`, {
        after: page1.pageInfo.endCursor,
      }),
    ).visits;
    const times = [...page1.edges, ...page2.edges].map((edge) => new Date(edge.node.visitedAt).getTime());
    expect(times).toHaveLength(4);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(data<{ visits: { totalCount: number } }>(await subgraph.execute(bob, '{ visits { totalCount } }')).visits.totalCount).toBe(0);
    const missing = data<{ visits: { totalCount: number } }>(await subgraph.execute(nina, '{ visits(filter: { reportMissing: true }) { totalCount } }')).visits;
    expect(missing.totalCount).toBe(2);
  });

  it('reads visits with their contacts and assessments in statements that do not grow with the page', async () => {
    // The newest visit has every child, so the one-row page touches every loader the full page does.
    data(
      await log(ann, {
        visitedAt: hoursAgo(0.5),
        contactIds: [liWei],
        assessment: {
          contactId: liWei,
          answers: [
            { key: 'NEED', points: 50 },
            { key: 'BUDGET', points: 30 },
          ],
        },
      }),
    );
    const counter = queryCounter(subgraph.dataSource);
    const query = `query($first: Int) { visits(first: $first) { edges { node { ${VISIT} } } } customers(first: $first) { edges { node { lastVisit { id } } } } }`;
    const small = await counter.countDuring(() => subgraph.execute(director, query, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(director, query, { first: 100 }));
    // visits count + page, contacts met, their contacts, assessments, question sets, assessed contacts,
    // customers count + page, last visits
    expect([small, large]).toEqual([9, 9]);
  });
});
