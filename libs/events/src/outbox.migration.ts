import { QueryRunner, Table, TableIndex } from 'typeorm';
import { OUTBOX_SEQUENCE_NAME } from './outbox';

/** Tables of a producer: used by each producing subgraph's initial migration. */
export async function createOutboxTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'outbox_event',
      columns: [
        { name: 'sequence', type: 'integer', isPrimary: true },
        { name: 'id', type: 'varchar', length: '36' },
        { name: 'type', type: 'varchar', length: '64' },
        { name: 'version', type: 'integer' },
        { name: 'aggregate_id', type: 'varchar', length: '64' },
        { name: 'occurred_at', type: 'datetime' },
        { name: 'payload', type: 'text' },
      ],
      indices: [new TableIndex({ name: 'UQ_outbox_event_id', columnNames: ['id'], isUnique: true })],
    }),
  );
  await queryRunner.createTable(
    new Table({
      name: 'outbox_sequence',
      columns: [
        { name: 'name', type: 'varchar', length: '32', isPrimary: true },
        { name: 'value', type: 'integer' },
      ],
    }),
  );
  await queryRunner.query(`INSERT INTO outbox_sequence (name, value) VALUES ('${OUTBOX_SEQUENCE_NAME}', 0)`);
}

/** The table of a consumer's checkpoints. */
export async function createCheckpointTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'consumer_checkpoint',
      columns: [
        { name: 'feed', type: 'varchar', length: '64', isPrimary: true },
        { name: 'sequence', type: 'integer' },
      ],
    }),
  );
}
