import { randomUUID } from 'node:crypto';
import { canWrite, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { Database, transact } from '@salesgraph/persistence';
import { badUserInput, forbidden, ListPage, optionalText, requiredText } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { OpportunityRepository } from '../opportunity/opportunity.repository';
import { CompetitorIntelligenceEntity } from './competitor-intelligence.entity';
import { CompetitorIntelligenceFilter, CompetitorIntelligenceRepository } from './competitor-intelligence.repository';
import { RecordCompetitorIntelligenceInput } from '../generated/resolvers.generated';

export class CompetitorIntelligenceService {
  private readonly opportunities: OpportunityRepository;
  private readonly notes: CompetitorIntelligenceRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.opportunities = new OpportunityRepository(dataSource);
    this.notes = new CompetitorIntelligenceRepository(dataSource);
  }

  async record(viewer: Viewer, input: RecordCompetitorIntelligenceInput, now = new Date()): Promise<CompetitorIntelligenceEntity> {
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
      await this.notes.insert(manager, note);
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

  /** One note: what an idempotent repeat of recordCompetitorIntelligence answers with. */
  findById(id: string): Promise<CompetitorIntelligenceEntity | null> {
    return this.notes.findById(id);
  }

  /** Regional notes for all; notes tied to a customer only where the customer is visible. */
  list(viewer: Viewer, filter: CompetitorIntelligenceFilter, page: ListPage<'RECORDED_AT'>): Promise<[CompetitorIntelligenceEntity[], number]> {
    return this.notes.page(viewer, filter, page);
  }
}
