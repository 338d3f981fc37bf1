import { expenseClaimDueAt, orderEntryOnTime, reportDueAt, reportOnTime, salesReportDueAt, salesReportsDueOn } from './report-timeliness';

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

  it('gives market-information reports five days after their month', () => {
    expect(salesReportDueAt('MARKET', '2026-11-30').toISOString()).toBe('2026-12-05T23:59:59.999Z');
    expect(salesReportDueAt('MARKET', '2026-02-28').toISOString()).toBe('2026-03-05T23:59:59.999Z');
  });

  it('names the reports falling due on a day, once per period each', () => {
    const on = (day: string) => salesReportsDueOn(day).map((due) => [due.kind, due.period, due.dueAt.toISOString()]);
    // Monday 30 November 2026: week 48
    expect(on('2026-11-30')).toEqual([['WEEKLY', '2026-W48', '2026-11-30T23:59:59.999Z']]);
    expect(on('2026-12-03')).toEqual([['MONTHLY', '2026-11', '2026-12-03T23:59:59.999Z']]);
    expect(on('2026-12-05')).toEqual([['MARKET', '2026-11', '2026-12-05T23:59:59.999Z']]);
    expect(on('2026-12-02')).toEqual([]);
    // Monday 5 January 2026 is due day of week 1 and of December's market-information report
    expect(on('2026-01-05')).toEqual([
      ['WEEKLY', '2026-W01', '2026-01-05T23:59:59.999Z'],
      ['MARKET', '2025-12', '2026-01-05T23:59:59.999Z'],
    ]);
    // over a year: 52 or 53 weekly, 12 monthly and 12 market-information reports fall due
    const kinds = new Map<string, number>();
    for (let day = '2027-01-01'; day <= '2027-12-31'; day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      for (const due of salesReportsDueOn(day)) kinds.set(due.kind, (kinds.get(due.kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({ WEEKLY: 52, MONTHLY: 12, MARKET: 12 });
  });

  it('counts an order entered within a day as on time', () => {
    const taken = new Date('2026-11-02T10:00:00Z');
    expect(orderEntryOnTime(taken, new Date('2026-11-03T10:00:00Z'))).toBe(true);
    expect(orderEntryOnTime(taken, new Date('2026-11-03T10:00:01Z'))).toBe(false);
  });
});
