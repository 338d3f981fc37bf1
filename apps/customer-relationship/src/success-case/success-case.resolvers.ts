import { idempotent } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { successCaseList } from './success-case.repository';

export const successCaseResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    successCases: async (_parent, args, { services }) => {
      const page = successCaseList.page(args);
      const [rows, total] = await services.successCases.list(args.search, args.repId, page);
      return successCaseList.connection(rows, page, total);
    },
    repsWithoutRecentSuccessCase: async (_parent, { teamId }, { viewer, services }) =>
      (await services.successCases.repsWithoutRecent(viewer, teamId)).map((id) => ({ __typename: 'SalesRep' as const, id })),
  },
  Mutation: {
    submitSuccessCase: (_parent, { input }, context) =>
      idempotent(
        context,
        'submitSuccessCase',
        input,
        () => context.services.successCases.submit(context.viewer, input),
        (id) => context.services.successCases.findById(id),
      ),
  },
  SuccessCase: {
    rep: (successCase) => ({ __typename: 'SalesRep', id: successCase.repId }),
  },
};
