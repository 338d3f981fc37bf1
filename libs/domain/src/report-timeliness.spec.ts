import { reportDueAt, reportOnTime } from './report-timeliness';

describe('report timeliness', () => {
  const visit = new Date('2026-11-20T10:00:00Z');
  const due = reportDueAt(visit);

  it('is due 24 hours after the visit by default, or as configured', () => {
    expect(due.toISOString()).toBe('2026-11-21T10:00:00.000Z');
    expect(reportDueAt(visit, 48).toISOString()).toBe('2026-11-22T10:00:00.000Z');
  });

  it('is on time up to the deadline, late after it, and undecided while still possible', () => {
    expect(reportOnTime(due, new Date('2026-11-21T10:00:00Z'), new Date('2026-11-25T00:00:00Z'))).toBe(true);
    expect(reportOnTime(due, new Date('2026-11-21T10:00:01Z'), new Date('2026-11-25T00:00:00Z'))).toBe(false);
    expect(reportOnTime(due, null, new Date('2026-11-21T09:00:00Z'))).toBeNull();
    expect(reportOnTime(due, null, new Date('2026-11-21T11:00:00Z'))).toBe(false);
  });
});
