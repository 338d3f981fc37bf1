import { foreignKeyTo } from '@salesgraph/persistence';
import { createOutboxTables } from '@salesgraph/events';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Teams, reps and the outbox. */
export class InitialSchema1764374400000 implements MigrationInterface {
  name = 'InitialSchema1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'team',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'manager_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'UQ_team_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sales_rep',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '200' },
          { name: 'type', type: 'varchar', length: '8' },
          { name: 'team_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_sales_rep_team', columnNames: ['team_id'] }),
          new TableIndex({ name: 'UQ_sales_rep_email', columnNames: ['email'], isUnique: true }),
        ],
        foreignKeys: [foreignKeyTo('FK_sales_rep_team', 'team_id', 'team')],
      }),
    );
    await createOutboxTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_sequence', 'outbox_event', 'sales_rep', 'team']) await queryRunner.dropTable(table);
  }
}
