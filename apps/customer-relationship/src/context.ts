import { Viewer } from '@salesgraph/auth';
import { byIdLoader, childListLoader, SubgraphContext } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CompetitorIntelligenceService } from './competitor-intelligence/competitor-intelligence.service';
import { ComplaintService } from './complaint/complaint.service';
import { SatisfactionSurveyService } from './satisfaction-survey/satisfaction-survey.service';
import { SuccessCaseService } from './success-case/success-case.service';
import { ContactRepository } from './contact/contact.repository';
import { ContactService } from './contact/contact.service';
import { CustomerAssignmentService } from './customer-assignment/customer-assignment.service';
import { CustomerEntity } from './customer/customer.entity';
import { CustomerRepository } from './customer/customer.repository';
import { CustomerService } from './customer/customer.service';
import { KeyAccountFundService } from './key-account-fund/key-account-fund.service';
import { CustomerLifecycleService } from './lifecycle/lifecycle.service';
import { OpportunityRepository } from './opportunity/opportunity.repository';
import { OpportunityService } from './opportunity/opportunity.service';
import { OrderRepository } from './order/order.repository';
import { OrderService } from './order/order.service';
import { ReceivablesSummary, ReceivableService } from './receivable/receivable.service';
import { QualityProfileService } from './quality-profile/quality-profile.service';
import { VisitPolicyEntity } from './visit-policy/visit-policy.entity';
import { VisitPolicyService } from './visit-policy/visit-policy.service';
import { CustomerRelationshipSettings, settingsFrom } from './settings';
import { AssessmentQuestionSetEntity, VisitEntity } from './visit/visit.entity';
import { VisitRepository } from './visit/visit.repository';
import { VisitService } from './visit/visit.service';

export function createServices(dataSource: DataSource, settings: CustomerRelationshipSettings = settingsFrom(process.env)) {
  const customers = new CustomerService(dataSource);
  return {
    customers,
    assignments: new CustomerAssignmentService(dataSource, customers),
    contacts: new ContactService(dataSource, customers),
    visits: new VisitService(dataSource, customers, settings.visitReportDueHours),
    opportunities: new OpportunityService(dataSource, customers),
    keyAccountFunds: new KeyAccountFundService(dataSource, customers),
    qualityProfiles: new QualityProfileService(dataSource, customers),
    visitPolicies: new VisitPolicyService(dataSource),
    orders: new OrderService(dataSource, settings.standardPaymentTermsDays),
    receivables: new ReceivableService(dataSource),
    complaints: new ComplaintService(dataSource, customers),
    surveys: new SatisfactionSurveyService(dataSource, customers),
    intelligence: new CompetitorIntelligenceService(dataSource, customers),
    successCases: new SuccessCaseService(dataSource, customers),
    lifecycle: new CustomerLifecycleService(dataSource, {
      dormantAfterDays: settings.customerDormantAfterDays,
      churnedAfterDays: settings.customerChurnedAfterDays,
    }),
  };
}

/**
 * Per request. Every loader of customers or orders applies the viewer's row
 * scope: a row the viewer may not see loads as null. Child lists are only
 * asked for customers already visible.
 */
export function createLoaders(dataSource: DataSource, viewer: Viewer, services: ReturnType<typeof createServices>) {
  const customers = new CustomerRepository(dataSource);
  const orders = new OrderRepository(dataSource);
  const contacts = new ContactRepository(dataSource);
  const visits = new VisitRepository(dataSource);
  const opportunities = new OpportunityRepository(dataSource);
  let policies: Promise<Map<string, VisitPolicyEntity>> | undefined;
  return {
    customer: byIdLoader((ids) => customers.findVisibleByIds(viewer, ids)),
    order: byIdLoader((ids) => orders.findVisibleByIds(viewer, ids, true)),
    contact: byIdLoader((ids) => contacts.findByIds(ids)),
    contacts: childListLoader(
      (ids) => contacts.findByCustomers(ids),
      (row) => row.customerId,
    ),
    contactsWithInactive: childListLoader(
      (ids) => contacts.findByCustomers(ids, true),
      (row) => row.customerId,
    ),
    visit: byIdLoader((ids) => visits.findVisibleByIds(viewer, ids, true)),
    opportunity: byIdLoader((ids) => opportunities.findVisibleByIds(viewer, ids)),
    openOpportunities: childListLoader(
      (ids) => opportunities.openOf(ids),
      (row) => row.customerId,
    ),
    stageHistory: childListLoader(
      (ids) => opportunities.historyOf(ids),
      (row) => row.opportunityId,
    ),
    opportunityChanges: childListLoader(
      (ids) => services.opportunities.changesOf(ids),
      (row) => row.opportunityId,
    ),
    orderLines: childListLoader(
      (ids) => orders.linesOf(ids),
      (row) => row.orderId,
    ),
    orderRevisions: childListLoader(
      (ids) => orders.revisionsOf(ids),
      (row) => row.orderId,
    ),
    orderInvoices: childListLoader(
      (ids) => services.receivables.invoicesOfOrders(ids),
      (row) => row.orderId,
    ),
    invoice: byIdLoader((ids) => services.receivables.findVisibleByIds(viewer, ids, true)),
    payments: childListLoader(
      (ids) => services.receivables.paymentsOf(ids),
      (row) => row.invoiceId,
    ),
    creditNotes: childListLoader(
      (ids) => services.receivables.creditNotesOf(ids),
      (row) => row.invoiceId,
    ),
    openComplaints: childListLoader(
      (ids) => services.complaints.openOf(ids),
      (row) => row.customerId,
    ),
    complaint: byIdLoader((ids) => services.complaints.findVisibleByIds(viewer, ids, true)),
    surveys: childListLoader(
      (ids) => services.surveys.surveysOf(ids),
      (row) => row.customerId,
    ),
    /** Receivables of a page of customers: open invoices and 90-day sales, one query each. */
    receivables: new DataLoader<string, ReceivablesSummary>(async (customerIds) => {
      const summaries = await services.receivables.summariesByCustomer(customerIds);
      return customerIds.map((id) => summaries.get(id) as ReceivablesSummary);
    }),
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
    assignmentHistory: childListLoader(
      (ids) => services.assignments.historyOf(ids),
      (row) => row.customerId,
    ),
    keyAccountFundEntries: childListLoader(
      (ids) => services.keyAccountFunds.entriesOf(ids),
      (row) => row.customerId,
    ),
    qualityProfile: childListLoader(
      (ids) => services.qualityProfiles.profilesOf(ids),
      (row) => row.customerId,
    ),
    /** The four class policies, read once per request. */
    visitPolicies: () => (policies ??= services.visitPolicies.list().then((rows) => new Map(rows.map((row) => [row.class, row])))),
  };
}

export type CustomerRelationshipContext = SubgraphContext<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>>;

/**
 * The customer of a record credited to a rep (an order, invoice, visit or
 * complaint), as far as the viewer may see it: null once the customer has
 * moved outside the viewer's scope, while the record itself stays visible to
 * the rep it counts for (docs/domain.md#reassignment).
 */
export function creditedRecordCustomer(loaders: CustomerRelationshipContext['loaders'], row: { customerId: string }): Promise<CustomerEntity | null> {
  return loaders.customer.load(row.customerId);
}

/**
 * The customer a visible row belongs to. Rows are visible only through their
 * customer, so a miss means the customer vanished mid-request: an error, not null.
 */
export async function parentCustomer(
  loaders: CustomerRelationshipContext['loaders'],
  row: { id: string; customerId: string },
  what: string,
): Promise<CustomerEntity> {
  const customer = await loaders.customer.load(row.customerId);
  if (!customer) throw new Error(`customer of ${what} ${row.id} not found`);
  return customer;
}
