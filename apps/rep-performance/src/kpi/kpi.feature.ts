import { OwnerKind, Period } from '@salesgraph/domain';
import { defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import kpiSdl from './kpi.graphql';
import { kpiResolvers } from './kpi.resolvers';
import { KpiReport, KpiService } from './kpi.service';

/** The KPIs an owner's kind shares with the rest of its batch: one report per owner of that kind over that period. */
export interface KpiGroup {
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
    kpiReport: groupedLoader<KpiGroup, KpiReport>(
      (group) => `${group.kind} ${group.period.label}`,
      (group, ids) => services.kpi.reports(group.kind, ids, group.period),
    ),
  }),
});
