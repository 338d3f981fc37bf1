import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records that can be corrected (docs/domain.md#corrections): an order fact remembers the day its order was cancelled, when the
 * cancellation was taken back from revenue (so a redelivered OrderCancelled takes nothing back twice).
 */
export class OrderCancellation1765152000000 implements MigrationInterface {
  name = 'OrderCancellation1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE order_fact ADD COLUMN cancelled_day varchar(10) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('order_fact', 'cancelled_day');
  }
}
