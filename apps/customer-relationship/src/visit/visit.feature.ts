import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { CustomerService } from '../customer/customer.service';
import { settingsFrom } from '../settings';
import { AssessmentQuestionSetEntity, VisitAssessmentEntity, VisitContactEntity, VisitEntity, VisitReportAmendmentEntity } from './visit.entity';
import visitSdl from './visit.graphql';
import { VisitRepository } from './visit.repository';
import { visitResolvers } from './visit.resolvers';
import { VisitService } from './visit.service';

/** Visits to customers: logged, reported on, amended and assessed. */
export const visitFeature = defineFeature({
  name: 'visit',
  typeDefs: [visitSdl],
  resolvers: visitResolvers,
  entities: [VisitEntity, VisitContactEntity, VisitReportAmendmentEntity, VisitAssessmentEntity, AssessmentQuestionSetEntity],
  services: ({ dataSource, env, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    visits: new VisitService(dataSource, services.customers, settingsFrom(env).visitReportDueHours),
  }),
  loaders: ({ dataSource, viewer, services }: LoaderDeps<{ visits: VisitService }>) => {
    const visits = new VisitRepository(dataSource);
    return {
      visit: byIdLoader((ids) => visits.findVisibleByIds(viewer, ids, true)),
      lastVisit: new DataLoader<string, VisitEntity | null>(async (customerIds) => {
        const latest = new Map((await visits.latestOf(customerIds)).map((visit) => [visit.customerId, visit]));
        return customerIds.map((id) => latest.get(id) ?? null);
      }),
      contactsMet: childListLoader(
        (ids) => visits.contactsMetOn(ids),
        (row) => row.visitId,
      ),
      reportAmendments: childListLoader(
        (ids) => services.visits.amendmentsOf(ids),
        (row) => row.visitId,
      ),
      assessment: childListLoader(
        (ids) => visits.assessmentsOf(ids),
        (row) => row.visitId,
      ),
      questionSet: new DataLoader<number, AssessmentQuestionSetEntity | null>(async (versions) => {
        const found = new Map((await visits.questionSets(versions)).map((set) => [set.version, set]));
        return versions.map((version) => found.get(version) ?? null);
      }),
    };
  },
});
