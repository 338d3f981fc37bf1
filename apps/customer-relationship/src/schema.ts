import competitorIntelligenceSdl from './competitor-intelligence/competitor-intelligence.graphql';
import complaintSdl from './complaint/complaint.graphql';
import satisfactionSurveySdl from './satisfaction-survey/satisfaction-survey.graphql';
import successCaseSdl from './success-case/success-case.graphql';
import contactSdl from './contact/contact.graphql';
import customerAssignmentSdl from './customer-assignment/customer-assignment.graphql';
import customerSdl from './customer/customer.graphql';
import keyAccountFundSdl from './key-account-fund/key-account-fund.graphql';
import lifecycleSdl from './lifecycle/lifecycle.graphql';
import opportunitySdl from './opportunity/opportunity.graphql';
import orderSdl from './order/order.graphql';
import receivableSdl from './receivable/receivable.graphql';
import qualityProfileSdl from './quality-profile/quality-profile.graphql';
import visitPolicySdl from './visit-policy/visit-policy.graphql';
import rootSdl from './root.graphql';
import visitSdl from './visit/visit.graphql';

/** Every SDL file of this subgraph; the compose tool and a contract test check none is missing. */
export const typeDefs = [
  rootSdl,
  customerSdl,
  customerAssignmentSdl,
  contactSdl,
  keyAccountFundSdl,
  qualityProfileSdl,
  visitPolicySdl,
  visitSdl,
  opportunitySdl,
  orderSdl,
  receivableSdl,
  complaintSdl,
  satisfactionSurveySdl,
  competitorIntelligenceSdl,
  successCaseSdl,
  lifecycleSdl,
];
