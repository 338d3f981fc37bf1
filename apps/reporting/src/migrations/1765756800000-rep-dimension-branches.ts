import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Branch scope (README "Branch scope"): the rep dimension learns each rep's branch, and the branch each heads, from
 * SalesRepRegistered v4, so a branch head's claim can be checked and their figures found. Existing rows stay null until rep-performance announces the rep again, which its
 * migration AnnounceRepBranches1765756800000 does once for every rep.
 */
export class RepDimensionBranches1765756800000 implements MigrationInterface {
  name = 'RepDimensionBranches1765756800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('rep_dimension', new TableColumn({ name: 'branch_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.addColumn('rep_dimension', new TableColumn({ name: 'heads_branch_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('rep_dimension', new TableIndex({ name: 'IDX_rep_dimension_branch', columnNames: ['branch_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('rep_dimension', 'IDX_rep_dimension_branch');
    await queryRunner.dropColumn('rep_dimension', 'heads_branch_id');
    await queryRunner.dropColumn('rep_dimension', 'branch_id');
  }
}
