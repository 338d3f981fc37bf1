import { mergeResolvers, SubgraphDefinition } from '@salesgraph/subgraph-kit';
import { headedBranch } from './rep-directory/branch-heads';
import { createLoaders, createServices } from './context';
import { competitorIntelligenceResolvers } from './competitor-intelligence/competitor-intelligence.resolvers';
import { complaintResolvers } from './complaint/complaint.resolvers';
import { contactResolvers } from './contact/contact.resolvers';
import { satisfactionSurveyResolvers } from './satisfaction-survey/satisfaction-survey.resolvers';
import { successCaseResolvers } from './success-case/success-case.resolvers';
import { customerAssignmentResolvers } from './customer-assignment/customer-assignment.resolvers';
import { customerResolvers } from './customer/customer.resolvers';
import { customerRelationshipDatabase } from './database';
import { keyAccountFundResolvers } from './key-account-fund/key-account-fund.resolvers';
import { lifecycleResolvers } from './lifecycle/lifecycle.resolvers';
import { opportunityResolvers } from './opportunity/opportunity.resolvers';
import { orderResolvers } from './order/order.resolvers';
import { receivableResolvers } from './receivable/receivable.resolvers';
import { qualityProfileResolvers } from './quality-profile/quality-profile.resolvers';
import { repDirectoryConsumer } from './rep-directory/rep-directory.consumer';
import { settingsFrom } from './settings';
import { typeDefs } from './schema';
import { visitPolicyResolvers } from './visit-policy/visit-policy.resolvers';
import { visitResolvers } from './visit/visit.resolvers';

export const customerRelationshipSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>> = {
  name: 'customer-relationship',
  defaultPort: 4001,
  typeDefs,
  resolvers: mergeResolvers(
    customerResolvers,
    customerAssignmentResolvers,
    contactResolvers,
    keyAccountFundResolvers,
    qualityProfileResolvers,
    visitPolicyResolvers,
    visitResolvers,
    opportunityResolvers,
    orderResolvers,
    receivableResolvers,
    complaintResolvers,
    satisfactionSurveyResolvers,
    competitorIntelligenceResolvers,
    successCaseResolvers,
    lifecycleResolvers,
  ),
  database: customerRelationshipDatabase,
  createServices: (dataSource) => createServices(dataSource),
  createLoaders,
  headedBranch,
  producesFeed: true,
  consumers: (deps) => [repDirectoryConsumer(deps)],
  // The customer lifecycle (lifecycle/): every process runs it, at start and then every CUSTOMER_LIFECYCLE_INTERVAL_MINUTES; it is idempotent and decides each customer under its lock.
  periodicJobs: ({ services, env }) => [
    { name: 'customer lifecycle', intervalMs: settingsFrom(env).customerLifecycleIntervalMinutes * 60_000, run: () => services.lifecycle.run() },
  ],
};
