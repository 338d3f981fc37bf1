import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Records that can be corrected (docs/domain.md#visits): amendments of filed visit reports, each with the report before and after. */
export class VisitReportAmendments1765584000000 implements MigrationInterface {
  name = 'VisitReportAmendments1765584000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'visit_report_amendment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'visit_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'outcome_before', type: 'varchar', length: '2000', isNullable: true },
          { name: 'outcome_after', type: 'varchar', length: '2000', isNullable: true },
          { name: 'next_step_before', type: 'varchar', length: '500', isNullable: true },
          { name: 'next_step_after', type: 'varchar', length: '500', isNullable: true },
          { name: 'next_step_at_before', type: 'datetime', isNullable: true },
          { name: 'next_step_at_after', type: 'datetime', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'amended_by', type: 'varchar', length: '64' },
          { name: 'amended_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_visit_report_amendment_visit', columnNames: ['visit_id'] })],
        foreignKeys: [foreignKeyTo('FK_visit_report_amendment_visit', 'visit_id', 'visit', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('visit_report_amendment');
  }
}
