import { byIdLoader, defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { KpiService } from '../kpi/kpi.service';
import { BadHabitCheckEntity, EvaluationCycleEntity, EvaluationTemplateEntity, QualitativeScoreEntity, ScorecardEntity } from './evaluation.entity';
import evaluationSdl from './evaluation.graphql';
import { EvaluationRepository } from './evaluation.repository';
import { evaluationResolvers } from './evaluation.resolvers';
import { EvaluationService } from './evaluation.service';

/** Templates, cycles, the manager's ratings and the explainable scorecard (docs/domain.md#scorecards). */
export const evaluationFeature = defineFeature({
  name: 'evaluation',
  typeDefs: [evaluationSdl],
  resolvers: evaluationResolvers,
  entities: [EvaluationTemplateEntity, EvaluationCycleEntity, QualitativeScoreEntity, BadHabitCheckEntity, ScorecardEntity],
  services: ({ dataSource, services }: ServiceDeps<{ kpi: KpiService }>) => ({ evaluation: new EvaluationService(dataSource, services.kpi) }),
  loaders: ({ dataSource, services }: LoaderDeps<{ evaluation: EvaluationService }>) => ({
    /** Reps' ratings in one cycle: one fetch per cycle (its id). */
    ratings: groupedLoader<string, QualitativeScoreEntity[]>(
      (cycleId) => cycleId,
      async (cycleId, repIds) => {
        const found = await services.evaluation.ratingsOf(cycleId, repIds);
        return new Map(repIds.map((id) => [id, found.filter((rating) => rating.repId === id)]));
      },
    ),
    evaluationTemplate: byIdLoader((ids) => new EvaluationRepository(dataSource).templatesByIds(ids)),
  }),
});
