import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { CURRENT_VERSION, EventEnvelope, EventType, NewEvent } from './contracts';
import { OutboxEventEntity, OutboxSequenceEntity } from './outbox.entity';

const SEQUENCE = 'outbox';

/**
 * Appends events to the outbox inside the caller's transaction. The UPDATE
 * takes the sequence row's lock until commit, so concurrent writers commit in
 * sequence order on MySQL; SQLite serialises writers anyway.
 */
export async function appendToOutbox(manager: EntityManager, events: NewEvent[], now = new Date()): Promise<EventEnvelope[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction that makes the change');
  }
  const sequences = manager.getRepository(OutboxSequenceEntity);
  await sequences
    .createQueryBuilder()
    .update()
    .set({ value: () => `value + ${events.length}` })
    .where('name = :name', { name: SEQUENCE })
    .execute();
  const counter = await sequences.findOneByOrFail({ name: SEQUENCE });
  const first = counter.value - events.length + 1;
  const rows = events.map((event, index) =>
    manager.create(OutboxEventEntity, {
      sequence: first + index,
      id: randomUUID(),
      type: event.type,
      version: CURRENT_VERSION[event.type],
      aggregateId: event.aggregateId,
      occurredAt: now,
      payload: JSON.stringify(event.payload),
    }),
  );
  await manager.insert(OutboxEventEntity, rows);
  return rows.map(toEnvelope);
}

/** The feed: events after a sequence, oldest first. */
export async function readFeed(dataSource: DataSource, after: number, limit: number): Promise<EventEnvelope[]> {
  const rows = await dataSource.getRepository(OutboxEventEntity).find({
    where: { sequence: MoreThan(after) },
    order: { sequence: 'ASC' },
    take: limit,
  });
  return rows.map(toEnvelope);
}

export const OUTBOX_SEQUENCE_NAME = SEQUENCE;

function toEnvelope(row: OutboxEventEntity): EventEnvelope {
  return {
    id: row.id,
    sequence: row.sequence,
    type: row.type as EventType,
    version: row.version,
    occurredAt: new Date(row.occurredAt).toISOString(),
    aggregateId: row.aggregateId,
    payload: JSON.parse(row.payload),
  };
}
