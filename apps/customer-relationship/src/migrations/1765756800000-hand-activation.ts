import { MigrationInterface, QueryRunner } from 'typeorm';

interface StatusChange {
  customer_id: string;
  payload: string;
  before_type: string | null;
  before_payload: string | null;
}

/**
 * The lifecycle undid a hand reactivation (docs/domain.md#customer-lifecycle): the customer remembers
 * when a person last made it ACTIVE, and its idle clock restarts there.
 *
 * Existing ACTIVE customers learn it from their CustomerStatusChanged events
 * in the outbox, so a reactivation made before this upgrade is not undone by
 * the first run after it. A change to ACTIVE an order made (OrderService
 * `reawaken`) is not one: it is written in the order's transaction right
 * after that order's OrderRecorded, and the sequence row's lock keeps a
 * transaction's events together; such a customer's clock is its order.
 */
export class HandActivation1765756800000 implements MigrationInterface {
  name = 'HandActivation1765756800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ADD COLUMN on both databases: TypeORM's SQLite addColumn rebuilds the table (see CustomerProfile1764460800000).
    await queryRunner.query('ALTER TABLE customer ADD COLUMN activated_by_hand_at datetime NULL');
    const changes: StatusChange[] = await queryRunner.query(
      `SELECT e.aggregate_id AS customer_id, e.payload AS payload, p.type AS before_type, p.payload AS before_payload
       FROM outbox_event e
       JOIN customer c ON c.id = e.aggregate_id AND c.status = 'ACTIVE'
       LEFT JOIN outbox_event p ON p.sequence = e.sequence - 1
       WHERE e.type = 'CustomerStatusChanged'
       ORDER BY e.sequence`,
    );
    const byHand = new Map<string, string>();
    for (const change of changes) {
      const payload = JSON.parse(change.payload) as { customerId: string; to: string; changedAt: string };
      if (payload.to !== 'ACTIVE') continue;
      const byOrder =
        change.before_type === 'OrderRecorded' && (JSON.parse(change.before_payload ?? '{}') as { customerId?: string }).customerId === change.customer_id;
      if (!byOrder) byHand.set(change.customer_id, payload.changedAt);
    }
    for (const [customerId, changedAt] of byHand) {
      await queryRunner.query('UPDATE customer SET activated_by_hand_at = ? WHERE id = ?', [
        new Date(changedAt).toISOString().replace('T', ' ').slice(0, 19),
        customerId,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('customer', 'activated_by_hand_at');
  }
}
