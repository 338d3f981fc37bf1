// The tests here are independent of order: the heap test has a suite of its own, so its database is empty whatever
// ran before, and the others make their own team, reps and customers under names no other test uses and read only
// those, so each passes alone (-t) and in any order (--randomize).
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { signToken } from '@salesgraph/auth';
import { CreateCustomerDocument, CustomerPageWithSummariesDocument, RepPageWithKpisDocument } from '@salesgraph/graphql-types';
import { waitForOk } from '@salesgraph/start';
import { director, eventually, RepViewer, SECRET, Suite, uniqueName } from './suite';

const root = resolve(__dirname, '../../..');
const token = signToken(SECRET, director);
const CUSTOMER_FIELDS = [
  'name',
  'class',
  'status',
  'createdAt',
  'industry',
  'region',
  'address',
  'version',
  'lastVisitAt',
  'nextVisitDueAt',
  'visitOverdue',
  'daysOverdue',
];

/**
 * The i-th of thousands of distinct documents, each planned across two
 * subgraphs, as a client that builds queries at run time would send them.
 */
function shape(i: number): string {
  const fields = CUSTOMER_FIELDS.filter((_, bit) => (i >> bit) & 1).join(' ');
  return `query Shape${i} { customers(first: 2) { totalCount edges { node { id ${fields} owner { id name team { id name } } } } } teams { id name members { id name } } }`;
}

/** The gateway's heap in use after a full collection, reported by heap-probe.cjs over IPC. */
function heapUsed(gateway: ChildProcess): Promise<number> {
  return new Promise((resolveHeap) => {
    gateway.once('message', (message: { heapUsed: number }) => resolveHeap(message.heapUsed));
    gateway.send('heap');
  });
}

describe('the gateway’s caches, on the built apps [sqlite]', () => {
  const suite = new Suite('sqlite');
  let gateway: ChildProcess;

  beforeAll(async () => {
    await suite.start();
    // The suite's gateway again, with a probe that can report its heap after a full collection.
    await suite.stopApp('gateway');
    gateway = spawn(process.execPath, ['--expose-gc', '--require', join(__dirname, 'heap-probe.cjs'), join(root, 'dist/apps/gateway/main.js')], {
      env: suite.env(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    gateway.stdout?.on('data', (chunk: Buffer) => suite.output.push(`gateway: ${chunk}`));
    gateway.stderr?.on('data', (chunk: Buffer) => suite.output.push(`gateway: ${chunk}`));
    suite.processes.set('gateway', gateway);
    await waitForOk(`http://127.0.0.1:${suite.ports.get('gateway')}/health`, 20_000);
  });
  afterAll(() => suite.stop());

  // On a database of its own, empty: each shape then costs the subgraphs little, and the test stays short.
  it('levels its heap off instead of growing with every new query shape', async () => {
    let sent = 0;
    /** Sends shapes until `total` have been sent, eight at a time; every one must be answered in full. */
    const sendShapesUpTo = async (total: number) => {
      const failures: string[] = [];
      const worker = async () => {
        while (sent < total) {
          // Raw fetch on purpose: thousands of distinct documents built at run time, not operations in a file.
          const query = shape(sent++);
          const response = await fetch(suite.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query }),
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          if (response.status !== 200 || body.errors || !body.data) failures.push(`${response.status} ${JSON.stringify(body.errors)}`);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      expect(failures.slice(0, 3)).toEqual([]);
    };

    await sendShapesUpTo(50);
    const warm = await heapUsed(gateway);
    await sendShapesUpTo(700);
    const afterFirst = await heapUsed(gateway);
    await sendShapesUpTo(2_000);
    const afterSecond = await heapUsed(gateway);
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    const first = afterFirst - warm;
    const second = afterSecond - afterFirst;
    console.log(`gateway heap: ${mib(warm)} MiB warm, ${mib(afterFirst)} MiB after 700 shapes, ${mib(afterSecond)} MiB after 2,000`);
    // 650 shapes fill the caches (512 documents, 512 plans); the next 1,300 replace entries instead of adding them.
    // Unbounded, the second step grew twice as much as the first (about 20 KiB a shape).
    expect(first).toBeGreaterThan(2 ** 20);
    expect(second).toBeLessThan(first / 2);
  }, 120_000);
});

describe('the gateway’s query limits, on the built apps [sqlite]', () => {
  const suite = new Suite('sqlite');

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  /** The test's own team of three reps, Ann, Bob and Cy in the order registered, named for the test (`tag`). */
  const teamOfThree = async () => {
    const tag = uniqueName('North');
    const teamId = await suite.createTeam(tag);
    const reps: RepViewer[] = [];
    for (const name of ['Ann', 'Bob', 'Cy']) reps.push(await suite.registerRep(name, teamId));
    return { tag, reps };
  };

  it('answers a page of 100 customers with their summaries, through every subgraph’s limits', async () => {
    const { tag, reps } = await teamOfThree();
    // Customer i is owners[i % 3]'s: customer 99 is Cy's, the last registered.
    const owners = [reps[2], reps[0], reps[1]].map((rep) => rep.repId);
    const create = (i: number) =>
      suite.as(director).execute(CreateCustomerDocument, {
        input: { name: `${tag} Customer ${String(i).padStart(3, '0')}`, class: 'B', ownerId: owners[i % owners.length] },
      });
    // customer-relationship learns of the reps from rep-performance's feed, in order: once it knows the last, it knows all.
    await eventually(async () => (await create(99)).data?.createCustomer.id);
    for (let i = 0; i < 99; i += 11) {
      const results = await Promise.all(Array.from({ length: 11 }, (_, j) => create(i + j)));
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    }

    const page = await suite.as(director).execute(CustomerPageWithSummariesDocument, { first: 100, period: '2026', nameContains: tag });
    expect(page.errors).toBeUndefined();
    expect(page.data?.customers.totalCount).toBe(100);
    expect(page.data?.customers.edges).toHaveLength(100);
    expect(page.data?.customers.edges[0].node.owner).toEqual({ id: expect.any(String), name: expect.any(String), revenue: '0.00' });
  });

  it('answers a page of 100 reps with all their KPIs and facts, the costliest screen, sized by the supergraph’s @listSize', async () => {
    const { reps } = await teamOfThree();
    // 1 + 100 × (edge + node + report + 26 × (KPI + 3 facts)) = 10,701 of 12,000; at 10 a list it would be refused.
    const page = await suite.as(director).execute(RepPageWithKpisDocument, { first: 100 });
    expect(page.errors).toBeUndefined();
    expect(page.data?.salesReps.edges).toHaveLength(page.data?.salesReps.totalCount ?? -1);
    for (const rep of reps) expect(page.data?.salesReps.edges.find((edge) => edge.node.id === rep.repId)?.node.kpis?.kpis).toHaveLength(26);
  });

  it('refuses the nested fan-out with 400 QUERY_TOO_COMPLEX, before calling a subgraph', async () => {
    // Raw fetch on purpose: a document over the cost limit, which no operation file should hold.
    const fanOut = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: teams { members { team { members { kpis(period: "2026") { kpis { name value facts { name value } } } } } } }`).join(' ')} }`;
    const response = await fetch(suite.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: fanOut }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.data).toBeUndefined();
    // 15 × 212,420: every list as its field's @listSize in the supergraph says (20 teams, 10 members, 26 KPIs, 3 facts).
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', measured: 15 * 212_420, max: 12_000 });
  });
});
