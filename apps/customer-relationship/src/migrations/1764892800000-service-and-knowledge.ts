import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const customerForeignKey = (table: string) => foreignKeyTo(`FK_${table}_customer`, 'customer_id', 'customer');

/** Complaints, satisfaction surveys, competitor intelligence and success cases. */
export class ServiceAndKnowledge1764892800000 implements MigrationInterface {
  name = 'ServiceAndKnowledge1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'complaint',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '4000' },
          { name: 'severity', type: 'varchar', length: '8' },
          { name: 'opened_by', type: 'varchar', length: '64' },
          { name: 'opened_at', type: 'datetime' },
          { name: 'resolved_at', type: 'datetime', isNullable: true },
          { name: 'resolution', type: 'varchar', length: '4000', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_complaint_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'IDX_complaint_rep', columnNames: ['rep_id'] }),
        ],
        foreignKeys: [customerForeignKey('complaint')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'satisfaction_survey',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'score', type: 'integer' },
          { name: 'comment', type: 'varchar', length: '2000', isNullable: true },
          { name: 'surveyed_at', type: 'datetime' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'IDX_satisfaction_survey_customer', columnNames: ['customer_id'] })],
        foreignKeys: [customerForeignKey('satisfaction_survey')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'competitor_intelligence',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'competitor', type: 'varchar', length: '200' },
          { name: 'topic', type: 'varchar', length: '16' },
          { name: 'note', type: 'varchar', length: '4000' },
          { name: 'region', type: 'varchar', length: '100', isNullable: true },
          { name: 'customer_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'opportunity_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'rep_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'datetime' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_competitor_intelligence_competitor', columnNames: ['competitor'] }),
          new TableIndex({ name: 'IDX_competitor_intelligence_customer', columnNames: ['customer_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'success_case',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'story', type: 'text' },
          { name: 'customer_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'industry', type: 'varchar', length: '100', isNullable: true },
          { name: 'submitted_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_success_case_rep_submitted', columnNames: ['rep_id', 'submitted_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['success_case', 'competitor_intelligence', 'satisfaction_survey', 'complaint']) await queryRunner.dropTable(table);
  }
}
