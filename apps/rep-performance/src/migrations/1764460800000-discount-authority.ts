import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each rep's discount authority; existing reps get the company default of 10 %. */
export class DiscountAuthority1764460800000 implements MigrationInterface {
  name = 'DiscountAuthority1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN: TypeORM's SQLite addColumn rebuilds the table under the team foreign key.
    await queryRunner.query('ALTER TABLE sales_rep ADD COLUMN discount_authority_bp integer NOT NULL DEFAULT 1000');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('sales_rep', 'discount_authority_bp');
  }
}
