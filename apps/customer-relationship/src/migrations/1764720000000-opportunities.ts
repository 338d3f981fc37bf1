import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Opportunities and their stage history. */
export class Opportunities1764720000000 implements MigrationInterface {
  name = 'Opportunities1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'opportunity',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'expected_close_date', type: 'varchar', length: '10' },
          { name: 'stage', type: 'varchar', length: '16' },
          { name: 'stage_entered_at', type: 'datetime' },
          { name: 'competitors', type: 'text' },
          { name: 'products', type: 'text' },
          { name: 'lost_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'won_by_competitor', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_opportunity_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'IDX_opportunity_owner_stage', columnNames: ['owner_id', 'stage'] }),
        ],
        foreignKeys: [foreignKeyTo('FK_opportunity_customer', 'customer_id', 'customer')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'opportunity_stage_history',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'opportunity_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'stage', type: 'varchar', length: '16' },
          { name: 'entered_at', type: 'datetime' },
          { name: 'changed_by', type: 'varchar', length: '64' },
          { name: 'reopen_reason', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_opportunity_stage_history_opportunity', columnNames: ['opportunity_id'] })],
        foreignKeys: [foreignKeyTo('FK_opportunity_stage_history_opportunity', 'opportunity_id', 'opportunity', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('opportunity_stage_history');
    await queryRunner.dropTable('opportunity');
  }
}
