import { defineFeature, ServiceDeps } from '@salesgraph/subgraph-kit';
import { SalesReportEntity } from './sales-report.entity';
import salesReportSdl from './sales-report.graphql';
import { salesReportResolvers } from './sales-report.resolvers';
import { SalesReportService } from './sales-report.service';

/** The reports reps owe, when they fall due and whether they came in on time. */
export const salesReportFeature = defineFeature({
  name: 'sales-report',
  typeDefs: [salesReportSdl],
  resolvers: salesReportResolvers,
  entities: [SalesReportEntity],
  services: ({ dataSource }: ServiceDeps) => ({ salesReports: new SalesReportService(dataSource) }),
});
