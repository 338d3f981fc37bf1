import { compositeKey, idempotent, pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { creditedRecordCustomer, CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

const CURSOR_TYPE = 'Complaint';

export const complaintResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    complaints: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.complaints.list(viewer, args.filter ?? {}, page);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => compositeKey(new Date(row.openedAt), row.id));
    },
  },
  Mutation: {
    openComplaint: (_parent, { input }, context) =>
      idempotent(
        context,
        'openComplaint',
        input,
        () => context.services.complaints.open(context.viewer, input),
        (id) => context.loaders.complaint.load(id),
      ),
    resolveComplaint: (_parent, { input }, { viewer, services }) => services.complaints.resolve(viewer, input),
  },
  Customer: {
    openComplaints: (customer, _args, { loaders }) => loaders.openComplaints.load(customer.id),
  },
  Complaint: {
    __resolveReference: async (reference, { loaders }) => loaders.complaint.load(reference.id),
    customer: (complaint, _args, { loaders }) => creditedRecordCustomer(loaders, complaint),
    rep: (complaint) => ({ __typename: 'SalesRep', id: complaint.repId }),
    handlingHours: (complaint) => {
      const end = complaint.resolvedAt ? new Date(complaint.resolvedAt) : new Date();
      return Math.round(((end.getTime() - new Date(complaint.openedAt).getTime()) / 3_600_000) * 10) / 10;
    },
  },
};
