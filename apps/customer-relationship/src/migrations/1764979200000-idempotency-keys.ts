import { createIdempotencyKeyTable } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of create and money mutations (README, "Idempotency keys"). */
export class IdempotencyKeys1764979200000 implements MigrationInterface {
  name = 'IdempotencyKeys1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createIdempotencyKeyTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_key');
  }
}
