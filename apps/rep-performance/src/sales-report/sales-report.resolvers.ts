import { compositeKey, pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

const CURSOR_TYPE = 'SalesReport';

export const salesReportResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    salesReports: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.salesReports.page(viewer, page, args.filter ?? {});
      return toConnection(rows, page, total, CURSOR_TYPE, (report) => compositeKey(report.dueAt, report.id));
    },
  },
  Mutation: {
    submitSalesReport: (_parent, { input }, { viewer, services }) => services.salesReports.submit(viewer, input),
  },
  SalesReport: {
    rep: async (report, _args, { loaders }) => {
      const rep = await loaders.salesRep.load(report.repId);
      if (!rep) throw new Error(`rep ${report.repId} not found`);
      return rep;
    },
    onTime: (report) => Boolean(report.onTime),
    forecast: (report) => report.forecastMinor,
  },
};
