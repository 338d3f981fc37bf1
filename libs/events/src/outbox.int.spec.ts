import { createDataSource, migrate } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner, Table } from 'typeorm';
import { CURRENT_VERSION, EventEnvelope } from './contracts';
import { EventHandler, FeedConsumer } from './feed-consumer';
import { FeedSource } from './feed-source';
import { appendToOutbox, readFeed } from './outbox';
import { ConsumerCheckpointEntity, OutboxEventEntity, OutboxSequenceEntity } from './outbox.entity';
import { createCheckpointTable, createOutboxTables } from './outbox.migration';

/** A read model for the test: revenue per rep. */
@Entity('tally')
class TallyEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('integer', { name: 'total' })
  total!: number;
}

class TestSchema1700000000000 implements MigrationInterface {
  name = 'TestSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTables(queryRunner);
    await createCheckpointTable(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'tally',
        columns: [
          { name: 'rep_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'total', type: 'integer' },
        ],
      }),
    );
  }
  async down(): Promise<void> {
    // test schema only
  }
}

const order = (orderId: string, repId: string, totalMinor: number) => ({
  type: 'OrderRecorded' as const,
  aggregateId: orderId,
  payload: {
    orderId,
    customerId: 'c1',
    repId,
    orderedAt: '2026-11-01T10:00:00.000Z',
    totalMinor,
    grossProfitMinor: null,
    channel: null,
    paymentTermsDays: 30,
    termsBeyondStandard: false,
    maxDiscountBp: 0,
    discountApprovedBy: null,
  },
});

describeOnEachDatabase('outbox and feed consumer', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind, 'events');
    dataSource = createDataSource(
      {
        subgraph: 'events-test',
        entities: [OutboxEventEntity, OutboxSequenceEntity, ConsumerCheckpointEntity, TallyEntity],
        migrations: [TestSchema1700000000000],
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

  const source: FeedSource = { fetch: (after, limit) => readFeed(dataSource, after, limit) };
  const tally = async () => Object.fromEntries((await dataSource.getRepository(TallyEntity).find()).map((row) => [row.repId, row.total]));
  const tallyOrder =
    (handlerFails: boolean): EventHandler<'OrderRecorded'> =>
    async (manager, payload) => {
      if (handlerFails && payload.orderId === 'o-boom') throw new Error('boom');
      const row = await manager.findOneBy(TallyEntity, { repId: payload.repId });
      await manager.save(TallyEntity, { repId: payload.repId, total: (row?.total ?? 0) + payload.totalMinor });
    };
  const consumer = (handlerFails = false) =>
    new FeedConsumer({
      feed: 'self',
      source,
      dataSource,
      batchSize: 3,
      handlers: { OrderRecorded: { [CURRENT_VERSION.OrderRecorded]: tallyOrder(handlerFails) } },
    });

  it('refuses to append outside a transaction', async () => {
    await expect(appendToOutbox(dataSource.manager, [order('o0', 'r1', 1)])).rejects.toThrow(/inside the transaction/);
  });

  it('gives concurrent writers gapless sequences in commit order', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => dataSource.transaction((manager) => appendToOutbox(manager, [order(`o${i}`, i % 2 ? 'r1' : 'r2', 100)]))),
    );
    const events = await readFeed(dataSource, 0, 100);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(events.map((event) => event.id)).size).toBe(12);
  });

  it('drops the event when the change it belongs to rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await appendToOutbox(manager, [order('o-rolled-back', 'r1', 5)]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await readFeed(dataSource, 0, 100)).map((event) => event.aggregateId)).not.toContain('o-rolled-back');
  });

  it('applies the feed once, however often it is delivered or the consumer restarts', async () => {
    expect(await consumer().catchUp()).toBe(12);
    expect(await tally()).toEqual({ r1: 600, r2: 600 });
    // Redelivery of everything: passed over by the checkpoint.
    expect(await consumer().apply(await readFeed(dataSource, 0, 100))).toBe(0);
    // A restarted consumer resumes after its checkpoint.
    await dataSource.transaction((manager) => appendToOutbox(manager, [order('o-late', 'r1', 7)]));
    const restarted = consumer();
    expect(await restarted.checkpoint()).toBe(12);
    expect(await restarted.catchUp()).toBe(1);
    expect(await tally()).toEqual({ r1: 607, r2: 600 });
  });

  it('applies the events before one whose handler fails, holds at that one, and retries it', async () => {
    await dataSource.transaction((manager) => appendToOutbox(manager, [order('o-ok', 'r2', 1), order('o-boom', 'r2', 1)]));
    const failing = consumer(true);
    await expect(failing.catchUp()).rejects.toThrow('blocked at event 15: OrderRecorded v4 failed: boom');
    expect(await failing.checkpoint()).toBe(14);
    expect((await tally())['r2']).toBe(601);
    expect(await consumer().catchUp()).toBe(1);
    expect((await tally())['r2']).toBe(602);
  });

  it('passes over event types it has no handler for, moving the checkpoint on', async () => {
    await dataSource.transaction((manager) =>
      appendToOutbox(manager, [{ type: 'SalesRepRegistered', aggregateId: 'r9', payload: { repId: 'r9', name: 'R', teamId: 't' } }]),
    );
    const c = consumer();
    expect(await c.catchUp()).toBe(0);
    const all: EventEnvelope[] = await readFeed(dataSource, 0, 100);
    expect(await c.checkpoint()).toBe(all[all.length - 1].sequence);
  });
});
