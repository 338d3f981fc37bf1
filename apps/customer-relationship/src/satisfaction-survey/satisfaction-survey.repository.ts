import { DataSource, EntityManager, In } from 'typeorm';
import { SatisfactionSurveyEntity } from './satisfaction-survey.entity';

export class SatisfactionSurveyRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, survey: SatisfactionSurveyEntity): Promise<unknown> {
    return manager.insert(SatisfactionSurveyEntity, survey);
  }

  findById(id: string): Promise<SatisfactionSurveyEntity | null> {
    return this.dataSource.getRepository(SatisfactionSurveyEntity).findOneBy({ id });
  }

  /** Surveys of several customers, newest first: one query for a page. */
  surveysOf(customerIds: readonly string[]): Promise<SatisfactionSurveyEntity[]> {
    return this.dataSource
      .getRepository(SatisfactionSurveyEntity)
      .find({ where: { customerId: In([...customerIds]) }, order: { surveyedAt: 'DESC', id: 'ASC' } });
  }
}
