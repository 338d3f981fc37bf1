import { forbidden } from '@salesgraph/subgraph-kit';
import { canSeeOwner, teamBranchesFrom } from '../access';
import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { scorecardList } from './evaluation.repository';

export const evaluationResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    evaluationTemplates: (_parent, _args, { services }) => services.evaluation.allTemplates(),
    evaluationCycles: (_parent, _args, { services }) => services.evaluation.cycles(),
    evaluationCycle: (_parent, { id }, { services }) => services.evaluation.findCycle(id),
    scorecard: async (_parent, { cycleId, repId }, { viewer, loaders, services }) => {
      const [cycle, rep] = await Promise.all([services.evaluation.findCycle(cycleId), loaders.salesRep.load(repId)]);
      if (!cycle || !rep) return null;
      // Refused, not absent: null with FORBIDDEN at its path (docs/architecture.md#errors).
      if (!(await canSeeOwner(viewer, teamBranchesFrom(loaders.team), 'REP', rep.id, rep.teamId)))
        throw forbidden("A rep's scorecard is for the rep, their manager, their branch's head, directors, analysts and admins");
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
    scorecards: async (cycle, args, { viewer, services }) => {
      const page = scorecardList.page(args);
      const { reps, cards, total } = await services.evaluation.scorecardPage(viewer, cycle, page);
      // A page's reps make its cursors; each edge answers with the rep's card (every listed rep has one).
      const connection = scorecardList.connection(reps, page, total);
      const byRep = new Map(cards.map((card) => [card.repId, card]));
      return {
        ...connection,
        edges: connection.edges.flatMap(({ cursor, node }) => {
          const card = byRep.get(node.id);
          return card ? [{ cursor, node: card }] : [];
        }),
      };
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
