import { foreignKeyTo } from '@salesgraph/persistence';
import { DEFAULT_VISIT_INTERVAL_DAYS } from '@salesgraph/domain';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const CUSTOMER_COLUMNS = [
  'industry varchar(100) NULL',
  'region varchar(100) NULL',
  'address varchar(500) NULL',
  'source varchar(16) NULL',
  'relationship_level varchar(16) NULL',
  'last_visit_at datetime NULL',
  'key_account_fund_minor bigint NULL',
  'key_account_fund_spent_minor bigint NULL',
];

const customerForeignKey = (table: string) => foreignKeyTo(`FK_${table}_customer`, 'customer_id', 'customer');

/**
 * The customer profile of docs/domain.md#customers: descriptive fields, quality profile,
 * key-account fund, assignment history and the visit policy as data.
 */
export class CustomerProfile1764460800000 implements MigrationInterface {
  name = 'CustomerProfile1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN on both databases: TypeORM's SQLite addColumn rebuilds the table, which
    // would trip the foreign keys of existing orders.
    for (const column of CUSTOMER_COLUMNS) await queryRunner.query(`ALTER TABLE customer ADD COLUMN ${column}`);
    await queryRunner.query('CREATE INDEX IDX_customer_region ON customer (region)');

    await queryRunner.createTable(
      new Table({
        name: 'customer_assignment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'from_rep_id', type: 'varchar', length: '36' },
          { name: 'to_rep_id', type: 'varchar', length: '36' },
          { name: 'reason', type: 'varchar', length: '500' },
          { name: 'assigned_by', type: 'varchar', length: '64' },
          { name: 'assigned_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_customer_assignment_customer', columnNames: ['customer_id'] })],
        foreignKeys: [customerForeignKey('customer_assignment')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'customer_quality_profile',
        columns: [
          { name: 'customer_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'education_level', type: 'varchar', length: '100', isNullable: true },
          { name: 'reading_habits', type: 'varchar', length: '500', isNullable: true },
          { name: 'years_in_business', type: 'integer', isNullable: true },
          { name: 'past_setbacks', type: 'varchar', length: '1000', isNullable: true },
          { name: 'industry_standing', type: 'varchar', length: '16', isNullable: true },
          { name: 'standing_trend', type: 'varchar', length: '8', isNullable: true },
          { name: 'peer_reputation', type: 'varchar', length: '1000', isNullable: true },
          { name: 'business_private_balance', type: 'varchar', length: '16', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
        foreignKeys: [customerForeignKey('customer_quality_profile')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'key_account_fund_entry',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '36' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'purpose', type: 'varchar', length: '500' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_key_account_fund_entry_customer', columnNames: ['customer_id'] })],
        foreignKeys: [customerForeignKey('key_account_fund_entry')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'visit_policy',
        columns: [
          { name: 'class', type: 'varchar', length: '1', isPrimary: true },
          { name: 'interval_days', type: 'integer' },
          { name: 'updated_by', type: 'varchar', length: '64' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    for (const [customerClass, days] of Object.entries(DEFAULT_VISIT_INTERVAL_DAYS)) {
      await queryRunner.query('INSERT INTO visit_policy (class, interval_days, updated_by, updated_at, version) VALUES (?, ?, ?, ?, 1)', [
        customerClass,
        days,
        'default',
        now,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['visit_policy', 'key_account_fund_entry', 'customer_quality_profile', 'customer_assignment']) await queryRunner.dropTable(table);
    await queryRunner.query('DROP INDEX IDX_customer_region' + (queryRunner.connection.driver.options.type === 'better-sqlite3' ? '' : ' ON customer'));
    for (const column of [...CUSTOMER_COLUMNS].reverse()) await queryRunner.dropColumn('customer', column.split(' ')[0]);
  }
}
