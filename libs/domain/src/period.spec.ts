import { addDays, dayKey, isoWeekOf, latestPeriodFirst, parsePeriod, PeriodFormatError, previousPeriod } from './period';

describe('parsePeriod', () => {
  it.each([
    ['2026', 'YEAR', '2026-01-01', '2026-12-31'],
    ['2026-Q4', 'QUARTER', '2026-10-01', '2026-12-31'],
    ['2026-Q1', 'QUARTER', '2026-01-01', '2026-03-31'],
    ['2026-11', 'MONTH', '2026-11-01', '2026-11-30'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2026-W48', 'WEEK', '2026-11-23', '2026-11-29'],
    ['2026-W01', 'WEEK', '2025-12-29', '2026-01-04'],
    ['2026-11-29', 'DAY', '2026-11-29', '2026-11-29'],
  ])('%s is a %s from %s to %s', (text, kind, firstDay, lastDay) => {
    expect(parsePeriod(text)).toEqual({ kind, label: text, firstDay, lastDay });
  });

  it.each(['', '26', '2026-13', '2026-Q5', '2026-W54', '2026-02-30', '2026-04-31', '2027-02-29', '2026-00', '2026-W00', 'last month', '2026-1'])(
    'refuses %j with a message naming the accepted forms',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(PeriodFormatError);
      expect(() => parsePeriod(text)).toThrow(`"${text}" is not a period`);
      expect(() => parsePeriod(text)).toThrow(/year \(2026\), quarter \(2026-Q4\), month \(2026-11\)/);
    },
  );

  it('knows 2026 has 53 ISO weeks', () => {
    expect(parsePeriod('2026-W53').lastDay).toBe('2027-01-03');
  });

  it('keys instants by their UTC day', () => {
    expect(dayKey(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-29');
  });
});

describe('latestPeriodFirst', () => {
  it('orders periods by the calendar, not by their labels', () => {
    // As text, descending: 2027-03, 2026-W48, 2026-Q4, 2026-12, 2026-11, 2026 — the week and the quarter before December.
    const labels = ['2026-11', '2026-Q4', '2027-03', '2026-12', '2026', '2026-W48'];
    expect(
      labels
        .map(parsePeriod)
        .sort(latestPeriodFirst)
        .map((period) => period.label),
    ).toEqual(['2027-03', '2026-12', '2026-Q4', '2026', '2026-11', '2026-W48']);
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2026', '2025'],
    ['2026-Q1', '2025-Q4'],
    ['2026-Q3', '2026-Q2'],
    ['2026-01', '2025-12'],
    ['2026-11', '2026-10'],
    ['2026-W01', '2025-W52'],
    ['2027-W01', '2026-W53'],
    ['2026-W48', '2026-W47'],
    ['2026-03-01', '2026-02-28'],
  ])('%s follows %s', (current, previous) => {
    const before = previousPeriod(parsePeriod(current));
    expect(before).toEqual(parsePeriod(previous));
  });

  it('adds days across months', () => {
    expect(addDays('2026-11-29', 3)).toBe('2026-12-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
  });
});
