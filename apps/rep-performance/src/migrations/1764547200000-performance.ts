import { createCheckpointTable } from '@salesgraph/events';
import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const key = (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isPrimary: true });
const day = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable });
const integer = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const counter = (name: string): TableColumnOptions => ({ name, type: 'integer', default: 0 });
const bigint = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const bigCounter = (name: string): TableColumnOptions => ({ name, type: 'bigint', default: 0 });
const at = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable });
const longText = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * The rest of rep-performance (docs/domain.md#organisation to docs/domain.md#reports): branches, positions and team history; targets and
 * market sizes; the facts folded from customer-relationship's feed;
 * evaluations, incentives, expenses and sales reports.
 */
export class Performance1764547200000 implements MigrationInterface {
  name = 'Performance1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN: TypeORM's SQLite addColumn rebuilds the table under its foreign keys.
    await queryRunner.query('ALTER TABLE team ADD COLUMN branch_id varchar(36) NULL');
    await queryRunner.createIndex('team', index('IDX_team_branch', ['branch_id']));
    await queryRunner.query('ALTER TABLE sales_rep ADD COLUMN position_id varchar(36) NULL');
    await queryRunner.query('ALTER TABLE sales_rep ADD COLUMN hire_date varchar(10) NULL');
    await queryRunner.query("ALTER TABLE sales_rep ADD COLUMN status varchar(8) NOT NULL DEFAULT 'ACTIVE'");

    const tables: Array<[string, TableColumnOptions[], TableIndex[]]> = [
      [
        'branch',
        [id('id'), text('name', 100), text('region', 100), text('manager_id', 36, true), at('created_at'), integer('version')],
        [index('UQ_branch_name', ['name'], true)],
      ],
      [
        'position',
        [id('id'), text('title', 100), longText('responsibilities'), text('role', 16), text('reports_to_id', 36, true), integer('version')],
        [index('UQ_position_title', ['title'], true)],
      ],
      [
        'team_membership',
        [
          id('id'),
          text('rep_id', 36),
          text('team_id', 36),
          day('from_day'),
          day('to_day', true),
          text('reason', 500),
          text('recorded_by', 64),
          at('recorded_at'),
        ],
        [index('IDX_team_membership_rep', ['rep_id', 'from_day']), index('IDX_team_membership_team', ['team_id'])],
      ],
      [
        'target',
        [
          id('id'),
          text('metric', 16),
          text('period', 10),
          text('owner_kind', 8),
          text('owner_id', 36),
          bigint('value'),
          text('set_by', 64),
          at('updated_at'),
          integer('version'),
        ],
        [index('UQ_target_owner_metric_period', ['owner_kind', 'owner_id', 'metric', 'period'], true), index('IDX_target_period', ['period', 'metric'])],
      ],
      ['market_size', [key('region', 100), key('period', 10), bigint('amount_minor'), text('set_by', 64)], []],
      [
        'rep_daily_fact',
        [
          key('rep_id', 36),
          key('day', 10),
          bigCounter('revenue_minor'),
          bigCounter('gross_profit_minor'),
          counter('units'),
          counter('orders'),
          counter('orders_within_terms'),
          counter('discounts_beyond'),
          bigCounter('discount_beyond_minor'),
          bigCounter('collected_minor'),
          counter('visits'),
          counter('complaints_resolved'),
          counter('handling_minutes'),
          counter('surveys'),
          counter('survey_score_sum'),
          counter('reports_due'),
          counter('reports_on_time'),
        ],
        [index('IDX_rep_daily_fact_day', ['day'])],
      ],
      [
        'customer_fact',
        [key('customer_id', 36), text('owner_id', 36), text('class', 1), text('status', 16), at('filed_at')],
        [index('IDX_customer_fact_owner', ['owner_id'])],
      ],
      [
        'customer_revenue_fact',
        [key('customer_id', 36), key('rep_id', 36), key('day', 10), bigint('revenue_minor')],
        [index('IDX_customer_revenue_fact_day', ['day'])],
      ],
      ['customer_visit_day', [key('customer_id', 36), key('day', 10)], []],
      ['invoice_fact', [key('invoice_id', 36), text('rep_id', 36), bigint('amount_minor'), day('due_day')], [index('IDX_invoice_fact_due', ['due_day'])]],
      [
        'payment_fact',
        [key('payment_id', 36), text('invoice_id', 36), text('rep_id', 36), bigint('amount_minor'), day('received_day')],
        [index('IDX_payment_fact_invoice', ['invoice_id'])],
      ],
      ['visit_policy_fact', [key('class', 1), integer('interval_days')], []],
      [
        'evaluation_template',
        [id('id'), text('name', 100), longText('criteria'), text('created_by', 64), at('created_at')],
        [index('UQ_evaluation_template_name', ['name'], true)],
      ],
      [
        'evaluation_cycle',
        [
          id('id'),
          text('template_id', 36),
          text('name', 100),
          text('period', 10),
          text('status', 8),
          at('created_at'),
          at('closed_at', true),
          integer('version'),
        ],
        [index('IDX_evaluation_cycle_period', ['period'])],
      ],
      [
        'qualitative_score',
        [
          id('id'),
          text('cycle_id', 36),
          text('rep_id', 36),
          text('criterion_key', 50),
          integer('score'),
          text('comment', 1000),
          text('source', 20),
          text('scored_by', 64),
          at('scored_at'),
        ],
        [index('IDX_qualitative_score_cycle_rep', ['cycle_id', 'rep_id'])],
      ],
      ['bad_habit_check', [key('cycle_id', 36), key('rep_id', 36), longText('habits'), text('comment', 1000, true), text('noted_by', 64), at('noted_at')], []],
      ['scorecard', [key('cycle_id', 36), key('rep_id', 36), integer('total_hundredths'), longText('lines'), longText('bad_habits'), at('frozen_at')], []],
      [
        'incentive_plan',
        [id('id'), text('name', 100), text('team_id', 36, true), at('created_at'), integer('version')],
        [index('UQ_incentive_plan_name', ['name'], true)],
      ],
      [
        'incentive_plan_version',
        [
          key('plan_id', 36),
          { name: 'number', type: 'integer', isPrimary: true },
          day('effective_from'),
          longText('terms'),
          text('published_by', 64),
          at('published_at'),
        ],
        [],
      ],
      [
        'incentive_statement',
        [
          key('rep_id', 36),
          key('period', 10),
          text('plan_id', 36),
          integer('plan_version'),
          longText('facts'),
          longText('lines'),
          bigint('total_minor'),
          at('closed_at'),
        ],
        [],
      ],
      ['incentive_period_close', [key('period', 10), text('closed_by', 64), at('closed_at')], []],
      [
        'expense_budget',
        [key('rep_id', 36), key('category', 16), key('period', 10), day('first_day'), day('last_day'), bigint('amount_minor'), text('set_by', 64)],
        [],
      ],
      [
        'expense_claim',
        [
          id('id'),
          text('rep_id', 36),
          text('category', 16),
          bigint('amount_minor'),
          day('incurred_on'),
          text('description', 500),
          longText('receipts'),
          at('submitted_at'),
          text('status', 10),
          text('decided_by', 64, true),
          at('decided_at', true),
          text('decision_note', 500, true),
          integer('version'),
        ],
        [index('IDX_expense_claim_rep_day', ['rep_id', 'incurred_on']), index('IDX_expense_claim_status', ['status', 'submitted_at'])],
      ],
      [
        'sales_report',
        [
          id('id'),
          text('rep_id', 36),
          text('kind', 8),
          text('period', 10),
          at('due_at'),
          at('submitted_at'),
          { name: 'on_time', type: 'boolean' },
          longText('summary'),
          longText('problems', true),
          longText('next_plan', true),
          longText('support_needed', true),
          integer('visits_planned', true),
          bigint('forecast_minor', true),
        ],
        [index('UQ_sales_report_rep_period', ['rep_id', 'kind', 'period'], true), index('IDX_sales_report_due', ['due_at'])],
      ],
    ];
    for (const [name, columns, indices] of tables) await queryRunner.createTable(new Table({ name, columns, indices }));
    await createCheckpointTable(queryRunner);

    // Reps registered before team history existed have been in their team from the start.
    await queryRunner.query(
      "INSERT INTO team_membership (id, rep_id, team_id, from_day, to_day, reason, recorded_by, recorded_at) SELECT id, id, team_id, '1970-01-01', NULL, 'joined', 'migration', created_at FROM sales_rep",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'consumer_checkpoint',
      'sales_report',
      'expense_claim',
      'expense_budget',
      'incentive_period_close',
      'incentive_statement',
      'incentive_plan_version',
      'incentive_plan',
      'scorecard',
      'bad_habit_check',
      'qualitative_score',
      'evaluation_cycle',
      'evaluation_template',
      'visit_policy_fact',
      'payment_fact',
      'invoice_fact',
      'customer_visit_day',
      'customer_revenue_fact',
      'customer_fact',
      'rep_daily_fact',
      'market_size',
      'target',
      'team_membership',
      'position',
      'branch',
    ]) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropIndex('team', 'IDX_team_branch');
    for (const column of ['status', 'hire_date', 'position_id']) await queryRunner.dropColumn('sales_rep', column);
    await queryRunner.dropColumn('team', 'branch_id');
  }
}
