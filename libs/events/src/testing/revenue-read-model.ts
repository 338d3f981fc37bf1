import { Column, DataSource, Entity, EntityManager, PrimaryColumn, QueryRunner, Table } from 'typeorm';
import { EventPayload } from '../contracts';

/** The smallest read model a consumer test needs: revenue per rep, folded from OrderRecorded. */
@Entity('revenue')
export class RevenueEntity {
  @PrimaryColumn('varchar', { name: 'rep_id', length: 36 })
  repId!: string;

  @Column('integer', { name: 'total' })
  total!: number;
}

/** The read model's table, for a test schema's migration. */
export async function createRevenueTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'revenue',
      columns: [
        { name: 'rep_id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'total', type: 'integer' },
      ],
    }),
  );
}

/** Adds an order's amount to its rep's revenue, inside the consumer's transaction. */
export async function addRevenue(manager: EntityManager, repId: string, minor: number): Promise<void> {
  const row = await manager.findOneBy(RevenueEntity, { repId });
  await manager.save(RevenueEntity, { repId, total: (row?.total ?? 0) + minor });
}

/** Revenue per rep as the read model holds it now. */
export async function revenueByRep(dataSource: DataSource): Promise<Record<string, number>> {
  return Object.fromEntries((await dataSource.getRepository(RevenueEntity).find()).map((row) => [row.repId, row.total]));
}

/** A current-version order with only what the tests vary. */
export const orderRecordedV4 = (orderId: string, repId: string, totalMinor: number): EventPayload<'OrderRecorded', 4> => ({
  orderId,
  customerId: 'c1',
  repId,
  orderedAt: '2026-11-01T10:00:00.000Z',
  totalMinor,
  grossProfitMinor: null,
  channel: null,
  paymentTermsDays: 30,
  termsBeyondStandard: false,
  maxDiscountBp: 0,
  discountApprovedBy: null,
  units: 1,
  listTotalMinor: totalMinor,
  recordedAt: '2026-11-01T10:00:00.000Z',
  discountAuthorityBp: 1_000,
  discountBeyondAuthorityMinor: 0,
});
