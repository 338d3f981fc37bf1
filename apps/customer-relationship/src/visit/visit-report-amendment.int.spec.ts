/**
 * Records that can be corrected (docs/domain.md#visits): a filed visit report is amended by
 * the visiting rep or a manager, keeping the original and each amendment with
 * who and when; the report's timeliness stays that of its first filing.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { VisitEntity } from './visit.entity';

const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const VISIT =
  'id outcome nextStep version reportSubmittedAt reportOnTime reportAmendments { outcomeBefore outcomeAfter nextStepBefore nextStepAfter reason amendedBy amendedAt }';

interface Visit {
  id: string;
  outcome: string;
  nextStep: string | null;
  version: number;
  reportSubmittedAt: string;
  reportOnTime: boolean | null;
  reportAmendments: Array<Record<string, unknown>>;
}

describeOnEachDatabase('visits: report amendments', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  /** A visit `hours` ago with its report filed now (due 24 h after the visit). */
  const filed = async (hours: number): Promise<Visit> => {
    const visit = data<{ logVisit: Visit }>(
      await subgraph.execute(ann, `mutation($i: LogVisitInput!) { logVisit(input: $i) { ${VISIT} } }`, {
        i: { customerId: acme, kind: 'MAINTENANCE', purpose: 'Quarterly review', visitedAt: hoursAgo(hours) },
      }),
    ).logVisit;
    return data<{ submitVisitReport: Visit }>(
      await subgraph.execute(ann, `mutation($i: SubmitVisitReportInput!) { submitVisitReport(input: $i) { ${VISIT} } }`, {
        i: { visitId: visit.id, version: visit.version, outcome: 'Agreed a trial', nextStep: 'Send samples' },
      }),
    ).submitVisitReport;
  };
  const amend = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: AmendVisitReportInput!) { amendVisitReport(input: $i) { ${VISIT} } }`, { i: input });
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('keeps the original and each amendment with who and when, and the on-time flag of the first filing', async () => {
    const visit = await filed(2);
    expect(visit.reportOnTime).toBe(true);
    const before = (await feed()).length;
    const first = data<{ amendVisitReport: Visit }>(
      await amend(ann, { visitId: visit.id, version: visit.version, outcome: 'Agreed a paid trial', reason: 'Typo in the terms' }),
    ).amendVisitReport;
    const second = data<{ amendVisitReport: Visit }>(await amend(nina, { visitId: visit.id, version: first.version, nextStep: null })).amendVisitReport;
    expect(second).toMatchObject({ outcome: 'Agreed a paid trial', nextStep: null, reportSubmittedAt: first.reportSubmittedAt, reportOnTime: true });
    // Filed when it was filed (to the second a MariaDB datetime keeps), not when amended.
    expect(Math.abs(Date.parse(second.reportSubmittedAt) - Date.parse(visit.reportSubmittedAt))).toBeLessThan(1_000);
    expect(second.reportAmendments).toEqual([
      expect.objectContaining({
        outcomeBefore: 'Agreed a trial',
        outcomeAfter: 'Agreed a paid trial',
        nextStepBefore: 'Send samples',
        nextStepAfter: 'Send samples',
        reason: 'Typo in the terms',
        amendedBy: 'ann',
      }),
      expect.objectContaining({
        outcomeBefore: 'Agreed a paid trial',
        outcomeAfter: 'Agreed a paid trial',
        nextStepBefore: 'Send samples',
        nextStepAfter: null,
        reason: null,
        amendedBy: 'nina',
      }),
    ]);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([
      ['VisitReportAmended', 1],
      ['VisitReportAmended', 1],
    ]);
    expect(events[0].payload).toMatchObject({ visitId: visit.id, repId: 'rep-ann', amendedBy: 'ann', reason: 'Typo in the terms' });
    // A late report stays late, however it is amended.
    const late = await filed(30);
    expect(late.reportOnTime).toBe(false);
    const amendedLate = data<{ amendVisitReport: Visit }>(
      await amend(ann, { visitId: late.id, version: late.version, outcome: 'Agreed a trial, signed' }),
    ).amendVisitReport;
    expect(amendedLate.reportOnTime).toBe(false);
    expect(Math.abs(Date.parse(amendedLate.reportSubmittedAt) - Date.parse(late.reportSubmittedAt))).toBeLessThan(1_000);
  });

  it('refuses an unfiled report, bad input and a stale version with the field, analysts and those who cannot see it, changing nothing', async () => {
    const visit = await filed(3);
    const unfiled = data<{ logVisit: Visit }>(
      await subgraph.execute(ann, `mutation($i: LogVisitInput!) { logVisit(input: $i) { ${VISIT} } }`, {
        i: { customerId: acme, kind: 'MAINTENANCE', purpose: 'Check-in', visitedAt: hoursAgo(1) },
      }),
    ).logVisit;
    const before = (await feed()).length;
    expect(onlyError(await amend(ann, { visitId: unfiled.id, version: unfiled.version, outcome: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.visitId',
    });
    expect(onlyError(await amend(ann, { visitId: visit.id, version: visit.version })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(onlyError(await amend(ann, { visitId: visit.id, version: visit.version, outcome: '  ' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.outcome',
    });
    expect(onlyError(await amend(ann, { visitId: visit.id, version: visit.version, nextStepAt: hoursAgo(48) })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.nextStepAt',
    });
    expect(onlyError(await amend(ann, { visitId: visit.id, version: visit.version, outcome: 'x', reason: 'r'.repeat(501) })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(onlyError(await amend(ann, { visitId: visit.id, version: visit.version - 1, outcome: 'x' })).extensions?.['code']).toBe('CONFLICT');
    expect(onlyError(await amend(analyst, { visitId: visit.id, version: visit.version, outcome: 'x' })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await amend(bob, { visitId: visit.id, version: visit.version, outcome: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.visitId',
    });
    expect(await subgraph.dataSource.getRepository(VisitEntity).findOneByOrFail({ id: visit.id })).toMatchObject({
      outcome: 'Agreed a trial',
      version: visit.version,
    });
    expect((await feed()).length).toBe(before);
  });
});
