import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const ORDER_COLUMNS = [
  'channel varchar(16) NULL',
  'payment_terms_days integer NOT NULL DEFAULT 30',
  "status varchar(16) NOT NULL DEFAULT 'CONFIRMED'",
  'gross_profit_minor bigint NULL',
  'max_discount_bp integer NOT NULL DEFAULT 0',
  'approved_by varchar(64) NULL',
  'approved_at datetime NULL',
  'invoiced_minor bigint NOT NULL DEFAULT 0',
  'version integer NOT NULL DEFAULT 1',
];

/** Order lines, discount approval and payment terms; invoices and payments; reps' discount authority. */
export class OrderLinesReceivables1764806400000 implements MigrationInterface {
  name = 'OrderLinesReceivables1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing orders become confirmed orders on standard terms, without line detail.
    for (const column of ORDER_COLUMNS) await queryRunner.query(`ALTER TABLE sales_order ADD COLUMN ${column}`);
    await queryRunner.query('ALTER TABLE rep_directory ADD COLUMN discount_authority_bp integer NULL');
    await queryRunner.createTable(
      new Table({
        name: 'order_line',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'order_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'product', type: 'varchar', length: '200' },
          { name: 'units', type: 'integer' },
          { name: 'list_price_minor', type: 'bigint' },
          { name: 'discount_bp', type: 'integer' },
          { name: 'net_price_minor', type: 'bigint' },
          { name: 'unit_cost_minor', type: 'bigint', isNullable: true },
          { name: 'line_total_minor', type: 'bigint' },
          { name: 'gross_profit_minor', type: 'bigint', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_order_line_order', columnNames: ['order_id'] })],
        foreignKeys: [foreignKeyTo('FK_order_line_order', 'order_id', 'sales_order', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'invoice',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'order_id', type: 'varchar', length: '36' },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'paid_minor', type: 'bigint' },
          { name: 'issued_at', type: 'datetime' },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_invoice_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'IDX_invoice_rep', columnNames: ['rep_id'] }),
          new TableIndex({ name: 'IDX_invoice_order', columnNames: ['order_id'] }),
        ],
        foreignKeys: [foreignKeyTo('FK_invoice_order', 'order_id', 'sales_order')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'invoice_id', type: 'varchar', length: '36' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'received_at', type: 'datetime' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'IDX_payment_invoice', columnNames: ['invoice_id'] })],
        foreignKeys: [foreignKeyTo('FK_payment_invoice', 'invoice_id', 'invoice')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['payment', 'invoice', 'order_line']) await queryRunner.dropTable(table);
    await queryRunner.dropColumn('rep_directory', 'discount_authority_bp');
    for (const column of [...ORDER_COLUMNS].reverse()) await queryRunner.dropColumn('sales_order', column.split(' ')[0]);
  }
}
