import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, readFeed } from '@salesgraph/events';
import { DatabaseKind } from '@salesgraph/persistence';
import { GraphQLResult, handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

/**
 * For a describe block on customers and their service records: a customer-relationship subgraph on a fresh database
 * whose directory knows Ann, Bob and Nina (north) and Sam (south) as rep-performance's first feed version announced
 * them (team and name only), and the calls the specs make, customers answering with `fields`. Read `subgraph` inside
 * tests.
 */
export function withCustomerSubgraph(kind: DatabaseKind, fields = 'id') {
  const context = {} as { subgraph: TestSubgraph };
  beforeAll(async () => {
    context.subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, context.subgraph.dataSource, 'rep-performance');
    await directory.apply(
      [
        ['rep-ann', 'north', 'Ann'],
        ['rep-bob', 'north', 'Bob'],
        ['rep-nina', 'north', 'Nina'],
        ['rep-sam', 'south', 'Sam'],
      ].map(([repId, teamId, name], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId, name },
      })),
    );
  });
  afterAll(() => context.subgraph?.stop());

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  return {
    get subgraph(): TestSubgraph {
      return context.subgraph;
    },
    data,
    create: async (viewer: Viewer, input: Record<string, unknown>) =>
      data<{ createCustomer: Record<string, unknown> & { id: string; version: number } }>(
        await context.subgraph.execute(viewer, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${fields} } }`, { input }),
      ).createCustomer,
    /** A mutation whose input type is its name's, capitalised, with "Input" (reassignCustomer → ReassignCustomerInput). */
    mutate: (viewer: Viewer, mutation: string, input: Record<string, unknown>) =>
      context.subgraph.execute(
        viewer,
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${fields} } }`,
        {
          input,
        },
      ),
    fetchCustomer: async (viewer: Viewer, id: string) =>
      data<{ customer: Record<string, unknown> & { version: number } }>(
        await context.subgraph.execute(viewer, `query($id: ID!) { customer(id: $id) { ${fields} } }`, { id }),
      ).customer,
    eventsSince: async (count: number): Promise<EventEnvelope[]> => (await readFeed(context.subgraph.dataSource, 0, 10_000)).slice(count),
    feedLength: async () => (await readFeed(context.subgraph.dataSource, 0, 10_000)).length,
  };
}
