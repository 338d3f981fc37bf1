import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS: Array<[table: string, column: string]> = [
  // A deactivated contact keeps when, who deactivated them and why.
  ['contact', 'deactivated_at datetime NULL'],
  ['contact', 'deactivated_by varchar(64) NULL'],
  ['contact', 'deactivated_reason varchar(500) NULL'],
];

/** Records that can be corrected (docs/domain.md#contacts): a contact who left the buying centre is deactivated, kept for history. */
export class ContactDeactivation1765497600000 implements MigrationInterface {
  name = 'ContactDeactivation1765497600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...COLUMNS].reverse()) await queryRunner.dropColumn(table, column.split(' ')[0]);
  }
}
