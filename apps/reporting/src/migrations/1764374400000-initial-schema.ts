import { createCheckpointTable } from '@salesgraph/events';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Order facts, the daily revenue roll-up, the rep dimension and the consumer checkpoint. */
export class InitialSchema1764374400000 implements MigrationInterface {
  name = 'InitialSchema1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'order_fact',
        columns: [
          { name: 'order_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'total_minor', type: 'bigint' },
        ],
        indices: [new TableIndex({ name: 'IDX_order_fact_rep_day', columnNames: ['rep_id', 'day'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rep_daily_revenue',
        columns: [
          { name: 'rep_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'revenue_minor', type: 'bigint' },
          { name: 'order_count', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rep_dimension',
        columns: [
          { name: 'rep_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'team_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
        ],
      }),
    );
    await createCheckpointTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['consumer_checkpoint', 'rep_dimension', 'rep_daily_revenue', 'order_fact']) await queryRunner.dropTable(table);
  }
}
