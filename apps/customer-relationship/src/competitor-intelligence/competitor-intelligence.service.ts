import { randomUUID } from 'node:crypto';
import { canWrite, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { keysetPage, transact } from '@salesgraph/persistence';
import { badUserInput, forbidden, optionalText, PageRequest, requiredText, splitCompositeKey } from '@salesgraph/subgraph-kit';
import { Brackets, DataSource } from 'typeorm';
import { CustomerService } from '../customer/customer.service';
import { OpportunityRepository } from '../opportunity/opportunity.repository';
import { CompetitorIntelligenceEntity, IntelligenceTopic } from './competitor-intelligence.entity';
import { directoryScope, scopedRepsSubquery } from '../rep-directory/directory-scope';

export class CompetitorIntelligenceService {
  private readonly opportunities: OpportunityRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {
    this.opportunities = new OpportunityRepository(dataSource);
  }

  async record(
    viewer: Viewer,
    input: { competitor: string; topic: IntelligenceTopic; note: string; region?: string | null; customerId?: string | null; opportunityId?: string | null },
    now = new Date(),
  ): Promise<CompetitorIntelligenceEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    let customerId = input.customerId ?? null;
    if (input.opportunityId) {
      const [opportunity] = await this.opportunities.findVisibleByIds(viewer, [input.opportunityId]);
      if (!opportunity) throw badUserInput('input.opportunityId', `no opportunity ${input.opportunityId} that you may work on`);
      if (customerId && customerId !== opportunity.customerId) throw badUserInput('input.customerId', 'the opportunity belongs to another customer');
      customerId = opportunity.customerId;
    }
    if (customerId) await this.customers.workable(viewer, customerId, input.opportunityId ? 'input.opportunityId' : 'input.customerId');
    const note = Object.assign(new CompetitorIntelligenceEntity(), {
      id: randomUUID(),
      competitor: requiredText(input.competitor, 'input.competitor', 200),
      topic: input.topic,
      note: requiredText(input.note, 'input.note', 4000),
      region: optionalText(input.region, 'input.region', 100) ?? null,
      customerId,
      opportunityId: input.opportunityId ?? null,
      repId: viewer.repId ?? null,
      recordedBy: viewer.subject,
      recordedAt: now,
    });
    return transact(this.dataSource, async (manager) => {
      await manager.insert(CompetitorIntelligenceEntity, note);
      await appendToOutbox(manager, [
        {
          type: 'CompetitorIntelligenceRecorded',
          aggregateId: note.id,
          payload: { noteId: note.id, competitor: note.competitor, topic: note.topic, region: note.region, customerId, repId: note.repId },
        },
      ]);
      return note;
    });
  }

  /** Regional notes for all; notes tied to a customer only where the customer is visible. */
  /** One note: what an idempotent repeat of recordCompetitorIntelligence answers with. */
  findById(id: string): Promise<CompetitorIntelligenceEntity | null> {
    return this.dataSource.getRepository(CompetitorIntelligenceEntity).findOneBy({ id });
  }

  async list(
    viewer: Viewer,
    filter: { competitor?: string | null; topic?: IntelligenceTopic | null; region?: string | null; customerId?: string | null },
    page: PageRequest,
  ): Promise<[CompetitorIntelligenceEntity[], number]> {
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
    const after = page.after === undefined ? undefined : splitCompositeKey(page.after);
    const order = { column: 'note.recorded_at', idColumn: 'note.id', direction: 'DESC' } as const;
    return [await keysetPage(query, order, after && { value: new Date(after.value), id: after.id }, page.first + 1).getMany(), total];
  }
}
