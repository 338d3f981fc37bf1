import {
  appendToOutbox,
  ConsumerCheckpointEntity,
  createCheckpointTable,
  createOutboxTables,
  EventHandler,
  EventHandlers,
  FeedConsumer,
  HttpFeedSource,
  OutboxEventEntity,
  OutboxSequenceEntity,
} from '@salesgraph/events';
import { addRevenue, createRevenueTable, orderRecordedV4, RevenueEntity, revenueByRep } from '@salesgraph/events/testing';
import { createDataSource, DatabaseKind, migrate } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { RunningSubgraph, startSubgraph } from './server';
import { feedUrl, SubgraphDefinition } from './subgraph-definition';
import { startTestSubgraph, TEST_SECRET, TestSubgraph } from './testing';

class ProducerSchema1700000000000 implements MigrationInterface {
  name = 'ProducerSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTables(queryRunner);
  }
  async down(): Promise<void> {
    // test schema only
  }
}

class ConsumerSchema1700000000000 implements MigrationInterface {
  name = 'ConsumerSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createCheckpointTable(queryRunner);
    await createRevenueTable(queryRunner);
  }
  async down(): Promise<void> {
    // test schema only
  }
}

const SDL = 'type Query { ping: String }';
const common = { typeDefs: [SDL], resolvers: { Query: { ping: () => 'pong' } }, createServices: () => ({}), createLoaders: () => ({}) };

const producer: SubgraphDefinition = {
  ...common,
  name: 'orders-producer',
  defaultPort: 0,
  database: { subgraph: 'orders-producer', entities: [OutboxEventEntity, OutboxSequenceEntity], migrations: [ProducerSchema1700000000000] },
  producesFeed: true,
};

/** A breaking change the consumer of today does not know: the total became an amount with a currency. */
interface OrderRecordedV5 {
  orderId: string;
  repId: string;
  total: { minor: number; currency: string };
}

const add = addRevenue;
const v1to4: EventHandler<'OrderRecorded'> = (manager, order) => add(manager, order.repId, order.totalMinor);
const oldHandlers: EventHandlers = { OrderRecorded: { 1: v1to4, 2: v1to4, 3: v1to4, 4: v1to4 } };
const upgradedHandlers = {
  OrderRecorded: { ...oldHandlers.OrderRecorded, 5: (manager: EntityManager, order: OrderRecordedV5) => add(manager, order.repId, order.total.minor) },
} as unknown as EventHandlers;

/** A subgraph that folds the producer's orders into revenue per rep, with the given handlers. */
const consumerOf = (handlers: EventHandlers): SubgraphDefinition => ({
  ...common,
  name: 'orders-consumer',
  defaultPort: 0,
  database: { subgraph: 'orders-consumer', entities: [ConsumerCheckpointEntity, RevenueEntity], migrations: [ConsumerSchema1700000000000] },
  consumers: (deps) => [
    new FeedConsumer({
      feed: 'orders-producer',
      source: new HttpFeedSource(feedUrl(deps.env, 'orders-producer', 0), deps.serviceToken),
      dataSource: deps.dataSource,
      handlers,
      pollIntervalMs: 20,
      blockedPollIntervalMs: 50,
      onError: deps.onError,
      onRecovered: deps.onRecovered,
    }),
  ],
});

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeOnEachDatabase('a subgraph whose consumer meets an event it cannot apply', (kind: DatabaseKind) => {
  let source: TestSubgraph;
  let database: TestDatabase;
  let dataSource: DataSource;
  let env: NodeJS.ProcessEnv;
  const log: string[] = [];
  let consumer: RunningSubgraph | undefined;

  beforeAll(async () => {
    source = await startTestSubgraph(producer, kind);
    env = { ORDERS_PRODUCER_FEED_URL: source.running.url.replace('/graphql', '/events') };
    database = await createTestDatabase(kind, 'orders_consumer');
    dataSource = createDataSource(consumerOf(oldHandlers).database, database.url);
    await dataSource.initialize();
    await migrate(dataSource);
  });
  // Each test deploys its own consumer: none may read what the next test produces.
  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    await source?.stop();
  });

  /** What the producer of tomorrow writes: v4 orders, and where `v5` is set an order in the new shape. */
  const produce = (orders: Array<{ id: string; rep: string; minor: number; v5?: true }>) =>
    source.dataSource.transaction(async (manager) => {
      const sequences: number[] = [];
      for (const entry of orders) {
        const [event] = await appendToOutbox(manager, [
          { type: 'OrderRecorded', aggregateId: entry.id, payload: orderRecordedV4(entry.id, entry.rep, entry.minor) },
        ]);
        if (entry.v5) {
          const payload: OrderRecordedV5 = { orderId: entry.id, repId: entry.rep, total: { minor: entry.minor, currency: 'EUR' } };
          await manager.update(OutboxEventEntity, { sequence: event.sequence }, { version: 5, payload: JSON.stringify(payload) });
        }
        sequences.push(event.sequence);
      }
      return sequences;
    });
  /** Serves the consumer subgraph with these handlers on its one database, as a (re)deployed process would. */
  const serve = async (handlers: EventHandlers) => {
    await consumer?.stop();
    consumer = await startSubgraph(consumerOf(handlers), { dataSource, secret: TEST_SECRET, port: 0, env, log: (line) => log.push(line) });
    return consumer;
  };
  const ready = async () => {
    if (!consumer) throw new Error('no consumer deployed');
    const response = await fetch(consumer.url.replace('/graphql', '/ready'));
    return { code: response.status, body: (await response.json()) as { status: string; consumers: Record<string, Record<string, unknown>> } };
  };
  const revenue = () => revenueByRep(dataSource);
  const checkpoint = async () => (await dataSource.getRepository(ConsumerCheckpointEntity).findOneBy({ feed: 'orders-producer' }))?.sequence ?? 0;

  it('stops before a version it cannot read, says so on /ready and once in its log, and applies it once upgraded', async () => {
    const [first, second, newer, after] = await produce([
      { id: 'o1', rep: 'r1', minor: 100 },
      { id: 'o2', rep: 'r1', minor: 20 },
      { id: 'o3', rep: 'r1', minor: 5000, v5: true },
      { id: 'o4', rep: 'r2', minor: 7 },
    ]);
    expect(first).toBe(1);

    await serve(oldHandlers);
    const blocked = await eventually(async () => {
      const answer = await ready();
      return answer.body.consumers['orders-producer']['status'] === 'blocked' ? answer : undefined;
    });
    expect(blocked).toEqual({
      code: 200,
      body: {
        status: 'degraded',
        service: 'orders-consumer',
        consumers: {
          'orders-producer': {
            status: 'blocked',
            at: newer,
            reason: 'OrderRecorded v5 is not understood (this consumer reads v1, v2, v3, v4)',
            since: expect.any(String),
          },
        },
      },
    });
    // Many polls later it is still where it stopped, with nothing lost and one line in the log.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await checkpoint()).toBe(second);
    expect(await revenue()).toEqual({ r1: 120 });
    expect(log.filter((line) => line.includes('blocked'))).toEqual([
      `feed orders-producer blocked at event ${newer}: OrderRecorded v5 is not understood (this consumer reads v1, v2, v3, v4); its checkpoint holds before it until it can be applied`,
    ]);

    // A restart with the same handlers stays held; a restart with upgraded handlers applies what waited, from the held checkpoint.
    await serve(oldHandlers);
    await eventually(async () => ((await ready()).body.consumers['orders-producer']['status'] === 'blocked' ? true : undefined));
    expect(await checkpoint()).toBe(second);
    await serve(upgradedHandlers);
    await eventually(async () => ((await checkpoint()) === after ? true : undefined));
    expect(await revenue()).toEqual({ r1: 5120, r2: 7 });
    expect(await ready()).toEqual({
      code: 200,
      body: { status: 'ready', service: 'orders-consumer', consumers: { 'orders-producer': { status: 'running' } } },
    });
  });

  it('holds at an event whose handler throws and shows its sequence and reason on /ready until a fix applies it', async () => {
    const [bad, later] = await produce([
      { id: 'p1', rep: 'r3', minor: -1 },
      { id: 'p2', rep: 'r3', minor: 2 },
    ]);
    const strict: EventHandler<'OrderRecorded'> = async (manager, order, event) => {
      if (order.totalMinor < 0) throw new Error(`order ${order.orderId} has a negative total`);
      await v1to4(manager, order, event);
    };
    await serve({ OrderRecorded: { ...upgradedHandlers.OrderRecorded, 4: strict } } as EventHandlers);
    const answer = await eventually(async () => {
      const current = await ready();
      return current.body.consumers['orders-producer']['status'] === 'blocked' ? current : undefined;
    });
    expect(answer.code).toBe(200);
    expect(answer.body.consumers['orders-producer']).toMatchObject({
      status: 'blocked',
      at: bad,
      reason: 'OrderRecorded v4 failed: order p1 has a negative total',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await checkpoint()).toBe(bad - 1);
    expect(log.filter((line) => line.includes(`blocked at event ${bad}`))).toHaveLength(1);

    await serve(upgradedHandlers);
    await eventually(async () => ((await checkpoint()) === later ? true : undefined));
    expect((await revenue())['r3']).toBe(1);
    expect((await ready()).body.status).toBe('ready');
  });
});
