import { foreignKeyTo } from '@salesgraph/persistence';
import { createCheckpointTable, createOutboxTables } from '@salesgraph/events';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Customers, orders, the rep directory, the outbox and the consumer checkpoint. */
export class InitialSchema1764374400000 implements MigrationInterface {
  name = 'InitialSchema1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'customer',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'class', type: 'varchar', length: '1' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'IDX_customer_owner', columnNames: ['owner_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_order',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'ordered_at', type: 'datetime' },
          { name: 'total_minor', type: 'bigint' },
          { name: 'recorded_at', type: 'datetime' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_sales_order_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'IDX_sales_order_rep', columnNames: ['rep_id'] }),
        ],
        foreignKeys: [foreignKeyTo('FK_sales_order_customer', 'customer_id', 'customer')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rep_directory',
        columns: [
          { name: 'rep_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'team_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
        ],
        indices: [new TableIndex({ name: 'IDX_rep_directory_team', columnNames: ['team_id'] })],
      }),
    );
    await createOutboxTables(queryRunner);
    await createCheckpointTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['consumer_checkpoint', 'outbox_sequence', 'outbox_event', 'rep_directory', 'sales_order', 'customer']) {
      await queryRunner.dropTable(table);
    }
  }
}
