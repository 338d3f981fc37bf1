import rootSdl from './root.graphql';
import { composeSubgraph } from '@salesgraph/subgraph-kit';
import { competitorIntelligenceFeature } from './competitor-intelligence/competitor-intelligence.feature';
import { complaintFeature } from './complaint/complaint.feature';
import { contactFeature } from './contact/contact.feature';
import { customerAssignmentFeature } from './customer-assignment/customer-assignment.feature';
import { customerFeature } from './customer/customer.feature';
import { keyAccountFundFeature } from './key-account-fund/key-account-fund.feature';
import { lifecycleFeature } from './lifecycle/lifecycle.feature';
import { migrationsFeature } from './migrations/migrations.feature';
import { opportunityFeature } from './opportunity/opportunity.feature';
import { orderFeature } from './order/order.feature';
import { qualityProfileFeature } from './quality-profile/quality-profile.feature';
import { receivableFeature } from './receivable/receivable.feature';
import { repDirectoryFeature } from './rep-directory/rep-directory.feature';
import { satisfactionSurveyFeature } from './satisfaction-survey/satisfaction-survey.feature';
import { successCaseFeature } from './success-case/success-case.feature';
import { visitPolicyFeature } from './visit-policy/visit-policy.feature';
import { visitFeature } from './visit/visit.feature';

/** customer-relationship's features, in dependency order: one line each (docs/architecture.md#adding-a-feature). */
export const customerRelationshipFeatures = [
  migrationsFeature,
  repDirectoryFeature,
  customerFeature,
  customerAssignmentFeature,
  contactFeature,
  keyAccountFundFeature,
  qualityProfileFeature,
  visitPolicyFeature,
  visitFeature,
  opportunityFeature,
  orderFeature,
  receivableFeature,
  complaintFeature,
  satisfactionSurveyFeature,
  competitorIntelligenceFeature,
  successCaseFeature,
  lifecycleFeature,
] as const;

export const customerRelationshipSubgraph = composeSubgraph({
  name: 'customer-relationship',
  defaultPort: 4001,
  features: customerRelationshipFeatures,
  typeDefs: [rootSdl],
  producesFeed: true,
  idempotentWrites: true,
});
