import { createDataSource, migrate } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { ConsumerBlockedError, EventHandler, EventHandlers, FeedConsumer, FeedConsumerOptions } from './feed-consumer';
import { appendToOutbox, readFeed } from './outbox';
import { ConsumerCheckpointEntity, OutboxEventEntity, OutboxSequenceEntity } from './outbox.entity';
import { createCheckpointTable, createOutboxTables } from './outbox.migration';
import { addRevenue, createRevenueTable, orderRecordedV4, RevenueEntity, revenueByRep } from './testing';

class BlockingSchema1700000000000 implements MigrationInterface {
  name = 'BlockingSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTables(queryRunner);
    await createCheckpointTable(queryRunner);
    await createRevenueTable(queryRunner);
  }
  async down(): Promise<void> {
    // test schema only
  }
}

/** A breaking change no consumer of today knows: the total became an amount with a currency. */
interface OrderRecordedV5 {
  orderId: string;
  repId: string;
  total: { minor: number; currency: string };
}

describeOnEachDatabase('a feed consumer at an event it cannot apply', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind, 'events_blocking');
    dataSource = createDataSource(
      {
        subgraph: 'events-blocking',
        entities: [OutboxEventEntity, OutboxSequenceEntity, ConsumerCheckpointEntity, RevenueEntity],
        migrations: [BlockingSchema1700000000000],
      },
      database.url,
    );
    await dataSource.initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Appends, in one transaction, v4 orders and (where `v5` is set) an order as a newer producer writes it; returns the sequences. */
  const produce = (orders: Array<{ id: string; rep: string; minor: number; v5?: true } | { registered: string }>) =>
    dataSource.transaction(async (manager) => {
      const sequences: number[] = [];
      for (const entry of orders) {
        if ('registered' in entry) {
          const [event] = await appendToOutbox(manager, [
            { type: 'SalesRepRegistered', aggregateId: entry.registered, payload: { repId: entry.registered, name: 'R', teamId: 't', discountAuthorityBp: 0 } },
          ]);
          sequences.push(event.sequence);
          continue;
        }
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
  const revenue = () => revenueByRep(dataSource);
  const add = addRevenue;
  const v1to4: EventHandler<'OrderRecorded'> = (manager, order) => add(manager, order.repId, order.totalMinor);
  const oldHandlers: EventHandlers = { OrderRecorded: { 1: v1to4, 2: v1to4, 3: v1to4, 4: v1to4 } };
  // Version 5 is not in the contracts yet: this is the consumer as it will be once it is.
  const upgradedHandlers = {
    OrderRecorded: {
      1: v1to4,
      2: v1to4,
      3: v1to4,
      4: v1to4,
      5: (manager: Parameters<typeof v1to4>[0], order: OrderRecordedV5) => add(manager, order.repId, order.total.minor),
    },
  } as unknown as EventHandlers;

  const reports: string[] = [];
  const consumer = (feed: string, handlers: EventHandlers, more: Partial<FeedConsumerOptions> = {}) =>
    new FeedConsumer({
      feed,
      source: { fetch: (after, limit) => readFeed(dataSource, after, limit) },
      dataSource,
      batchSize: 50,
      handlers,
      onError: (error, name) => reports.push(`${name} error: ${(error as Error).message}`),
      onRecovered: (name, was) => reports.push(`${name} recovered from ${was}`),
      ...more,
    });
  const checkpointOf = (feed: string) => consumer(feed, {}).checkpoint();

  it('stops at a version of a handled type it cannot read, keeping what came before, and moves on once upgraded', async () => {
    const [first, second, newer, after, registered] = await produce([
      { id: 'o1', rep: 'r1', minor: 100 },
      { id: 'o2', rep: 'r1', minor: 20 },
      { id: 'o3', rep: 'r1', minor: 5000, v5: true },
      { id: 'o4', rep: 'r2', minor: 7 },
      { registered: 'r9' },
    ]);
    expect([second, newer, after, registered]).toEqual([first + 1, first + 2, first + 3, first + 4]);

    const old = consumer('orders', oldHandlers);
    const blocked = await old.catchUp().catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(ConsumerBlockedError);
    expect(blocked).toMatchObject({ feed: 'orders', at: newer, reason: 'OrderRecorded v5 is not understood (this consumer reads v1, v2, v3, v4)' });
    // The events before it in the batch are applied and the checkpoint holds just before it: nothing after it is passed over.
    expect(await checkpointOf('orders')).toBe(second);
    expect(await revenue()).toEqual({ r1: 120 });
    expect(old.status()).toEqual({
      status: 'blocked',
      at: newer,
      reason: 'OrderRecorded v5 is not understood (this consumer reads v1, v2, v3, v4)',
      since: expect.any(String),
    });

    // Asked again, it stays where it is and says nothing more.
    await expect(old.catchUp()).rejects.toThrow(ConsumerBlockedError);
    await expect(old.apply(await readFeed(dataSource, 0, 50))).rejects.toThrow(/blocked at event/);
    expect(await checkpointOf('orders')).toBe(second);
    expect(reports.filter((line) => line.startsWith('orders'))).toEqual([
      `orders error: feed orders blocked at event ${newer}: OrderRecorded v5 is not understood (this consumer reads v1, v2, v3, v4); its checkpoint holds before it until it can be applied`,
    ]);

    // The upgraded consumer (a restart with new handlers) starts from the held checkpoint and applies everything that waited.
    const upgraded = consumer('orders', upgradedHandlers);
    expect(upgraded.status()).toEqual({ status: 'stopped' });
    expect(await upgraded.catchUp()).toBe(2);
    expect(await revenue()).toEqual({ r1: 5120, r2: 7 });
    expect(await checkpointOf('orders')).toBe(registered);
    expect(await upgraded.catchUp()).toBe(0);

    // An old replica that finds the checkpoint past its block, with nothing new to read, is no longer blocked, and says so.
    expect(await old.catchUp()).toBe(0);
    expect(old.status()).toEqual({ status: 'stopped' });
    expect(reports.filter((line) => line.startsWith('orders')).slice(1)).toEqual(['orders recovered from blocked']);
    // And carries on with what it can read.
    await produce([{ id: 'o5', rep: 'r2', minor: 3 }]);
    expect(await old.catchUp()).toBe(1);
    expect(await revenue()).toEqual({ r1: 5120, r2: 10 });
  });

  it('holds at an event whose handler throws, applying the ones before it, and retries it', async () => {
    const [good, poison, later] = await produce([
      { id: 'p1', rep: 'r3', minor: 1 },
      { id: 'p2', rep: 'r3', minor: -1 },
      { id: 'p3', rep: 'r3', minor: 2 },
    ]);
    let attempts = 0;
    const strict: EventHandler<'OrderRecorded'> = async (manager, order) => {
      if (order.totalMinor < 0) {
        attempts += 1;
        throw new Error(`order ${order.orderId} has a negative total`);
      }
      await v1to4(manager, order, undefined as never);
    };
    const failing = consumer('orders', { ...upgradedHandlers, OrderRecorded: { ...upgradedHandlers.OrderRecorded, 4: strict } } as EventHandlers);
    const error = await failing.catchUp().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConsumerBlockedError);
    expect(error).toMatchObject({ at: poison, reason: 'OrderRecorded v4 failed: order p2 has a negative total' });
    expect((error as Error).cause).toEqual(new Error('order p2 has a negative total'));
    expect(await checkpointOf('orders')).toBe(good);
    expect((await revenue())['r3']).toBe(1);
    expect(failing.status()).toMatchObject({ status: 'blocked', at: poison, reason: 'OrderRecorded v4 failed: order p2 has a negative total' });

    // Every retry meets it again; the log hears of it once.
    await expect(failing.catchUp()).rejects.toThrow(ConsumerBlockedError);
    expect(attempts).toBe(2);
    expect(await checkpointOf('orders')).toBe(good);
    expect(reports.filter((line) => line.includes(`blocked at event ${poison}`))).toHaveLength(1);

    // A fixed consumer takes it from there.
    expect(await consumer('orders', upgradedHandlers).catchUp()).toBe(2);
    expect(await checkpointOf('orders')).toBe(later);
    expect((await revenue())['r3']).toBe(2);
  });

  if (kind === 'mysql') {
    it('lets replicas apply one feed at the same time, each event counted once', async () => {
      // Read-modify-write handlers (addRevenue) on one row: a replica applying from a checkpoint it read while another
      // was applying the same events counted them twice, and its older checkpoint sent the later ones round again.
      const feed = 'replicas';
      const replicas = Array.from({ length: 8 }, () => consumer(feed, upgradedHandlers));
      for (const round of [1, 2, 3]) {
        const sequences = await produce(Array.from({ length: 20 }, (_, i) => ({ id: `race-${round}-${i}`, rep: 'r-race', minor: 1 })));
        const events = await readFeed(dataSource, sequences[0] - 1, 20);
        // Some replicas read the feed while it held half of the round, some after; each applies again at its next poll.
        const racing = await Promise.allSettled(replicas.map((replica, i) => replica.apply(i % 2 ? events : events.slice(0, 10))));
        const applied = racing.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message));
        for (const replica of replicas) applied.push(await replica.apply(events));
        expect(applied.filter((outcome) => typeof outcome !== 'number')).toEqual([]);
        expect((applied as number[]).reduce((sum, count) => sum + count, 0)).toBe(20);
        expect((await revenue())['r-race']).toBe(20 * round);
        expect(await checkpointOf(feed)).toBe(sequences[19]);
      }
    });
  }

  it('keeps polling while blocked, reporting it on status() and once through onError', async () => {
    const [newer] = await produce([{ id: 'q1', rep: 'r4', minor: 1, v5: true }]);
    // A consumer that was up to date when the newer producer wrote its first event.
    await dataSource.getRepository(ConsumerCheckpointEntity).save({ feed: 'polling', sequence: newer - 1 });
    const polling = consumer('polling', oldHandlers, { pollIntervalMs: 5, blockedPollIntervalMs: 5 });
    polling.start();
    try {
      const deadline = Date.now() + 10_000;
      while (polling.status().status !== 'blocked' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      // Several more polls, each meeting the same event.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(polling.status()).toMatchObject({ status: 'blocked', at: newer });
    } finally {
      await polling.stop();
    }
    expect(reports.filter((line) => line.startsWith('polling'))).toEqual([
      expect.stringContaining(`blocked at event ${newer}: OrderRecorded v5 is not understood`),
    ]);
    expect(await checkpointOf('polling')).toBe(newer - 1);
    // Still blocked once stopped: the state is about the feed, not the timer.
    expect(polling.status()).toMatchObject({ status: 'blocked', at: newer });
  });
});
