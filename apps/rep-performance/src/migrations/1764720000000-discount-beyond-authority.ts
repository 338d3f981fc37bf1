import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The part of approved discounts beyond the rep's authority (OrderRecorded v4). Days folded before it keep 0:
 * older events do not say which part of the discount was beyond authority.
 */
export class DiscountBeyondAuthority1764720000000 implements MigrationInterface {
  name = 'DiscountBeyondAuthority1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN, as in DiscountAuthority1764460800000: TypeORM's SQLite addColumn rebuilds the table.
    await queryRunner.query('ALTER TABLE rep_daily_fact ADD COLUMN discount_beyond_authority_minor bigint NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('rep_daily_fact', 'discount_beyond_authority_minor');
  }
}
