import type { BuyingRole, ComplaintSeverity, CustomerSource, IntelligenceTopic, OpportunityStage, SocialStyle, VisitKind } from '@salesgraph/graphql-types';

/**
 * The demo organisation, generated from a fixed seed so every first start
 * shows the same company: 3 teams, 12 reps, 200 customers, 1,000 orders
 * dated December 2025 to November 2026.
 */
export interface DemoData {
  teams: Array<{ key: string; name: string }>;
  reps: Array<{ key: string; teamKey: string; name: string; email: string; type: 'HUNTER' | 'FARMER' | 'BOTH'; manager: boolean }>;
  customers: Array<{ key: string; name: string; class: 'A' | 'B' | 'C' | 'D'; ownerKey: string; region: string; industry: string; source: CustomerSource }>;
  orders: Array<{
    customerKey: string;
    orderedAt: string;
    paymentTermsDays: number;
    lines: Array<{ product: string; units: number; listPrice: string; discountPercent: number; unitCost: string }>;
    /** What share of the invoice is paid: 1 paid, 0.5 partly, 0 not at all. */
    paidShare: number;
  }>;
  contacts: Array<{ key: string; customerKey: string; name: string; title: string; roles: BuyingRole[]; socialStyle: SocialStyle; influence: number }>;
  visits: Array<{
    customerKey: string;
    kind: VisitKind;
    visitedAt: string;
    purpose: string;
    contactKey: string;
    outcome: string | null;
    assessmentPoints: number[];
  }>;
  /** `closesInDays`: the expected close date counted from the day the seed runs, which may not be in the past. */
  opportunities: Array<{
    customerKey: string;
    name: string;
    amount: string;
    closesInDays: number;
    stages: OpportunityStage[];
    lostReason?: string;
    wonByCompetitor?: string;
  }>;
  complaints: Array<{ customerKey: string; subject: string; severity: ComplaintSeverity; openedAt: string; resolution: string | null }>;
  surveys: Array<{ customerKey: string; score: number; surveyedAt: string }>;
  intelligence: Array<{ competitor: string; topic: IntelligenceTopic; note: string; region: string }>;
  successCases: Array<{ repKey: string; title: string; story: string; industry: string }>;
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
const REGIONS = ['North', 'South', 'East', 'West'];
const INDUSTRIES = ['Food processing', 'Textiles', 'Automotive', 'Healthcare', 'Construction', 'Logistics'];
const COMPETITORS = ['RivalCo', 'Apex Machines', 'Nordwerk'];
/** Product, list price and unit cost in minor units. */
const PRODUCTS: ReadonlyArray<readonly [string, number, number]> = [
  ['Press X', 250_000, 160_000],
  ['Die set', 4_000, 2_500],
  ['Service kit', 12_000, 5_000],
  ['Conveyor module', 85_000, 60_000],
  ['Control unit', 40_000, 22_000],
];
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
  const teams = Array.from({ length: size.teams }, (_, t) => ({
    key: `team-${t}`,
    name: TEAM_NAMES[t % TEAM_NAMES.length] + (t >= TEAM_NAMES.length ? ` ${t}` : ''),
  }));
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
    region: pick(REGIONS),
    industry: pick(INDUSTRIES),
    source: pick(['TRADE_SHOW', 'PHONE', 'REFERRAL', 'WEB', 'VISIT'] as const),
  }));
  const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
  const dayIn = () => FIRST_DAY + Math.floor(next() * ((LAST_DAY - FIRST_DAY) / 86_400_000 + 1)) * 86_400_000;
  const at = (day: number) => new Date(day + Math.floor(next() * 9 + 8) * 3_600_000).toISOString();
  const orders = Array.from({ length: size.orders }, () => {
    const customer = pick(customers);
    // A-class customers buy bigger: the skew makes leaderboards worth reading.
    const scale = { A: 8, B: 4, C: 2, D: 1 }[customer.class];
    const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const [product, listMinor, costMinor] = pick(PRODUCTS);
      // Mostly within a rep's 10 % authority; one order in forty needs a manager.
      const discountPercent = next() < 0.025 ? 15 : pick([0, 0, 2.5, 5, 7.5, 10]);
      return { product, units: Math.ceil(next() * 6 * scale), listPrice: money(listMinor), discountPercent, unitCost: money(costMinor) };
    });
    const paymentTermsDays = pick([30, 30, 30, 45, 60]);
    const roll = next();
    return { customerKey: customer.key, orderedAt: at(dayIn()), paymentTermsDays, lines, paidShare: roll < 0.7 ? 1 : roll < 0.85 ? 0.5 : 0 };
  });
  const contacts = customers.slice(0, 120).flatMap((customer, c) =>
    Array.from({ length: 2 }, (_, i) => ({
      key: `contact-${c}-${i}`,
      customerKey: customer.key,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      title: i === 0 ? 'Head of purchasing' : pick(['Plant manager', 'Engineer', 'Finance director', 'Owner']),
      // Two customers in three have a coach: the rest show up as a risk.
      roles: (i === 0 ? ['BUYER', 'DECISION_MAKER'] : c % 3 === 0 ? ['USER'] : ['COACH', 'INFLUENCER']) satisfies BuyingRole[],
      socialStyle: pick(['DRIVER', 'EXPRESSIVE', 'ANALYTICAL', 'AMIABLE'] as const),
      influence: i === 0 ? 70 : 30,
    })),
  );
  const visits = Array.from({ length: 300 }, (_, v) => {
    const contact = contacts[v % contacts.length];
    const visitedAt = at(LAST_DAY - Math.floor(next() * 120) * 86_400_000);
    return {
      customerKey: contact.customerKey,
      kind: pick(['MAINTENANCE', 'MAINTENANCE', 'NEW_DEVELOPMENT', 'COLLECTION', 'SERVICE'] as const),
      visitedAt,
      purpose: pick(['Quarterly review', 'Product demonstration', 'Collect overdue invoice', 'Introduce new line', 'Service check']),
      contactKey: contact.key,
      outcome: next() < 0.85 ? pick(['Agreed next steps', 'Asked for a proposal', 'Promised payment this week', 'No interest yet']) : null,
      assessmentPoints: Array.from({ length: 10 }, () => Math.floor(next() * 11)),
    };
  });
  const stagePaths: OpportunityStage[][] = [
    ['PROSPECTING'],
    ['PROSPECTING', 'NEEDS_ANALYSIS'],
    ['PROSPECTING', 'PROPOSAL'],
    ['PROSPECTING', 'NEEDS_ANALYSIS', 'NEGOTIATION'],
    ['PROSPECTING', 'PROPOSAL', 'CONTRACT_SIGNED'],
    ['PROSPECTING', 'PROPOSAL', 'CONTRACT_SIGNED', 'DELIVERED'],
    ['PROSPECTING', 'PROPOSAL', 'LOST'],
  ];
  const opportunities = Array.from({ length: 70 }, (_, o) => {
    const stages = stagePaths[o % stagePaths.length];
    const lost = stages[stages.length - 1] === 'LOST';
    return {
      customerKey: customers[(o * 7) % customers.length].key,
      name: `${pick(PRODUCTS)[0]} for ${pick(['line 2', 'the new plant', 'the warehouse', 'head office'])}`,
      amount: money(Math.round((0.5 + next()) * 2_000_000)),
      closesInDays: 1 + Math.floor(next() * 120),
      stages,
      ...(lost ? { lostReason: pick(['Price', 'Delivery time', 'Relationship with incumbent']), wonByCompetitor: pick(COMPETITORS) } : {}),
    };
  });
  const complaints = Array.from({ length: 24 }, (_, c) => ({
    customerKey: customers[(c * 11) % customers.length].key,
    subject: pick(['Late delivery', 'Damaged goods', 'Invoice error', 'Slow service response']),
    severity: pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH'] as const),
    openedAt: at(LAST_DAY - Math.floor(next() * 90) * 86_400_000),
    resolution: c % 3 === 0 ? null : pick(['Replaced and credited', 'Corrected invoice issued', 'Engineer sent next day']),
  }));
  const surveys = Array.from({ length: 60 }, (_, s) => ({
    customerKey: customers[(s * 3) % customers.length].key,
    score: 1 + Math.min(4, Math.floor(next() * 5.5)),
    surveyedAt: at(LAST_DAY - Math.floor(next() * 180) * 86_400_000),
  }));
  const intelligence = Array.from({ length: 15 }, () => ({
    competitor: pick(COMPETITORS),
    topic: pick(['PRODUCT', 'PRICE', 'STRATEGY'] as const),
    note: pick(['Cut list prices by 8 % for key accounts', 'Launched a cheaper entry model', 'Hiring reps in our region', 'Offering 90-day terms']),
    region: pick(REGIONS),
  }));
  const successCases = reps
    .filter((_, r) => r % 3 !== 2)
    .map((rep) => ({
      repKey: rep.key,
      title: pick([
        'Winning back a churned account',
        'First order from a hospital group',
        'Turning a complaint into a reference',
        'Collecting a year-old receivable',
      ]),
      story: 'Situation, what I did, and the result: a coach inside the customer made the difference.',
      industry: pick(INDUSTRIES),
    }));
  return { teams, reps, customers, orders, contacts, visits, opportunities, complaints, surveys, intelligence, successCases };
}
