import { dateOutOfBounds, dayOutOfBounds, EARLIEST_BOUND, nowBound, planningHorizon } from './date-bounds';

const now = new Date('2026-12-02T10:00:00.000Z');
const order = { at: new Date('2026-11-20T08:00:00.000Z'), what: 'the order date' };

describe('dateOutOfBounds', () => {
  it('accepts a date between its bounds, and now within clock skew', () => {
    expect(dateOutOfBounds(new Date('2026-11-21T00:00:00Z'), [EARLIEST_BOUND, order], [nowBound(now)])).toBeNull();
    expect(dateOutOfBounds(new Date(now.getTime() + 60_000), [EARLIEST_BOUND], [nowBound(now)])).toBeNull();
    expect(dateOutOfBounds(order.at, [order], [nowBound(now)])).toBeNull();
  });

  it.each([
    ['before the order', '2026-11-19T23:59:59Z', 'may not be before the order date (2026-11-20T08:00:00.000Z)'],
    ['in the future', '2026-12-03T00:00:00Z', 'may not be after now (2026-12-02T10:00:00.000Z)'],
    ['in 1900', '1900-01-01T00:00:00Z', 'may not be before the earliest date accepted (2000-01-01)'],
  ])('states the bound a date %s breaks', (_case, value, message) => {
    expect(dateOutOfBounds(new Date(value), [EARLIEST_BOUND, order], [nowBound(now)])).toBe(message);
  });

  it('refuses a plan further ahead than the planning horizon', () => {
    expect(dateOutOfBounds(new Date('2037-01-01T00:00:00Z'), [], [planningHorizon(now)])).toBe('may not be after 10 years from now (2036-12-02T10:00:00.000Z)');
  });
});

describe('dayOutOfBounds', () => {
  const today = { at: now, what: 'today' };
  it('compares whole days: today is not in the past', () => {
    expect(dayOutOfBounds('2026-12-02', [today])).toBeNull();
    expect(dayOutOfBounds('2026-12-01', [today])).toBe('may not be before today (2026-12-02)');
    expect(dayOutOfBounds('2026-12-03', [EARLIEST_BOUND], [nowBound(now)])).toBe('may not be after now (2026-12-02)');
    expect(dayOutOfBounds('1999-12-31', [EARLIEST_BOUND])).toBe('may not be before the earliest date accepted (2000-01-01)');
  });
});
