import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { salesReportList } from './sales-report.repository';

export const salesReportResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    salesReports: async (_parent, args, { viewer, services }) => {
      const page = salesReportList.page(args);
      const [rows, total] = await services.salesReports.page(viewer, page, args.filter ?? {});
      return salesReportList.connection(rows, page, total);
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
