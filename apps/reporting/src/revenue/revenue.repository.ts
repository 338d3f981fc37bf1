import { Period } from '@salesgraph/domain';
import { DataSource } from 'typeorm';
import { RepDailyRevenueEntity } from './order-fact.entity';

export class RevenueRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Revenue in minor units per rep over a period, summed in SQL from the daily roll-up. */
  async byRep(repIds: readonly string[], period: Period): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(RepDailyRevenueEntity)
      .createQueryBuilder('daily')
      .select('daily.rep_id', 'repId')
      .addSelect('SUM(daily.revenue_minor)', 'revenue')
      .where('daily.rep_id IN (:...repIds)', { repIds })
      .andWhere('daily.day BETWEEN :first AND :last', { first: period.firstDay, last: period.lastDay })
      .groupBy('daily.rep_id')
      .getRawMany<{ repId: string; revenue: string | number }>();
    return new Map(rows.map((row) => [row.repId, Number(row.revenue)]));
  }
}
