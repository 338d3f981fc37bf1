import { idempotent } from '@salesgraph/subgraph-kit';
import { creditedRecordCustomer, CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { complaintList } from './complaint.repository';

export const complaintResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    complaint: (_parent, { id }, { loaders }) => loaders.complaint.load(id),
    complaints: async (_parent, args, { viewer, services }) => {
      const page = complaintList.page(args);
      const [rows, total] = await services.complaints.list(viewer, args.filter ?? {}, page);
      return complaintList.connection(rows, page, total);
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
