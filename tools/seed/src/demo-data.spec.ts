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
      expect(order.lines.length).toBeGreaterThan(0);
      for (const line of order.lines) expect(line.listPrice).toMatch(/^\d+\.\d{2}$/);
      expect(order.orderedAt >= '2025-12-01' && order.orderedAt < '2026-11-29').toBe(true);
    }
    expect(new Set(data.customers.map((customer) => customer.class))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });

  it('covers every concept: contacts with and without a coach, visits, every stage, paid, partly paid and unpaid orders, complaints', () => {
    const data = demoData();
    const stages = new Set(data.opportunities.flatMap((opportunity) => opportunity.stages));
    expect(stages).toEqual(new Set(['PROSPECTING', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'CONTRACT_SIGNED', 'DELIVERED', 'LOST']));
    expect(new Set(data.orders.map((order) => order.paidShare))).toEqual(new Set([0, 0.5, 1]));
    expect(data.orders.some((order) => order.lines.some((line) => line.discountPercent > 10))).toBe(true);
    expect(data.contacts.some((contact) => contact.roles.includes('COACH'))).toBe(true);
    expect(data.visits.length).toBeGreaterThan(0);
    expect(data.complaints.some((complaint) => complaint.resolution === null)).toBe(true);
    expect(data.complaints.some((complaint) => complaint.resolution !== null)).toBe(true);
    expect(data.successCases.length).toBeLessThan(data.reps.length);
  });
});
