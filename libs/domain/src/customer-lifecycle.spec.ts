import { allowedNextStatuses, canChangeStatus, statusAfterOrder } from './customer-lifecycle';
import { daysOverdue, DEFAULT_VISIT_INTERVAL_DAYS, isVisitOverdue, visitDueAt } from './visit-policy';

describe('customer lifecycle', () => {
  it.each([
    ['PROSPECT', 'ACTIVE', true],
    ['ACTIVE', 'DORMANT', true],
    ['ACTIVE', 'CHURNED', true],
    ['DORMANT', 'ACTIVE', true],
    ['CHURNED', 'ACTIVE', true],
    ['ACTIVE', 'PROSPECT', false],
    ['CHURNED', 'DORMANT', false],
    ['ACTIVE', 'ACTIVE', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });

  it.each([
    ['PROSPECT', 'ACTIVE'],
    ['ACTIVE', 'ACTIVE'],
    ['DORMANT', 'ACTIVE'],
    ['CHURNED', 'ACTIVE'],
  ] as const)('a confirmed order makes a %s customer %s', (from, to) => {
    expect(statusAfterOrder(from)).toBe(to);
  });

  it('lists where a prospect can go', () => {
    expect(allowedNextStatuses('PROSPECT')).toEqual(['ACTIVE', 'CHURNED']);
  });
});

describe('visit policy', () => {
  const filed = new Date('2026-01-01T00:00:00Z');

  it('defaults to A 7, B 14, C 30, D 90 days', () => {
    expect(DEFAULT_VISIT_INTERVAL_DAYS).toEqual({ A: 7, B: 14, C: 30, D: 90 });
  });

  it('is due the interval after the last visit, or after filing when never visited', () => {
    expect(visitDueAt(new Date('2026-11-01T09:00:00Z'), filed, 7).toISOString()).toBe('2026-11-08T09:00:00.000Z');
    expect(visitDueAt(null, filed, 30).toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  it('is overdue only after the due moment, counting whole days late', () => {
    const last = new Date('2026-11-01T09:00:00Z');
    expect(isVisitOverdue(last, filed, 7, new Date('2026-11-08T09:00:00Z'))).toBe(false);
    expect(isVisitOverdue(last, filed, 7, new Date('2026-11-08T09:00:01Z'))).toBe(true);
    expect(daysOverdue(last, filed, 7, new Date('2026-11-11T10:00:00Z'))).toBe(3);
    expect(daysOverdue(last, filed, 7, new Date('2026-11-02T10:00:00Z'))).toBe(0);
  });
});
