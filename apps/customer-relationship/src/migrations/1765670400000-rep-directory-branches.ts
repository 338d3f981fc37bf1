import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Branch scope (docs/architecture.md#row-scopes): the rep directory learns each rep's branch
 * and the branch each heads (SalesRepRegistered v4), so a branch head's rows
 * can be found and a branch head can join a visit. Existing entries stay null
 * until rep-performance announces them again, which its migration
 * AnnounceRepBranches1765756800000 does once for every rep.
 */
export class RepDirectoryBranches1765670400000 implements MigrationInterface {
  name = 'RepDirectoryBranches1765670400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('rep_directory', new TableColumn({ name: 'branch_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.addColumn('rep_directory', new TableColumn({ name: 'heads_branch_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('rep_directory', new TableIndex({ name: 'IDX_rep_directory_branch', columnNames: ['branch_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('rep_directory', 'IDX_rep_directory_branch');
    await queryRunner.dropColumn('rep_directory', 'heads_branch_id');
    await queryRunner.dropColumn('rep_directory', 'branch_id');
  }
}
