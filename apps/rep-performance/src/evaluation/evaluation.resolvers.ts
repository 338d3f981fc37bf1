import { pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { canSeeOwner, teamBranchesFrom, visibleRepsOnly } from '../access';
import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { EvaluationCycleEntity, EvaluationTemplateEntity } from './evaluation.entity';

const CURSOR_TYPE = 'Scorecard';

export const evaluationResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    evaluationTemplates: (_parent, _args, { dataSource }) => dataSource.getRepository(EvaluationTemplateEntity).find({ order: { name: 'ASC' } }),
    evaluationCycles: (_parent, _args, { services }) => services.evaluation.cycles(),
    evaluationCycle: (_parent, { id }, { dataSource }) => dataSource.getRepository(EvaluationCycleEntity).findOneBy({ id }),
    scorecard: async (_parent, { cycleId, repId }, { viewer, dataSource, loaders, services }) => {
      const [cycle, rep] = await Promise.all([dataSource.getRepository(EvaluationCycleEntity).findOneBy({ id: cycleId }), loaders.salesRep.load(repId)]);
      if (!cycle || !rep || !(await canSeeOwner(viewer, teamBranchesFrom(loaders.team), 'REP', rep.id, rep.teamId))) return null;
      const [card] = await services.evaluation.scorecards(cycle, [rep.id]);
      return card ?? null;
    },
  },
  Mutation: {
    createEvaluationTemplate: (_parent, { input }, { viewer, services }) => services.evaluation.createTemplate(viewer, input),
    openEvaluationCycle: (_parent, { input }, { viewer, services }) => services.evaluation.openCycle(viewer, input),
    rateSalesRep: (_parent, { input }, { viewer, services }) => services.evaluation.rate(viewer, input),
    checkBadHabits: (_parent, { input }, { viewer, services }) => services.evaluation.checkBadHabits(viewer, input),
    closeEvaluationCycle: (_parent, { input }, { viewer, services }) => services.evaluation.closeCycle(viewer, input),
  },
  EvaluationTemplate: {
    createdAt: (template) => template.createdAt,
  },
  EvaluationCriterion: {
    source: (criterion) => criterion.source.kind,
    kpi: (criterion) => ('kpi' in criterion.source ? criterion.source.kpi : null),
    weightPercent: (criterion) => criterion.weightBp / 100,
    normalisation: (criterion) => criterion.normalisation.kind,
    capPercent: (criterion) => (criterion.normalisation.kind === 'ATTAINMENT' ? criterion.normalisation.capPercent : null),
    worst: (criterion) => (criterion.normalisation.kind === 'RANGE' ? criterion.normalisation.worst : null),
    best: (criterion) => (criterion.normalisation.kind === 'RANGE' ? criterion.normalisation.best : null),
    pointsPerHabit: (criterion) => (criterion.normalisation.kind === 'BAD_HABITS' ? criterion.normalisation.pointsPerHabit : null),
  },
  EvaluationCycle: {
    template: async (cycle, _args, { loaders }) => {
      const template = await loaders.evaluationTemplate.load(cycle.templateId);
      if (!template) throw new Error(`template ${cycle.templateId} not found`);
      return template;
    },
    /** The visible reps' scorecards, a page of reps at a time, by rep id. */
    scorecards: async (cycle, args, { viewer, dataSource, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const query = visibleRepsOnly(dataSource.getRepository(SalesRepEntity).createQueryBuilder('rep').select('rep.id', 'id'), viewer, 'rep.id');
      // A closed cycle lists the reps it froze; an open one every rep still working.
      if (cycle.status === 'CLOSED') query.andWhere('rep.id IN (SELECT s.rep_id FROM scorecard s WHERE s.cycle_id = :cycle)', { cycle: cycle.id });
      else query.andWhere("rep.status <> 'LEFT'");
      const total = await query.clone().getCount();
      if (page.after !== undefined) query.andWhere('rep.id > :after', { after: page.after });
      const reps: Array<{ id: string }> = await query
        .orderBy('rep.id', 'ASC')
        .limit(page.first + 1)
        .getRawMany();
      const cards = await services.evaluation.scorecards(
        cycle,
        reps.map((rep) => rep.id),
      );
      return toConnection(cards, page, total, CURSOR_TYPE, (card) => card.repId);
    },
  },
  Scorecard: {
    rep: async (card, _args, { loaders }) => {
      const rep = await loaders.salesRep.load(card.repId);
      if (!rep) throw new Error(`rep ${card.repId} not found`);
      return rep;
    },
    cycle: (card) => card.cycle,
    complete: (card) => card.unassessed.length === 0,
    ratings: async (card, _args, { loaders }) => (await loaders.ratings.load({ group: card.cycle.id, id: card.repId })) ?? [],
  },
  ScorecardLine: {
    weightPercent: (line) => line.weightBp / 100,
    effectiveWeightPercent: (line) => line.effectiveWeightBp / 100,
    pending: (line) => line.pending ?? false,
  },
};
