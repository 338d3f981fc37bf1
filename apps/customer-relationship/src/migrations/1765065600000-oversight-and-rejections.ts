import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS: Array<[table: string, column: string]> = [
  // The sign-in role of each rep's position (SalesRepRegistered v3): who stands above whom.
  ['rep_directory', 'role varchar(16) NULL'],
  // A rejected discount's reason, who refused it and when, readable on the order.
  ['sales_order', 'rejected_reason varchar(500) NULL'],
  ['sales_order', 'rejected_by varchar(64) NULL'],
  ['sales_order', 'rejected_at datetime NULL'],
];

/** docs/domain.md#oversight: the rep directory learns roles; an order keeps why its discount was refused. */
export class OversightAndRejections1765065600000 implements MigrationInterface {
  name = 'OversightAndRejections1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...COLUMNS].reverse()) await queryRunner.dropColumn(table, column.split(' ')[0]);
  }
}
