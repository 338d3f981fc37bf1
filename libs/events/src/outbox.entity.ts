import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One event, written in the same transaction as the change it describes. */
@Entity('outbox_event')
@Index('UQ_outbox_event_id', ['id'], { unique: true })
export class OutboxEventEntity {
  @PrimaryColumn('integer', { name: 'sequence' })
  sequence!: number;

  @Column('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'type', length: 64 })
  type!: string;

  @Column('integer', { name: 'version' })
  version!: number;

  @Column('varchar', { name: 'aggregate_id', length: 64 })
  aggregateId!: string;

  @Column('datetime', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('text', { name: 'payload' })
  payload!: string;
}

/**
 * The outbox's sequence counter. Allocating under this row's lock makes
 * commit order equal sequence order, so a consumer never skips an event that
 * committed late (the classic auto-increment gap).
 */
@Entity('outbox_sequence')
export class OutboxSequenceEntity {
  @PrimaryColumn('varchar', { name: 'name', length: 32 })
  name!: string;

  @Column('integer', { name: 'value' })
  value!: number;
}

/** How far a consumer has applied a producer's feed. */
@Entity('consumer_checkpoint')
export class ConsumerCheckpointEntity {
  @PrimaryColumn('varchar', { name: 'feed', length: 64 })
  feed!: string;

  @Column('integer', { name: 'sequence' })
  sequence!: number;
}
