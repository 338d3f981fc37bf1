import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS: Array<[table: string, column: string]> = [
  // A reversed payment keeps when, who reversed it and why.
  ['payment', 'reversed_at datetime NULL'],
  ['payment', 'reversed_by varchar(64) NULL'],
  ['payment', 'reversed_reason varchar(500) NULL'],
];

/** Records that can be corrected (docs/domain.md#payment-reversal): a bounced or mistaken payment can be reversed, its reason kept. */
export class PaymentReversal1765324800000 implements MigrationInterface {
  name = 'PaymentReversal1765324800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...COLUMNS].reverse()) await queryRunner.dropColumn(table, column.split(' ')[0]);
  }
}
