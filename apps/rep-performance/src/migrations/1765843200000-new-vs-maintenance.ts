import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visits by kind on the daily facts: new development (hunting) and maintenance (farming), docs/domain.md#new-development-vs-maintenance. The facts keep
 * no kind of the visits folded before, and the feed is not read again: those visits become visits of unknown kind, so
 * a period holding any of them shows no split (null) rather than one silently too low. The revenue split needs no
 * column: it comes from customer_revenue_fact, which has always been kept.
 */
export class NewVsMaintenance1765843200000 implements MigrationInterface {
  name = 'NewVsMaintenance1765843200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN, as in DiscountAuthority1764460800000: TypeORM's SQLite addColumn rebuilds the table.
    await queryRunner.query('ALTER TABLE rep_daily_fact ADD COLUMN new_development_visits integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE rep_daily_fact ADD COLUMN maintenance_visits integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE rep_daily_fact ADD COLUMN visits_of_unknown_kind integer NOT NULL DEFAULT 0');
    await queryRunner.query('UPDATE rep_daily_fact SET visits_of_unknown_kind = visits WHERE visits <> 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['visits_of_unknown_kind', 'maintenance_visits', 'new_development_visits']) await queryRunner.dropColumn('rep_daily_fact', column);
  }
}
