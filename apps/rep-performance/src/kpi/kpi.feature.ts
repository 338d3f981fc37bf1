import { OwnerKind, Period } from '@salesgraph/domain';
import { defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import kpiSdl from './kpi.graphql';
import { kpiResolvers } from './kpi.resolvers';
import { KpiReport, KpiService } from './kpi.service';

/** What the owners of one batch of KPI reports share: their kind and the period. */
export interface KpiReportGroup {
  readonly kind: OwnerKind;
  readonly period: Period;
}

/** Every KPI of docs/domain.md#kpis for reps, teams, branches and the company. */
export const kpiFeature = defineFeature({
  name: 'kpi',
  typeDefs: [kpiSdl],
  resolvers: kpiResolvers,
  services: ({ dataSource }: ServiceDeps) => ({ kpi: new KpiService(dataSource) }),
  loaders: ({ services }: LoaderDeps<{ kpi: KpiService }>) => ({
    /** KPI reports of owners of one kind over one period: one round of queries per kind and period. */
    kpiReport: groupedLoader<KpiReportGroup, KpiReport>(
      (group) => `${group.kind} ${group.period.label}`,
      (group, ids) => services.kpi.reports(group.kind, ids, group.period),
    ),
  }),
});
