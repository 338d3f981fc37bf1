import { foreignKeyTo } from '@salesgraph/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Contacts at customers and their buying-centre roles. */
export class Contacts1764547200000 implements MigrationInterface {
  name = 'Contacts1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'contact',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'title', type: 'varchar', length: '200', isNullable: true },
          { name: 'phone', type: 'varchar', length: '50', isNullable: true },
          { name: 'email', type: 'varchar', length: '200', isNullable: true },
          { name: 'social_style', type: 'varchar', length: '16', isNullable: true },
          { name: 'influence_percent', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'IDX_contact_customer', columnNames: ['customer_id'] })],
        foreignKeys: [foreignKeyTo('FK_contact_customer', 'customer_id', 'customer')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'contact_role',
        columns: [
          { name: 'contact_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'role', type: 'varchar', length: '16', isPrimary: true },
        ],
        foreignKeys: [foreignKeyTo('FK_contact_role_contact', 'contact_id', 'contact', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contact_role');
    await queryRunner.dropTable('contact');
  }
}
