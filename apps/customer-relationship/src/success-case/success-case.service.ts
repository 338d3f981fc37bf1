import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { Database, transact } from '@salesgraph/persistence';
import { badUserInput, forbidden, ListPage, optionalText, requiredText } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { directoryScope } from '../rep-directory/directory-scope';
import { SuccessCaseEntity } from './success-case.entity';
import { SuccessCaseRepository } from './success-case.repository';
import { SubmitSuccessCaseInput } from '../generated/resolvers.generated';

/** The guide: every rep in every branch submits a success case every two months. */
export const SUCCESS_CASE_INTERVAL_MONTHS = 2;

export class SuccessCaseService {
  private readonly cases: SuccessCaseRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.cases = new SuccessCaseRepository(dataSource);
  }

  async submit(viewer: Viewer, input: SubmitSuccessCaseInput, now = new Date()): Promise<SuccessCaseEntity> {
    if (!viewer.repId) throw forbidden('Success cases are written by reps and managers');
    if (input.customerId) await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const successCase = Object.assign(new SuccessCaseEntity(), {
      id: randomUUID(),
      repId: viewer.repId,
      title: requiredText(input.title, 'input.title', 200),
      story: requiredText(input.story, 'input.story', 20_000),
      customerId: input.customerId ?? null,
      industry: optionalText(input.industry, 'input.industry', 100) ?? null,
      submittedAt: now,
    });
    return transact(this.dataSource, async (manager) => {
      await this.cases.insert(manager, successCase);
      await appendToOutbox(manager, [
        {
          type: 'SuccessCaseSubmitted',
          aggregateId: successCase.id,
          payload: { caseId: successCase.id, repId: successCase.repId, submittedAt: now.toISOString() },
        },
      ]);
      return successCase;
    });
  }

  /** One case: what an idempotent repeat of submitSuccessCase answers with. */
  findById(id: string): Promise<SuccessCaseEntity | null> {
    return this.cases.findById(id);
  }

  /** The whole library is shared: search is a case-insensitive match of every word in title, story or industry. */
  list(search: string | null | undefined, repId: string | null | undefined, page: ListPage<'SUBMITTED_AT'>): Promise<[SuccessCaseEntity[], number]> {
    const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 10) throw badUserInput('search', 'search takes at most 10 words');
    return this.cases.page(words, repId, page);
  }

  /** Reps in the viewer's scope with nothing submitted since two months ago. */
  async repsWithoutRecent(viewer: Viewer, teamId: string | null | undefined, now = new Date()): Promise<string[]> {
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - SUCCESS_CASE_INTERVAL_MONTHS);
    const scope = directoryScope(viewer);
    if (scope.kind === 'NONE') return [];
    return this.cases.repsWithoutCaseSince(scope, teamId, since);
  }
}
