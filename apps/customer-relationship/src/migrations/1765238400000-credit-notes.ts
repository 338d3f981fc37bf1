import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Records that can be corrected (docs/domain.md#credit-notes): credit notes against invoices. An invoice's amount becomes what it asks
 * after its credit notes, and `credited_minor` keeps their sum (amount + credited is what was invoiced).
 */
export class CreditNotes1765238400000 implements MigrationInterface {
  name = 'CreditNotes1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE invoice ADD COLUMN credited_minor bigint NOT NULL DEFAULT 0');
    await queryRunner.createTable(
      new Table({
        name: 'credit_note',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'invoice_id', type: 'varchar', length: '36' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'issued_by', type: 'varchar', length: '64' },
          { name: 'issued_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_credit_note_invoice', columnNames: ['invoice_id'] })],
        foreignKeys: [foreignKeyTo('FK_credit_note_invoice', 'invoice_id', 'invoice')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('credit_note');
    await queryRunner.dropColumn('invoice', 'credited_minor');
  }
}
