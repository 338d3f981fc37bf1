import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { notInFuture, optionalText, wholeNumber } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { CustomerService } from '../customer/customer.service';
import { SatisfactionSurveyEntity } from './satisfaction-survey.entity';
import { SatisfactionSurveyRepository } from './satisfaction-survey.repository';
import { RecordSatisfactionSurveyInput } from '../generated/resolvers.generated';

export class SatisfactionSurveyService {
  private readonly surveys: SatisfactionSurveyRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.surveys = new SatisfactionSurveyRepository(dataSource);
  }

  async record(viewer: Viewer, input: RecordSatisfactionSurveyInput, now = new Date()): Promise<SatisfactionSurveyEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const surveyedAt = input.surveyedAt ?? now;
    notInFuture(surveyedAt, 'input.surveyedAt', now);
    const survey = Object.assign(new SatisfactionSurveyEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId: customer.ownerId,
      score: wholeNumber(input.score, 'input.score', 1, 5),
      comment: optionalText(input.comment, 'input.comment', 2000) ?? null,
      surveyedAt,
      recordedBy: viewer.subject,
    });
    return transact(this.dataSource, async (manager) => {
      await this.surveys.insert(manager, survey);
      await appendToOutbox(manager, [
        {
          type: 'SatisfactionSurveyRecorded',
          aggregateId: survey.id,
          payload: { surveyId: survey.id, customerId: customer.id, repId: survey.repId, score: survey.score, surveyedAt: surveyedAt.toISOString() },
        },
      ]);
      return survey;
    });
  }

  /** One survey: what an idempotent repeat of recordSatisfactionSurvey answers with. */
  findById(id: string): Promise<SatisfactionSurveyEntity | null> {
    return this.surveys.findById(id);
  }

  /** Surveys of several customers, newest first: one query for a page. */
  surveysOf(customerIds: readonly string[]): Promise<SatisfactionSurveyEntity[]> {
    return this.surveys.surveysOf(customerIds);
  }
}
