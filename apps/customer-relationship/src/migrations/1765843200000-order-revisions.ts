import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const COLUMNS: Array<[table: string, column: string]> = [
  // A withdrawn order keeps why, who withdrew it and when.
  ['sales_order', 'withdrawn_reason varchar(500) NULL'],
  ['sales_order', 'withdrawn_by varchar(64) NULL'],
  ['sales_order', 'withdrawn_at datetime NULL'],
];

/**
 * Records that can be corrected (docs/domain.md#order-revision-and-withdrawal): a rejected order is revised (each revision kept with the order as it was
 * rejected) or withdrawn (with its reason).
 */
export class OrderRevisions1765843200000 implements MigrationInterface {
  name = 'OrderRevisions1765843200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column}`);
    await queryRunner.createTable(
      new Table({
        name: 'order_revision',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'order_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'revised_by', type: 'varchar', length: '64' },
          { name: 'revised_at', type: 'datetime' },
          { name: 'outcome', type: 'varchar', length: '16' },
          { name: 'lines_before', type: 'text' },
          { name: 'total_before_minor', type: 'bigint' },
          { name: 'gross_profit_before_minor', type: 'bigint', isNullable: true },
          { name: 'max_discount_bp_before', type: 'integer' },
          { name: 'payment_terms_days_before', type: 'integer' },
          { name: 'ordered_at_before', type: 'datetime' },
          { name: 'rejected_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'rejected_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'rejected_at', type: 'datetime', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_order_revision_order', columnNames: ['order_id'] })],
        foreignKeys: [foreignKeyTo('FK_order_revision_order', 'order_id', 'sales_order', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('order_revision');
    for (const [table, column] of [...COLUMNS].reverse()) await queryRunner.dropColumn(table, column.split(' ')[0]);
  }
}
