import { DEMO_SIZE, demoData } from './demo-data';

describe('demoData', () => {
  it('is the same on every run', () => {
    expect(demoData()).toEqual(demoData());
  });

  it('has the promised size: 3 teams, 12 reps, 200 customers, 1,000 orders', () => {
    const data = demoData();
    expect([data.teams.length, data.reps.length, data.customers.length, data.orders.length]).toEqual([3, 12, 200, 1000]);
    expect(DEMO_SIZE).toEqual({ teams: 3, repsPerTeam: 4, customers: 200, orders: 1000 });
  });

  it('gives each team one manager, unique emails, and positive amounts on dates in the demo year', () => {
    const data = demoData();
    for (const team of data.teams) expect(data.reps.filter((rep) => rep.teamKey === team.key && rep.manager)).toHaveLength(1);
    expect(new Set(data.reps.map((rep) => rep.email)).size).toBe(data.reps.length);
    for (const order of data.orders) {
      expect(order.total).toMatch(/^\d+\.\d{2}$/);
      expect(Number(order.total)).toBeGreaterThan(0);
      expect(order.orderedAt >= '2025-12-01' && order.orderedAt < '2026-11-29').toBe(true);
    }
    expect(new Set(data.customers.map((customer) => customer.class))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });
});
