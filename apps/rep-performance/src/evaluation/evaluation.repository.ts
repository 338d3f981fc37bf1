import { Viewer } from '@salesgraph/auth';
import { textSortKey, Transaction } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, In } from 'typeorm';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { performanceScope } from '../access';
import { visibleRepsOnly } from '../sales-rep/sales-rep.repository';
import { BadHabitCheckEntity, EvaluationCycleEntity, EvaluationTemplateEntity, QualitativeScoreEntity, ScorecardEntity } from './evaluation.entity';

/** The rep of a scorecard on a page. */
export type ScorecardRep = Pick<SalesRepEntity, 'id'>;

/** A cycle's scorecards, a page of reps at a time, by rep id. */
export const scorecardList = defineList<ScorecardRep, 'rep'>({
  type: 'Scorecard',
  idColumn: 'rep.id',
  keys: { rep: textSortKey('rep.id', (rep) => rep.id) },
  defaultSort: { field: 'rep', direction: 'ASC' },
});

export class EvaluationRepository {
  constructor(private readonly dataSource: DataSource) {}

  templateNamed(name: string): Promise<boolean> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).existsBy({ name });
  }

  templateExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).existsBy({ id });
  }

  insertTemplate(template: EvaluationTemplateEntity): Promise<unknown> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).insert(template);
  }

  allTemplates(): Promise<EvaluationTemplateEntity[]> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).find({ order: { name: 'ASC' } });
  }

  templatesByIds(ids: readonly string[]): Promise<EvaluationTemplateEntity[]> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).findBy({ id: In([...ids]) });
  }

  template(id: string): Promise<EvaluationTemplateEntity> {
    return this.dataSource.getRepository(EvaluationTemplateEntity).findOneByOrFail({ id });
  }

  /** Whether the template has an open cycle for the period, read in the transaction that would open one. */
  hasOpenCycle(transaction: Transaction, templateId: string, periodLabel: string): Promise<boolean> {
    return transaction.getRepository(EvaluationCycleEntity).existsBy({ templateId, period: periodLabel, status: 'OPEN' });
  }

  cycle(id: string): Promise<EvaluationCycleEntity | null> {
    return this.dataSource.getRepository(EvaluationCycleEntity).findOneBy({ id });
  }

  /** Every cycle, newest first. */
  allCycles(): Promise<EvaluationCycleEntity[]> {
    return this.dataSource.getRepository(EvaluationCycleEntity).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  upsertBadHabits(check: BadHabitCheckEntity): Promise<unknown> {
    return this.dataSource.getRepository(BadHabitCheckEntity).upsert(check, ['cycleId', 'repId']);
  }

  frozenCards(cycleId: string, repIds: readonly string[]): Promise<ScorecardEntity[]> {
    return this.dataSource.getRepository(ScorecardEntity).findBy({ cycleId, repId: In([...repIds]) });
  }

  ratingsOf(cycleId: string, repIds: readonly string[]): Promise<QualitativeScoreEntity[]> {
    return this.dataSource.getRepository(QualitativeScoreEntity).find({ where: { cycleId, repId: In([...repIds]) }, order: { scoredAt: 'ASC', id: 'ASC' } });
  }

  badHabitsOf(cycleId: string, repIds: readonly string[]): Promise<BadHabitCheckEntity[]> {
    return this.dataSource.getRepository(BadHabitCheckEntity).findBy({ cycleId, repId: In([...repIds]) });
  }

  /**
   * One page of the reps with a scorecard in the cycle that the viewer may see, and how many there are on all pages:
   * a closed cycle lists the reps it froze, an open one every rep still working.
   */
  async scorecardReps(viewer: Viewer, cycle: EvaluationCycleEntity, page: ListPage<'rep'>): Promise<[ScorecardRep[], number]> {
    const query = visibleRepsOnly(
      this.dataSource.getRepository(SalesRepEntity).createQueryBuilder('rep').select('rep.id', 'id'),
      performanceScope(viewer),
      'rep.id',
    );
    if (cycle.status === 'CLOSED') query.andWhere('rep.id IN (SELECT s.rep_id FROM scorecard s WHERE s.cycle_id = :cycle)', { cycle: cycle.id });
    else query.andWhere("rep.status <> 'LEFT'");
    const total = await query.clone().getCount();
    const reps: ScorecardRep[] = await scorecardList.fetch(query, page).getRawMany();
    return [reps, total];
  }

  insertCycle(transaction: Transaction, cycle: EvaluationCycleEntity): Promise<unknown> {
    return transaction.insert(EvaluationCycleEntity, cycle);
  }

  insertRating(transaction: Transaction, score: QualitativeScoreEntity): Promise<unknown> {
    return transaction.insert(QualitativeScoreEntity, score);
  }

  insertFrozenCards(
    transaction: Transaction,
    cards: Array<Pick<ScorecardEntity, 'cycleId' | 'repId' | 'totalHundredths' | 'lines' | 'badHabits' | 'frozenAt'>>,
  ): Promise<unknown> {
    return transaction.insert(ScorecardEntity, cards);
  }
}
