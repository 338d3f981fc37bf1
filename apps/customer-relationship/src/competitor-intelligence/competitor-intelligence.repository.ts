import { Viewer } from '@salesgraph/auth';
import { dateSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { directoryScope, scopedRepsSubquery } from '../rep-directory/directory-scope';
import { CompetitorIntelligenceEntity, IntelligenceTopic } from './competitor-intelligence.entity';

/** Competitor notes, newest first. */
export const competitorIntelligenceList = defineList<CompetitorIntelligenceEntity, 'RECORDED_AT'>({
  type: 'CompetitorIntelligence',
  idColumn: 'note.id',
  keys: { RECORDED_AT: dateSortKey('note.recorded_at', (row) => row.recordedAt) },
  defaultSort: { field: 'RECORDED_AT', direction: 'DESC' },
});

export interface CompetitorIntelligenceFilter {
  competitor?: string | null;
  topic?: IntelligenceTopic | null;
  region?: string | null;
  customerId?: string | null;
}

export class CompetitorIntelligenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CompetitorIntelligenceEntity | null> {
    return this.dataSource.getRepository(CompetitorIntelligenceEntity).findOneBy({ id });
  }

  insert(manager: EntityManager, note: CompetitorIntelligenceEntity): Promise<unknown> {
    return manager.insert(CompetitorIntelligenceEntity, note);
  }

  /** Regional notes for all; notes tied to a customer only where the customer is visible. */
  async page(viewer: Viewer, filter: CompetitorIntelligenceFilter, page: ListPage<'RECORDED_AT'>): Promise<[CompetitorIntelligenceEntity[], number]> {
    const query = this.dataSource
      .getRepository(CompetitorIntelligenceEntity)
      .createQueryBuilder('note')
      .leftJoin('customer', 'customer', 'customer.id = note.customer_id')
      .where('1 = 1');
    const scope = directoryScope(viewer);
    if (scope.kind !== 'ALL') {
      query.andWhere(
        new Brackets((visible) => {
          visible.where('note.customer_id IS NULL');
          if (scope.kind === 'OWNER') visible.orWhere('customer.owner_id = :scopeRep', { scopeRep: scope.repId });
          if (scope.kind === 'TEAM' || scope.kind === 'BRANCH') {
            const reps = scopedRepsSubquery(scope);
            visible.orWhere(`customer.owner_id IN (${reps.sql})`, reps.params);
          }
        }),
      );
    }
    if (filter.competitor) query.andWhere('note.competitor = :competitor', { competitor: filter.competitor });
    if (filter.topic) query.andWhere('note.topic = :topic', { topic: filter.topic });
    if (filter.region) query.andWhere('note.region = :region', { region: filter.region });
    if (filter.customerId) query.andWhere('note.customer_id = :customerId', { customerId: filter.customerId });
    const total = await query.clone().getCount();
    return [await competitorIntelligenceList.fetch(query, page).getMany(), total];
  }
}
