import { foreignKeyTo } from '@salesgraph/persistence';
import { DEFAULT_QUESTION_SET } from '@salesgraph/domain';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const visitForeignKey = (table: string) => foreignKeyTo(`FK_${table}_visit`, 'visit_id', 'visit', 'CASCADE');

/** Visits, who was met, willingness assessments and the versioned question sets they are scored against. */
export class Visits1764633600000 implements MigrationInterface {
  name = 'Visits1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'visit',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'rep_id', type: 'varchar', length: '36' },
          { name: 'joint_manager_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'visited_at', type: 'datetime' },
          { name: 'purpose', type: 'varchar', length: '500' },
          { name: 'outcome', type: 'varchar', length: '2000', isNullable: true },
          { name: 'next_step', type: 'varchar', length: '500', isNullable: true },
          { name: 'next_step_at', type: 'datetime', isNullable: true },
          { name: 'expenses_minor', type: 'bigint', isNullable: true },
          { name: 'report_due_at', type: 'datetime' },
          { name: 'report_submitted_at', type: 'datetime', isNullable: true },
          { name: 'recorded_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_visit_customer', columnNames: ['customer_id'] }),
          new TableIndex({ name: 'IDX_visit_rep_visited', columnNames: ['rep_id', 'visited_at'] }),
        ],
        foreignKeys: [foreignKeyTo('FK_visit_customer', 'customer_id', 'customer')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'visit_contact',
        columns: [
          { name: 'visit_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'contact_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        foreignKeys: [visitForeignKey('visit_contact')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'visit_assessment',
        columns: [
          { name: 'visit_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'contact_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'question_set_version', type: 'integer' },
          { name: 'answers', type: 'text' },
          { name: 'total', type: 'integer' },
          { name: 'band', type: 'varchar', length: '4' },
        ],
        foreignKeys: [visitForeignKey('visit_assessment')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'assessment_question_set',
        columns: [
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'questions', type: 'text' },
          { name: 'published_by', type: 'varchar', length: '64' },
          { name: 'published_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.query('INSERT INTO assessment_question_set (version, questions, published_by, published_at) VALUES (?, ?, ?, ?)', [
      DEFAULT_QUESTION_SET.version,
      JSON.stringify(DEFAULT_QUESTION_SET.questions),
      'default',
      new Date().toISOString().replace('T', ' ').slice(0, 19),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['assessment_question_set', 'visit_assessment', 'visit_contact', 'visit']) await queryRunner.dropTable(table);
  }
}
