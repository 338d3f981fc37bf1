/**
 * The demo organisation, generated from a fixed seed so every first start
 * shows the same company: 3 teams, 12 reps, 200 customers, 1,000 orders
 * dated December 2025 to November 2026.
 */
export interface DemoData {
  teams: Array<{ key: string; name: string }>;
  reps: Array<{ key: string; teamKey: string; name: string; email: string; type: 'HUNTER' | 'FARMER' | 'BOTH'; manager: boolean }>;
  customers: Array<{ key: string; name: string; class: 'A' | 'B' | 'C' | 'D'; ownerKey: string }>;
  orders: Array<{ customerKey: string; total: string; orderedAt: string }>;
}

export interface DemoSize {
  teams: number;
  repsPerTeam: number;
  customers: number;
  orders: number;
}

export const DEMO_SIZE: DemoSize = { teams: 3, repsPerTeam: 4, customers: 200, orders: 1000 };

const TEAM_NAMES = ['North', 'South', 'East', 'West', 'Central', 'Coastal'];
const FIRST = ['Ann', 'Bob', 'Chen', 'Dana', 'Eli', 'Fang', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kai', 'Lena', 'Ming', 'Nora', 'Omar', 'Pia'];
const LAST = ['Li', 'Smith', 'Wang', 'Garcia', 'Zhang', 'Müller', 'Liu', 'Rossi', 'Chen', 'Novak', 'Zhao', 'Silva'];
const TRADES = ['Trading', 'Foods', 'Machinery', 'Textiles', 'Pharma', 'Logistics', 'Electronics', 'Building Supply', 'Retail', 'Chemicals'];
const PLACES = ['Harbour', 'Riverside', 'Summit', 'Golden', 'Pine', 'Eastgate', 'Lotus', 'Maple', 'Jade', 'Northstar', 'Bay', 'Crown'];
const TYPES = ['HUNTER', 'FARMER', 'BOTH'] as const;
const FIRST_DAY = Date.UTC(2025, 11, 1);
const LAST_DAY = Date.UTC(2026, 10, 28);

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoData(size: DemoSize = DEMO_SIZE, seed = 20261129): DemoData {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const teams = Array.from({ length: size.teams }, (_, t) => ({ key: `team-${t}`, name: TEAM_NAMES[t % TEAM_NAMES.length] + (t >= TEAM_NAMES.length ? ` ${t}` : '') }));
  const reps = teams.flatMap((team, t) =>
    Array.from({ length: size.repsPerTeam }, (_, r) => {
      const index = t * size.repsPerTeam + r;
      const first = FIRST[index % FIRST.length];
      const last = LAST[(index * 7) % LAST.length];
      return {
        key: `rep-${index}`,
        teamKey: team.key,
        name: `${first} ${last}`,
        email: `${first}.${last}.${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@salesgraph.example',
        type: TYPES[index % TYPES.length],
        manager: r === 0,
      };
    }),
  );
  const classes = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D'] as const;
  const customers = Array.from({ length: size.customers }, (_, c) => ({
    key: `customer-${c}`,
    name: `${pick(PLACES)} ${pick(TRADES)} ${c + 1}`,
    class: pick(classes),
    ownerKey: reps[c % reps.length].key,
  }));
  const orders = Array.from({ length: size.orders }, () => {
    const customer = pick(customers);
    // A-class customers buy bigger: the skew makes leaderboards worth reading.
    const scale = { A: 40000, B: 15000, C: 6000, D: 2000 }[customer.class];
    const minor = Math.round((0.2 + next()) * scale) * 100 + Math.floor(next() * 100);
    const day = FIRST_DAY + Math.floor(next() * ((LAST_DAY - FIRST_DAY) / 86_400_000 + 1)) * 86_400_000;
    const at = new Date(day + Math.floor(next() * 9 + 8) * 3_600_000);
    return { customerKey: customer.key, total: `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`, orderedAt: at.toISOString() };
  });
  return { teams, reps, customers, orders };
}
