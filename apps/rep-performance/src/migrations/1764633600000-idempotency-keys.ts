import { createIdempotencyKeyTable } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of create and money mutations (README, "Idempotency keys"). */
export class IdempotencyKeys1764633600000 implements MigrationInterface {
  name = 'IdempotencyKeys1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createIdempotencyKeyTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_key');
  }
}
