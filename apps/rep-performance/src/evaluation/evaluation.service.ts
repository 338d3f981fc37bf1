import { randomUUID } from 'node:crypto';
import { canManageOrganisation, canWrite, Viewer } from '@salesgraph/auth';
import { dayKey, latestPeriodFirst, maxScoreOf, normalise, Normalisation, parsePeriod, scoreLines, weightsComplete } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, ListPage, optionalText, percentBasisPoints, requiredText, saveVersioned, wholeNumber } from '@salesgraph/subgraph-kit';
import { Database, lockRow, transact } from '@salesgraph/persistence';
import { assertManagerOf, teamBranchesIn } from '../access';
import { KPI_KEYS, KpiKey, KpiReport, KpiService, shownKpiNumber } from '../kpi/kpi.service';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { BadHabitCheckEntity, Criterion, EvaluationCycleEntity, EvaluationTemplateEntity, FrozenLine, QualitativeScoreEntity } from './evaluation.entity';
import { EvaluationRepository, ScorecardRep } from './evaluation.repository';
import {
  CheckBadHabitsInput,
  CloseEvaluationCycleInput,
  CreateEvaluationTemplateInput,
  EvaluationCriterionInput,
  OpenEvaluationCycleInput,
  RateSalesRepInput,
} from '../generated/resolvers.generated';

const CRITERION_KEY = /^[a-z][a-z0-9_]{0,49}$/;
/** KPIs with a target metric: the ones an ATTAINMENT criterion can use. */
const WITH_TARGET: readonly KpiKey[] = ['REVENUE', 'UNITS', 'GROSS_PROFIT', 'NEW_CUSTOMERS', 'COLLECTED', 'VISITS', 'MARKET_SHARE'];

/** A scorecard as shown: frozen if the cycle is closed, live otherwise. */
export interface Scorecard {
  cycle: EvaluationCycleEntity;
  repId: string;
  lines: FrozenLine[];
  /** Null while a qualitative criterion is not assessed (libs/domain scoreLines). */
  total: number | null;
  /** The highest total the lines allow: 100 unless ATTAINMENT criteria reward over-achievement. */
  maxTotal: number;
  /** Keys of the qualitative criteria nobody assessed yet. */
  unassessed: string[];
  badHabits: string[];
  frozen: boolean;
}

/** A frozen card's figures from its lines; cards frozen before lines said their highest score count 100, or more if they scored more. */
function frozenFigures(lines: readonly FrozenLine[], totalHundredths: number): Pick<Scorecard, 'total' | 'maxTotal' | 'unassessed'> {
  const unassessed = lines.filter((line) => line.pending).map((line) => line.key);
  const maxTotal =
    lines.reduce((sum, line) => sum + Math.round(((line.maxScore ?? Math.max(100, line.score ?? 0)) * 100 * line.effectiveWeightBp) / 10_000), 0) / 100;
  return { total: unassessed.length ? null : totalHundredths / 100, maxTotal, unassessed };
}

/** Templates, cycles, the manager's ratings and the explainable scorecard (docs/domain.md#scorecards). */
export class EvaluationService {
  private readonly evaluations: EvaluationRepository;
  private readonly reps: SalesRepRepository;

  constructor(
    private readonly database: Database,
    private readonly kpis: KpiService,
  ) {
    this.evaluations = new EvaluationRepository(database);
    this.reps = new SalesRepRepository(database);
  }

  async createTemplate(viewer: Viewer, input: CreateEvaluationTemplateInput, now = new Date()): Promise<EvaluationTemplateEntity> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins define evaluation templates');
    const name = requiredText(input.name, 'input.name', 100);
    if (await this.evaluations.templateNamed(name)) throw badUserInput('input.name', `a template named "${name}" already exists`);
    if (!input.criteria.length) throw badUserInput('input.criteria', 'a template needs at least one criterion');
    const keys = new Set<string>();
    const criteria = input.criteria.map((criterion, index) => {
      const at = `input.criteria.${index}`;
      if (!CRITERION_KEY.test(criterion.key)) throw badUserInput(`${at}.key`, 'key is lower-case letters, digits and _ (1–50), starting with a letter');
      if (keys.has(criterion.key)) throw badUserInput(`${at}.key`, `key ${criterion.key} is used twice`);
      keys.add(criterion.key);
      const weightBp = percentBasisPoints(criterion.weightPercent, `${at}.weightPercent`, { aboveMin: true });
      return {
        key: criterion.key,
        name: requiredText(criterion.name, `${at}.name`, 100),
        group: criterion.group,
        source: this.source(criterion, at),
        weightBp,
        normalisation: this.normalisation(criterion, at),
      } satisfies Criterion;
    });
    if (!weightsComplete(criteria.map((criterion) => criterion.weightBp))) {
      throw badUserInput(
        'input.criteria',
        `weights must sum to 100 %, these sum to ${criteria.reduce((sum, criterion) => sum + criterion.weightBp, 0) / 100} %`,
      );
    }
    const template = Object.assign(new EvaluationTemplateEntity(), { id: randomUUID(), name, criteria, createdBy: viewer.subject, createdAt: now });
    await this.evaluations.insertTemplate(template);
    return template;
  }

  async openCycle(viewer: Viewer, input: OpenEvaluationCycleInput, now = new Date()): Promise<EvaluationCycleEntity> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins open evaluation cycles');
    if (!(await this.evaluations.templateExists(input.templateId))) throw badUserInput('input.templateId', `no template ${input.templateId}`);
    const period = input.period;
    if (period.kind === 'DAY') throw badUserInput('input.period', 'an evaluation covers a week, month, quarter or year');
    const cycle = Object.assign(new EvaluationCycleEntity(), {
      id: randomUUID(),
      templateId: input.templateId,
      name: requiredText(input.name, 'input.name', 100),
      period: period.label,
      status: 'OPEN',
      createdAt: now,
      closedAt: null,
      version: 1,
    });
    // One open cycle per template and period, or a rep would have two live scorecards for the same thing. Decided under
    // the template's row lock, taken before anything is read, so openers of one template take turns on every replica;
    // the queue only spares this process's connections while they wait.
    return transact(
      this.database,
      async (manager) => {
        await lockRow(manager, EvaluationTemplateEntity, input.templateId);
        if (await this.evaluations.hasOpenCycle(manager, input.templateId, period.label)) {
          throw badUserInput('input.period', `an open cycle of this template for ${period.label} already exists: close it, or rate in it`);
        }
        await this.evaluations.insertCycle(manager, cycle);
        return cycle;
      },
      { queueOn: `evaluation-cycle:${input.templateId}:${period.label}` },
    );
  }

  /** Every cycle, latest period first by the calendar (2026-12, 2026-Q4, 2026-11), then the latest opened. */
  async cycles(): Promise<EvaluationCycleEntity[]> {
    const cycles = await this.evaluations.allCycles();
    return cycles
      .map((cycle) => ({ cycle, period: parsePeriod(cycle.period) }))
      .sort((a, b) => latestPeriodFirst(a.period, b.period))
      .map(({ cycle }) => cycle);
  }

  async rate(viewer: Viewer, input: RateSalesRepInput, now = new Date()): Promise<QualitativeScoreEntity> {
    const { cycle, template, rep } = await this.openCycleForRep(viewer, input.cycleId, input.repId, 'rate reps');
    const criterion = template.criteria.find((candidate) => candidate.key === input.criterionKey);
    if (!criterion || criterion.source.kind !== 'RATING') {
      const rated = template.criteria.filter((candidate) => candidate.source.kind === 'RATING').map((candidate) => candidate.key);
      throw badUserInput('input.criterionKey', `${input.criterionKey} is not a rated criterion of this template (rated: ${rated.join(', ') || 'none'})`);
    }
    wholeNumber(input.score, 'input.score', 1, 5);
    const score = Object.assign(new QualitativeScoreEntity(), {
      id: randomUUID(),
      cycleId: cycle.id,
      repId: rep.id,
      criterionKey: criterion.key,
      score: input.score,
      comment: requiredText(input.comment, 'input.comment', 1000),
      source: input.source,
      scoredBy: viewer.subject,
      scoredAt: now,
    });
    return transact(this.database, async (manager) => {
      await this.evaluations.insertRating(manager, score);
      await appendToOutbox(manager, [
        {
          type: 'QualitativeScoreRecorded',
          aggregateId: score.id,
          payload: { scoreId: score.id, cycleId: cycle.id, repId: rep.id, criterionKey: criterion.key, score: score.score, source: score.source },
        },
      ]);
      return score;
    });
  }

  /** Replaces the checklist of habits observed in a rep this cycle. */
  async checkBadHabits(viewer: Viewer, input: CheckBadHabitsInput, now = new Date()): Promise<BadHabitCheckEntity> {
    const { cycle, rep } = await this.openCycleForRep(viewer, input.cycleId, input.repId, 'note bad habits');
    const check = Object.assign(new BadHabitCheckEntity(), {
      cycleId: cycle.id,
      repId: rep.id,
      habits: [...new Set(input.habits)].sort(),
      comment: optionalText(input.comment, 'input.comment', 1000) ?? null,
      notedBy: viewer.subject,
      notedAt: now,
    });
    await this.evaluations.upsertBadHabits(check);
    return check;
  }

  /** Freezes every active rep's scorecard: later facts, ratings and targets leave them as they are. */
  async closeCycle(viewer: Viewer, input: CloseEvaluationCycleInput, now = new Date()): Promise<EvaluationCycleEntity> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins close evaluation cycles');
    const cycle = await this.evaluations.cycle(input.cycleId);
    if (!cycle) throw badUserInput('input.cycleId', `no evaluation cycle ${input.cycleId}`);
    if (cycle.status === 'CLOSED') throw badUserInput('input.cycleId', 'the cycle is already closed');
    // As with incentive statements: facts of a period that has not ended are still coming in.
    const { lastDay } = parsePeriod(cycle.period);
    if (lastDay >= dayKey(now)) throw badUserInput('input.cycleId', `${cycle.period} has not ended yet (its last day is ${lastDay}): close the cycle after it`);
    const reps = await this.reps.workingIds();
    const cards = await this.liveScorecards(
      cycle,
      reps.map((rep) => rep.id),
      now,
    );
    await saveVersioned(
      this.database,
      EvaluationCycleEntity,
      'evaluation cycle',
      cycle,
      input.version,
      { status: 'CLOSED', closedAt: now },
      async (manager) => {
        if (cards.length) {
          await this.evaluations.insertFrozenCards(
            manager,
            // An incomplete card keeps what was scored so far; it shows no total (frozenFigures).
            cards.map((card) => ({
              cycleId: cycle.id,
              repId: card.repId,
              totalHundredths: Math.round(card.lines.reduce((sum, line) => sum + line.contribution, 0) * 100),
              lines: card.lines,
              badHabits: card.badHabits,
              frozenAt: now,
            })),
          );
        }
        await appendToOutbox(manager, [
          {
            type: 'EvaluationCycleClosed',
            aggregateId: cycle.id,
            // Only complete scorecards have a total to announce.
            payload: {
              cycleId: cycle.id,
              period: cycle.period,
              totals: cards.flatMap((card) => (card.total === null ? [] : [{ repId: card.repId, totalHundredths: Math.round(card.total * 100) }])),
            },
          },
        ]);
      },
    );
    return Object.assign(new EvaluationCycleEntity(), { ...cycle, status: 'CLOSED', closedAt: now, version: cycle.version + 1 });
  }

  /** Scorecards of reps in a cycle, frozen where the cycle is closed, computed otherwise; in the order asked. */
  async scorecards(cycle: EvaluationCycleEntity, repIds: readonly string[], now = new Date()): Promise<Scorecard[]> {
    if (cycle.status === 'OPEN') return this.liveScorecards(cycle, repIds, now);
    const frozen = await this.evaluations.frozenCards(cycle.id, repIds);
    const byRep = new Map(frozen.map((card) => [card.repId, card]));
    return repIds.flatMap((repId) => {
      const card = byRep.get(repId);
      return card ? [{ cycle, repId, lines: card.lines, ...frozenFigures(card.lines, card.totalHundredths), badHabits: card.badHabits, frozen: true }] : [];
    });
  }

  allTemplates(): Promise<EvaluationTemplateEntity[]> {
    return this.evaluations.allTemplates();
  }

  findCycle(id: string): Promise<EvaluationCycleEntity | null> {
    return this.evaluations.cycle(id);
  }

  /** One page of the cycle's scorecards the viewer may see, and how many there are on all pages. */
  async scorecardPage(
    viewer: Viewer,
    cycle: EvaluationCycleEntity,
    page: ListPage<'rep'>,
  ): Promise<{ reps: ScorecardRep[]; cards: Scorecard[]; total: number }> {
    const [reps, total] = await this.evaluations.scorecardReps(viewer, cycle, page);
    const cards = await this.scorecards(
      cycle,
      reps.map((rep) => rep.id),
    );
    return { reps, cards, total };
  }

  ratingsOf(cycleId: string, repIds: readonly string[]): Promise<QualitativeScoreEntity[]> {
    return this.evaluations.ratingsOf(cycleId, repIds);
  }

  private async liveScorecards(cycle: EvaluationCycleEntity, repIds: readonly string[], now: Date): Promise<Scorecard[]> {
    if (!repIds.length) return [];
    const template = await this.evaluations.template(cycle.templateId);
    const [reports, ratings, habits] = await Promise.all([
      this.kpis.reports('REP', repIds, parsePeriod(cycle.period), now),
      this.ratingsOf(cycle.id, repIds),
      this.evaluations.badHabitsOf(cycle.id, repIds),
    ]);
    return repIds.map((repId) => {
      const report = reports.get(repId) as KpiReport;
      // No checklist filled this cycle is "not assessed", not "none observed".
      const observed = habits.find((check) => check.repId === repId)?.habits ?? null;
      const raw = template.criteria.map((criterion) =>
        this.rawValue(
          criterion,
          report,
          ratings.filter((rating) => rating.repId === repId),
          observed,
        ),
      );
      const scored = template.criteria.map((criterion, index) => ({
        weightBp: criterion.weightBp,
        score: normalise(criterion.normalisation, raw[index].raw),
        qualitative: criterion.source.kind === 'RATING' || criterion.source.kind === 'BAD_HABITS',
        maxScore: maxScoreOf(criterion.normalisation),
      }));
      const { lines, total, maxTotal } = scoreLines(scored);
      return {
        cycle,
        repId,
        total,
        maxTotal,
        unassessed: template.criteria.filter((_criterion, index) => lines[index].pending).map((criterion) => criterion.key),
        badHabits: observed ?? [],
        frozen: false,
        lines: template.criteria.map((criterion, index) => ({
          key: criterion.key,
          name: criterion.name,
          group: criterion.group,
          raw: raw[index].raw,
          target: raw[index].target,
          score: scored[index].score,
          weightBp: criterion.weightBp,
          effectiveWeightBp: lines[index].effectiveWeightBp,
          contribution: lines[index].contribution,
          evidence: raw[index].evidence,
          pending: lines[index].pending,
          maxScore: scored[index].maxScore,
        })),
      };
    });
  }

  /** A criterion's raw value, its target if it has one, and the evidence behind it. */
  private rawValue(
    criterion: Criterion,
    report: KpiReport,
    ratings: QualitativeScoreEntity[],
    habits: string[] | null,
  ): { raw: number | null; target: number | null; evidence: string[] } {
    const source = criterion.source;
    switch (source.kind) {
      case 'KPI':
      case 'ATTAINMENT': {
        const kpi = report.kpis.find((candidate) => candidate.key === source.kpi);
        if (!kpi) return { raw: null, target: null, evidence: [] };
        const value = shownKpiNumber(kpi.unit, kpi.value);
        const target = shownKpiNumber(kpi.unit, kpi.target);
        const evidence = [
          `${kpi.name} ${report.period.label}: ${value ?? 'not measurable'} (${kpi.formula})`,
          ...kpi.facts.map((fact) => `${fact.name}: ${shownKpiNumber(fact.unit, fact.value)}`),
        ];
        if (source.kind === 'KPI') return { raw: value, target, evidence };
        return { raw: kpi.attainment, target, evidence: [...evidence, target === null ? 'no target set for the period' : `target: ${target}`] };
      }
      case 'RATING': {
        const mine = ratings.filter((rating) => rating.criterionKey === criterion.key);
        const mean = mine.length ? Math.round((mine.reduce((sum, rating) => sum + rating.score, 0) / mine.length) * 100) / 100 : null;
        if (mean === null) return { raw: null, target: null, evidence: ['not assessed: no rating this cycle'] };
        return {
          raw: mean,
          target: null,
          evidence: mine.map(
            (rating) =>
              `${rating.score}/5 from ${rating.source.toLowerCase().replace(/_/g, ' ')} by ${rating.scoredBy} on ${rating.scoredAt.toISOString().slice(0, 10)}: ${rating.comment}`,
          ),
        };
      }
      case 'BAD_HABITS':
        if (habits === null) return { raw: null, target: null, evidence: ['not assessed: the checklist was not filled this cycle'] };
        return {
          raw: habits.length,
          target: null,
          evidence: habits.length ? habits.map((habit) => habit.toLowerCase().replace(/_/g, ' ')) : ['none observed'],
        };
    }
  }

  private async openCycleForRep(viewer: Viewer, cycleId: string, repId: string, action: string) {
    if (!canWrite(viewer)) throw forbidden(`Analysts may not ${action}`);
    const cycle = await this.evaluations.cycle(cycleId);
    if (!cycle) throw badUserInput('input.cycleId', `no evaluation cycle ${cycleId}`);
    if (cycle.status !== 'OPEN') throw badUserInput('input.cycleId', 'the cycle is closed: its scorecards are frozen');
    const rep = await this.reps.findOne(repId);
    if (!rep) throw badUserInput('input.repId', `no rep ${repId}`);
    await assertManagerOf(viewer, teamBranchesIn(this.database), rep, action);
    const template = await this.evaluations.template(cycle.templateId);
    return { cycle, template, rep };
  }

  private source(criterion: EvaluationCriterionInput, at: string): Criterion['source'] {
    if (criterion.source === 'RATING' || criterion.source === 'BAD_HABITS') {
      if (criterion.kpi) throw badUserInput(`${at}.kpi`, `a ${criterion.source.toLowerCase()} criterion takes no KPI`);
      return { kind: criterion.source };
    }
    if (!criterion.kpi || !(KPI_KEYS as readonly string[]).includes(criterion.kpi)) throw badUserInput(`${at}.kpi`, 'name the KPI the criterion measures');
    if (criterion.source === 'ATTAINMENT' && !WITH_TARGET.includes(criterion.kpi))
      throw badUserInput(`${at}.kpi`, `${criterion.kpi} has no target to attain: use one of ${WITH_TARGET.join(', ')}`);
    return { kind: criterion.source, kpi: criterion.kpi };
  }

  private normalisation(criterion: EvaluationCriterionInput, at: string): Normalisation {
    const expected = { KPI: 'RANGE', ATTAINMENT: 'ATTAINMENT', RATING: 'RATING', BAD_HABITS: 'BAD_HABITS' }[criterion.source];
    if (criterion.normalisation !== expected) throw badUserInput(`${at}.normalisation`, `a ${criterion.source} criterion is normalised by ${expected}`);
    switch (criterion.normalisation) {
      case 'ATTAINMENT': {
        const capPercent = criterion.capPercent ?? 120;
        if (!(capPercent >= 100 && capPercent <= 200)) throw badUserInput(`${at}.capPercent`, 'capPercent is 100–200');
        return { kind: 'ATTAINMENT', capPercent };
      }
      case 'RANGE':
        if (criterion.worst == null || criterion.best == null || criterion.worst === criterion.best)
          throw badUserInput(`${at}.best`, 'give the raw values worth 0 (worst) and 100 (best); they must differ');
        return { kind: 'RANGE', worst: criterion.worst, best: criterion.best };
      case 'RATING':
        return { kind: 'RATING' };
      case 'BAD_HABITS': {
        const pointsPerHabit = criterion.pointsPerHabit ?? 20;
        if (!(pointsPerHabit > 0 && pointsPerHabit <= 100)) throw badUserInput(`${at}.pointsPerHabit`, 'pointsPerHabit is over 0 and at most 100');
        return { kind: 'BAD_HABITS', pointsPerHabit };
      }
    }
  }
}
