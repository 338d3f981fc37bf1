import { CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const customerAssignmentResolvers: Resolvers<CustomerRelationshipContext> = {
  Mutation: {
    reassignCustomer: (_parent, { input }, { viewer, services }) => services.assignments.reassign(viewer, input),
  },
  Customer: {
    assignmentHistory: (customer, _args, { loaders }) => loaders.assignmentHistory.load(customer.id),
  },
  CustomerAssignment: {
    from: (assignment) => ({ __typename: 'SalesRep', id: assignment.fromRepId }),
    to: (assignment) => ({ __typename: 'SalesRep', id: assignment.toRepId }),
  },
};
