import { idempotent } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const satisfactionSurveyResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    recordSatisfactionSurvey: (_parent, { input }, context) =>
      idempotent(
        context,
        'recordSatisfactionSurvey',
        input,
        () => context.services.surveys.record(context.viewer, input),
        (id) => context.services.surveys.findById(id),
      ),
  },
  Customer: {
    satisfaction: async (customer, _args, { loaders }) => {
      const surveys = await loaders.surveys.load(customer.id);
      const averageScore = surveys.length ? Math.round((surveys.reduce((sum, survey) => sum + survey.score, 0) / surveys.length) * 100) / 100 : null;
      return { averageScore, surveyCount: surveys.length, latest: surveys[0] ?? null };
    },
  },
};
