import { Viewer } from '@salesgraph/auth';
import { DatabaseKind } from '@salesgraph/persistence';
import { startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { RepPerformanceServices } from './context';
import { repPerformanceSubgraph } from './subgraph';

export const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };
export const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

/** The services a test subgraph runs on, to set up state with a chosen clock. */
export const servicesOf = (subgraph: TestSubgraph) => subgraph.running.services as RepPerformanceServices;

/**
 * A small organisation for integration tests: branch North with teams Alpha
 * (Ann, Bob, managed by Mia) and Beta (Cy, managed by Max), hired 2026-01-01.
 */
export async function createTestOrganisation(subgraph: TestSubgraph) {
  const { branches, teams, salesReps } = servicesOf(subgraph);
  const north = await branches.createBranch(director, { name: 'North', region: 'North' });
  const alpha = await teams.createTeam(director, { name: 'Alpha', branchId: north.id });
  const beta = await teams.createTeam(director, { name: 'Beta', branchId: north.id });
  const register = (name: string, teamId: string) =>
    salesReps.registerSalesRep(director, { name, email: `${name.toLowerCase()}@example.com`, type: 'BOTH', teamId, hireDate: '2026-01-01' });
  const [ann, bob, mia, cy, max] = [
    await register('Ann', alpha.id),
    await register('Bob', alpha.id),
    await register('Mia', alpha.id),
    await register('Cy', beta.id),
    await register('Max', beta.id),
  ];
  const viewer = (rep: { id: string; teamId: string }, role: 'REP' | 'MANAGER'): Viewer => ({ subject: rep.id, role, repId: rep.id, teamId: rep.teamId });
  return {
    north,
    alpha,
    beta,
    reps: { ann, bob, mia, cy, max },
    viewers: { ann: viewer(ann, 'REP'), bob: viewer(bob, 'REP'), cy: viewer(cy, 'REP'), mia: viewer(mia, 'MANAGER'), max: viewer(max, 'MANAGER') },
  };
}

export type TestOrganisation = Awaited<ReturnType<typeof createTestOrganisation>>;

/**
 * For a describe block: a rep-performance subgraph on a fresh database of the
 * kind with the test organisation in it, started before the tests and stopped
 * after. Read `subgraph` and `org` inside tests, once beforeAll has run.
 */
export function withTestOrganisation(kind: DatabaseKind): { subgraph: TestSubgraph; org: TestOrganisation } {
  const context = {} as { subgraph: TestSubgraph; org: TestOrganisation };
  beforeAll(async () => {
    context.subgraph = await startTestSubgraph(repPerformanceSubgraph, kind);
    context.org = await createTestOrganisation(context.subgraph);
  });
  afterAll(() => context.subgraph?.stop());
  return context;
}

export function data<T>(result: { data?: unknown; errors?: unknown }): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/**
 * The data of an answer whose errors are all refusals: FORBIDDEN, each at the path of a field left null, and every
 * null figure refused (docs/architecture.md#errors). Answers the data and the refused paths, for the test to check.
 */
export function refusingData<T>(result: {
  data?: unknown;
  errors?: ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}): {
  data: T;
  refused: string[];
} {
  const errors = result.errors ?? [];
  const other = errors.filter((error) => error.extensions?.['code'] !== 'FORBIDDEN' || !error.path);
  if (other.length) throw new Error(JSON.stringify(other));
  return { data: result.data as T, refused: errors.map((error) => (error.path ?? []).join('.')).sort() };
}
