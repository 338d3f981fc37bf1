import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS: Array<[table: string, column: string]> = [
  // A cancelled order keeps why, who cancelled it and when.
  ['sales_order', 'cancelled_reason varchar(500) NULL'],
  ['sales_order', 'cancelled_by varchar(64) NULL'],
  ['sales_order', 'cancelled_at datetime NULL'],
];

/** Records that can be corrected (docs/domain.md#order-cancellation): an order not yet invoiced can be cancelled, with its reason kept. */
export class OrderCancellation1765152000000 implements MigrationInterface {
  name = 'OrderCancellation1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...COLUMNS].reverse()) await queryRunner.dropColumn(table, column.split(' ')[0]);
  }
}
