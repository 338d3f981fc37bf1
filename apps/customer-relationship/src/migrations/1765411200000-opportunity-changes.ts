import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Records that can be corrected (docs/domain.md#opportunities): the history of corrections to an opportunity's amount, close date and products. */
export class OpportunityChanges1765411200000 implements MigrationInterface {
  name = 'OpportunityChanges1765411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'opportunity_change',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'opportunity_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'amount_before_minor', type: 'bigint' },
          { name: 'amount_after_minor', type: 'bigint' },
          { name: 'close_before', type: 'varchar', length: '10' },
          { name: 'close_after', type: 'varchar', length: '10' },
          { name: 'products_before', type: 'text' },
          { name: 'products_after', type: 'text' },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'changed_by', type: 'varchar', length: '64' },
          { name: 'changed_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_opportunity_change_opportunity', columnNames: ['opportunity_id'] })],
        foreignKeys: [foreignKeyTo('FK_opportunity_change_opportunity', 'opportunity_id', 'opportunity', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('opportunity_change');
  }
}
