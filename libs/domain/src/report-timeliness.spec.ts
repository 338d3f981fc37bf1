import { expenseClaimDueAt, orderEntryOnTime, reportDueAt, reportOnTime, salesReportDueAt } from './report-timeliness';

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

describe('report deadlines', () => {
  it('gives weekly reports a day and monthly reports three', () => {
    // week 48 of 2026 ends Sunday 29 November: due by the end of Monday 30th
    expect(salesReportDueAt('WEEKLY', '2026-11-29').toISOString()).toBe('2026-11-30T23:59:59.999Z');
    expect(salesReportDueAt('MONTHLY', '2026-11-30').toISOString()).toBe('2026-12-03T23:59:59.999Z');
    expect(expenseClaimDueAt('2026-11-01').toISOString()).toBe('2026-12-01T23:59:59.999Z');
  });

  it('counts an order entered within a day as on time', () => {
    const taken = new Date('2026-11-02T10:00:00Z');
    expect(orderEntryOnTime(taken, new Date('2026-11-03T10:00:00Z'))).toBe(true);
    expect(orderEntryOnTime(taken, new Date('2026-11-03T10:00:01Z'))).toBe(false);
  });
});
