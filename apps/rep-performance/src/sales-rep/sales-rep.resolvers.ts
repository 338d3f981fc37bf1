import { Resolvers } from '../generated/resolvers.generated';
import { pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { RepPerformanceContext } from '../context';
import { SalesRepEntity } from './sales-rep.entity';

const CURSOR_TYPE = 'SalesRep';

export const salesRepResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    salesRep: (_parent, { id }, { loaders }) => loaders.salesRep.load(id),
    salesReps: async (_parent, args, { services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.organisation.salesRepPage(page);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => row.id);
    },
  },
  Mutation: {
    registerSalesRep: (_parent, { input }, { viewer, services }) => services.organisation.registerSalesRep(viewer, input),
    setDiscountAuthority: (_parent, { input }, { viewer, services }) => services.organisation.setDiscountAuthority(viewer, input),
  },
  SalesRep: {
    __resolveReference: (reference, { loaders }) => loaders.salesRep.load(reference.id),
    discountAuthorityPercent: (rep) => (rep as SalesRepEntity).discountAuthorityBp / 100,
    team: async (rep, _args, { loaders }) => {
      const team = await loaders.team.load((rep as SalesRepEntity).teamId);
      if (!team) throw new Error(`team of rep ${rep.id} not found`);
      return team;
    },
  },
};
