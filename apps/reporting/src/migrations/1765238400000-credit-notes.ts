import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Records that can be corrected (docs/domain.md#corrections): one row per credit note, taken from revenue on the day it was issued. */
export class CreditNotes1765238400000 implements MigrationInterface {
  name = 'CreditNotes1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'credit_note_fact',
        columns: [
          { name: 'credit_note_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'order_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'amount_minor', type: 'bigint' },
        ],
        indices: [new TableIndex({ name: 'IDX_credit_note_fact_rep_day', columnNames: ['rep_id', 'day'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('credit_note_fact');
  }
}
