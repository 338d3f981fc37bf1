import { compositeKey, idempotent, pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

const CURSOR_TYPE = 'SuccessCase';

export const successCaseResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    successCases: async (_parent, args, { services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.successCases.list(args.search, args.repId, page);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => compositeKey(new Date(row.submittedAt), row.id));
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
