import { ConsumerCheckpointEntity, OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { IdempotencyKeyEntity, SubgraphDatabase } from '@salesgraph/persistence';
import { ContactEntity, ContactRoleEntity } from './contact/contact.entity';
import { CustomerAssignmentEntity } from './customer-assignment/customer-assignment.entity';
import { CustomerQualityProfileEntity } from './quality-profile/quality-profile.entity';
import { CustomerEntity } from './customer/customer.entity';
import { KeyAccountFundEntryEntity } from './key-account-fund/key-account-fund-entry.entity';
import { InitialSchema1764374400000 } from './migrations/1764374400000-initial-schema';
import { CustomerProfile1764460800000 } from './migrations/1764460800000-customer-profile';
import { Contacts1764547200000 } from './migrations/1764547200000-contacts';
import { Visits1764633600000 } from './migrations/1764633600000-visits';
import { Opportunities1764720000000 } from './migrations/1764720000000-opportunities';
import { OrderLinesReceivables1764806400000 } from './migrations/1764806400000-order-lines-receivables';
import { ServiceAndKnowledge1764892800000 } from './migrations/1764892800000-service-and-knowledge';
import { ComplaintEntity } from './complaint/complaint.entity';
import { CompetitorIntelligenceEntity } from './competitor-intelligence/competitor-intelligence.entity';
import { SatisfactionSurveyEntity } from './satisfaction-survey/satisfaction-survey.entity';
import { SuccessCaseEntity } from './success-case/success-case.entity';
import { CreditNoteEntity, InvoiceEntity, PaymentEntity } from './receivable/receivable.entity';
import { OpportunityChangeEntity, OpportunityEntity, OpportunityStageHistoryEntity } from './opportunity/opportunity.entity';
import { OrderEntity, OrderLineEntity, OrderRevisionEntity } from './order/order.entity';
import { RepDirectoryEntity } from './rep-directory/rep-directory.entity';
import { VisitPolicyEntity } from './visit-policy/visit-policy.entity';
import { AssessmentQuestionSetEntity, VisitAssessmentEntity, VisitContactEntity, VisitEntity, VisitReportAmendmentEntity } from './visit/visit.entity';

import { IdempotencyKeys1764979200000 } from './migrations/1764979200000-idempotency-keys';
import { OversightAndRejections1765065600000 } from './migrations/1765065600000-oversight-and-rejections';
import { OrderCancellation1765152000000 } from './migrations/1765152000000-order-cancellation';
import { CreditNotes1765238400000 } from './migrations/1765238400000-credit-notes';
import { PaymentReversal1765324800000 } from './migrations/1765324800000-payment-reversal';
import { OpportunityChanges1765411200000 } from './migrations/1765411200000-opportunity-changes';
import { ContactDeactivation1765497600000 } from './migrations/1765497600000-contact-deactivation';
import { VisitReportAmendments1765584000000 } from './migrations/1765584000000-visit-report-amendments';
import { RepDirectoryBranches1765670400000 } from './migrations/1765670400000-rep-directory-branches';
import { HandActivation1765756800000 } from './migrations/1765756800000-hand-activation';
import { OrderRevisions1765843200000 } from './migrations/1765843200000-order-revisions';

export const customerRelationshipDatabase: SubgraphDatabase = {
  subgraph: 'customer-relationship',
  entities: [
    IdempotencyKeyEntity,
    CustomerEntity,
    CustomerAssignmentEntity,
    CustomerQualityProfileEntity,
    KeyAccountFundEntryEntity,
    VisitPolicyEntity,
    ContactEntity,
    ContactRoleEntity,
    VisitEntity,
    VisitContactEntity,
    VisitReportAmendmentEntity,
    VisitAssessmentEntity,
    AssessmentQuestionSetEntity,
    OpportunityEntity,
    OpportunityStageHistoryEntity,
    OpportunityChangeEntity,
    OrderEntity,
    OrderLineEntity,
    OrderRevisionEntity,
    InvoiceEntity,
    PaymentEntity,
    CreditNoteEntity,
    ComplaintEntity,
    SatisfactionSurveyEntity,
    CompetitorIntelligenceEntity,
    SuccessCaseEntity,
    RepDirectoryEntity,
    OutboxEventEntity,
    OutboxSequenceEntity,
    ConsumerCheckpointEntity,
  ],
  migrations: [
    InitialSchema1764374400000,
    CustomerProfile1764460800000,
    Contacts1764547200000,
    Visits1764633600000,
    Opportunities1764720000000,
    OrderLinesReceivables1764806400000,
    ServiceAndKnowledge1764892800000,
    IdempotencyKeys1764979200000,
    OversightAndRejections1765065600000,
    OrderCancellation1765152000000,
    CreditNotes1765238400000,
    PaymentReversal1765324800000,
    OpportunityChanges1765411200000,
    ContactDeactivation1765497600000,
    VisitReportAmendments1765584000000,
    RepDirectoryBranches1765670400000,
    HandActivation1765756800000,
    OrderRevisions1765843200000,
  ],
};
