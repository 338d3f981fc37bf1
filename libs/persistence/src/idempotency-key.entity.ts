import { Column, Entity, Index, PrimaryColumn, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * A client's idempotency key, written in the transaction of the change it
 * guards, so the key exists exactly when the change does (README,
 * "Idempotency keys").
 */
@Entity('idempotency_key')
@Index('IDX_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  /** Whose key: keys are per signed-in subject, so one user can never replay another's. */
  @PrimaryColumn('varchar', { name: 'subject', length: 100 })
  subject!: string;

  @PrimaryColumn('varchar', { name: 'idempotency_key', length: 100 })
  key!: string;

  /** The mutation the key was first used with. */
  @Column('varchar', { name: 'operation', length: 64 })
  operation!: string;

  /** SHA-256 of the mutation's input (without the key): the same key with other input is refused. */
  @Column('varchar', { name: 'request_hash', length: 64 })
  requestHash!: string;

  /** The record the first call answered with; a repeat answers with it again. */
  @Column('varchar', { name: 'result_id', length: 64, nullable: true })
  resultId!: string | null;

  @Column('datetime', { name: 'created_at' })
  createdAt!: Date;

  @Column('datetime', { name: 'expires_at' })
  expiresAt!: Date;
}

/** The table, for the migration of each subgraph that takes idempotency keys. */
export async function createIdempotencyKeyTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'idempotency_key',
      columns: [
        { name: 'subject', type: 'varchar', length: '100', isPrimary: true },
        { name: 'idempotency_key', type: 'varchar', length: '100', isPrimary: true },
        { name: 'operation', type: 'varchar', length: '64' },
        { name: 'request_hash', type: 'varchar', length: '64' },
        { name: 'result_id', type: 'varchar', length: '64', isNullable: true },
        { name: 'created_at', type: 'datetime' },
        { name: 'expires_at', type: 'datetime' },
      ],
      indices: [new TableIndex({ name: 'IDX_idempotency_key_expires_at', columnNames: ['expires_at'] })],
    }),
  );
}
