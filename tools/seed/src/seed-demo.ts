import { DemoData } from './demo-data';
import { graphql, graphqlData } from './graphql-client';

export interface SeededRep {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  manager: boolean;
}

/**
 * Writes the demo data through the gateway's public API with an ADMIN token,
 * so every row passes the same validation and emits the same events as a
 * user's would. Returns the reps, for tokens.
 */
export async function seedDemo(gatewayUrl: string, adminToken: string, data: DemoData, concurrency = 4): Promise<SeededRep[]> {
  const call = <T>(query: string, variables: Record<string, unknown>) => graphqlData<T>(gatewayUrl, adminToken, query, variables);
  const teamIds = new Map<string, string>();
  for (const team of data.teams) {
    const result = await call<{ createTeam: { id: string } }>(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
      input: { name: team.name },
    });
    teamIds.set(team.key, result.createTeam.id);
  }
  const reps = new Map<string, SeededRep>();
  for (const rep of data.reps) {
    const teamId = known(teamIds, rep.teamKey);
    const result = await call<{ registerSalesRep: { id: string } }>(
      `mutation($input: RegisterSalesRepInput!) { registerSalesRep(input: $input) { id } }`,
      { input: { name: rep.name, email: rep.email, type: rep.type, teamId } },
    );
    const teamName = data.teams.find((team) => team.key === rep.teamKey)?.name ?? rep.teamKey;
    reps.set(rep.key, { id: result.registerSalesRep.id, name: rep.name, teamId, teamName, manager: rep.manager });
    if (rep.manager) {
      await call(`mutation($input: SetTeamManagerInput!) { setTeamManager(input: $input) { id } }`, {
        input: { teamId, managerId: result.registerSalesRep.id },
      });
    }
  }

  const customerIds = new Map<string, string>();
  await inParallel(data.customers, concurrency, async (customer) => {
    const input = { name: customer.name, class: customer.class, ownerId: known(reps, customer.ownerKey).id };
    // The customer subgraph learns of new reps from rep-performance's feed a moment later.
    const id = await retryWhile(
      async () => {
        const result = await graphql<{ createCustomer: { id: string } }>(
          gatewayUrl,
          adminToken,
          `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
          { input },
        );
        if (result.data?.createCustomer) return result.data.createCustomer.id;
        const error = result.errors?.[0];
        if (error?.extensions?.['field'] === 'input.ownerId') return undefined;
        throw new Error(error?.message ?? 'createCustomer failed');
      },
      15_000,
    );
    customerIds.set(customer.key, id);
  });

  await inParallel(data.orders, concurrency, (order) =>
    call(`mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }`, {
      input: { customerId: known(customerIds, order.customerKey), total: order.total, orderedAt: order.orderedAt },
    }),
  );
  return [...reps.values()];
}

/** A key the seed itself created earlier: missing means the demo data is inconsistent. */
function known<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to ${key}, which was not created`);
  return value;
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function retryWhile<T>(attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error('gave up waiting for the rep directory to catch up');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
