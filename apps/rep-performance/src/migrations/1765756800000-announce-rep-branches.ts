import { appendToOutbox } from '@salesgraph/events';
import { MigrationInterface, QueryRunner } from 'typeorm';

interface RepRow {
  id: string;
  name: string;
  team_id: string;
  discount_authority_bp: number | string;
  role: string | null;
  branch_id: string | null;
  heads_branch_id: string | null;
}

/**
 * Branch scope (README "Branch scope"): other subgraphs' rep directories learn each rep's branch, and the branch they
 * head, from SalesRepRegistered v4. Reps registered before it were announced without them, so every rep is announced
 * again here, once, in the migration's transaction; a new database has no reps and announces nothing. Plain SQL, not
 * the entities, so later changes to them cannot break this step.
 */
export class AnnounceRepBranches1765756800000 implements MigrationInterface {
  name = 'AnnounceRepBranches1765756800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const reps: RepRow[] = await queryRunner.query(
      `SELECT r.id, r.name, r.team_id, r.discount_authority_bp, p.role, t.branch_id,
              (SELECT MIN(b.id) FROM branch b WHERE b.manager_id = r.id) AS heads_branch_id
         FROM sales_rep r
         JOIN team t ON t.id = r.team_id
         LEFT JOIN position p ON p.id = r.position_id
        ORDER BY r.id`,
    );
    if (!reps.length) return;
    await appendToOutbox(
      queryRunner.manager,
      reps.map((rep) => ({
        type: 'SalesRepRegistered' as const,
        aggregateId: rep.id,
        payload: {
          repId: rep.id,
          name: rep.name,
          teamId: rep.team_id,
          discountAuthorityBp: Number(rep.discount_authority_bp),
          role: rep.role ?? null,
          branchId: rep.branch_id ?? null,
          headsBranchId: rep.heads_branch_id ?? null,
        },
      })),
    );
  }

  /** Events once published stay published: consumers already hold them. */
  async down(): Promise<void> {
    return;
  }
}
