/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date as YYYY-MM-DD (RFC 3339 full-date), a day that exists, e.g. "2026-11-29". */
  Date: { input: string; output: string; }
  /** An instant as an ISO-8601 string in UTC, e.g. "2026-11-29T09:30:00.000Z". */
  DateTime: { input: string; output: string; }
  /** An amount of money as a decimal string with two places, e.g. "1234.50", in the deployment currency. */
  Money: { input: string; output: string; }
  /** A reporting period: a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29). */
  Period: { input: string; output: string; }
};

/** A new contact at a customer. */
export type AddContactInput = {
  /** The customer. */
  customerId: Scalars['ID']['input'];
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Influence on the decision, 0–100. */
  influence?: InputMaybe<Scalars['Int']['input']>;
  /** Full name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Telephone (up to 50 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Buying-centre roles. */
  roles?: InputMaybe<Array<BuyingRole>>;
  /** Social style. */
  socialStyle?: InputMaybe<SocialStyle>;
  /** Job title (up to 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Aging buckets of receivables, by days past due. */
export type AgingBucket =
  /** Not yet due. */
  | 'CURRENT'
  /** 1–30 days overdue. */
  | 'DAYS_1_30'
  /** 31–60 days overdue. */
  | 'DAYS_31_60'
  /** 61–90 days overdue. */
  | 'DAYS_61_90'
  /** More than 90 days overdue. */
  | 'OVER_90';

/** An amendment of a filed visit report; fields left out stay, a null next step or date clears it. */
export type AmendVisitReportInput = {
  /** The agreed next step (up to 500 characters). */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due: not before the visit, at most 10 years ahead. */
  nextStepAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What came of the visit (1–2,000 characters). */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Why (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read: a newer visit is CONFLICT, nothing changed. */
  version: Scalars['Int']['input'];
  /** The visit, whose report is filed. */
  visitId: Scalars['ID']['input'];
};

/** A payment received. */
export type ApplyPaymentInput = {
  /** How much: more than zero and no more than is owed (overpayment is refused). */
  amount: Scalars['Money']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice paid. */
  invoiceId: Scalars['ID']['input'];
  /** When it was received; defaults to now. Not before the invoice was issued, not in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One question's score in an assessment. */
export type AssessmentAnswer = {
  __typename?: 'AssessmentAnswer';
  /** The question's key. */
  key: Scalars['String']['output'];
  /** Points the question could give. */
  maxPoints: Scalars['Int']['output'];
  /** Points given. */
  points: Scalars['Int']['output'];
  /** The question as it was asked. */
  question: Scalars['String']['output'];
};

/** Points for one question. */
export type AssessmentAnswerInput = {
  /** The question's key. */
  key: Scalars['String']['input'];
  /** Points, 0 to the question's maxPoints. */
  points: Scalars['Int']['input'];
};

/** A willingness assessment, scored against the current question set. */
export type AssessmentInput = {
  /** One answer per question of the current set. */
  answers: Array<AssessmentAnswerInput>;
  /** The contact assessed: one of the contacts met (contactIds). */
  contactId?: InputMaybe<Scalars['ID']['input']>;
};

/** One question of the assessment. */
export type AssessmentQuestion = {
  __typename?: 'AssessmentQuestion';
  /** Stable key, UPPER_SNAKE_CASE. */
  key: Scalars['String']['output'];
  /** The most points it can give. */
  maxPoints: Scalars['Int']['output'];
  /** The question. */
  text: Scalars['String']['output'];
};

/** One question of a new set. */
export type AssessmentQuestionInput = {
  /** Stable key, UPPER_SNAKE_CASE. */
  key: Scalars['String']['input'];
  /** The most points it can give. */
  maxPoints: Scalars['Int']['input'];
  /** The question. */
  text: Scalars['String']['input'];
};

/** A version of the assessment's questions. */
export type AssessmentQuestionSet = {
  __typename?: 'AssessmentQuestionSet';
  /** When. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it ('default' for the guide's set). */
  publishedBy: Scalars['String']['output'];
  /** The questions. */
  questions: Array<AssessmentQuestion>;
  /** Version number: assessments name the version they used. */
  version: Scalars['Int']['output'];
};

/** Why a KPI's attainment is what it is. */
export type AttainmentStatus =
  /** This KPI takes no target (only the KPIs with a target metric do). */
  | 'KPI_TAKES_NO_TARGET'
  /** Measured: value ÷ target. */
  | 'MEASURED'
  /** No target is set for the owner and period. */
  | 'NO_TARGET_SET'
  /** The target is zero: nothing to divide by. */
  | 'TARGET_IS_ZERO'
  /** The value itself is not measurable for the period (see value). */
  | 'VALUE_NOT_MEASURABLE';

/** The guide's habits that lose customers. */
export type BadHabit =
  /** Arrogance. */
  | 'ARROGANCE'
  /** Attacking competitors or colleagues. */
  | 'ATTACKING_OTHERS'
  /** Bluster: promising what cannot be delivered. */
  | 'BLUSTER'
  /** Laziness. */
  | 'LAZINESS'
  /** Mocking the customer or others. */
  | 'MOCKING'
  /** Rambling. */
  | 'RAMBLING'
  /** Vague speech. */
  | 'VAGUE_SPEECH';

/** The bad habits a manager observed in a rep during a cycle. */
export type BadHabitCheck = {
  __typename?: 'BadHabitCheck';
  /** A comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The habits ticked. */
  habits: Array<BadHabit>;
  /** When. */
  notedAt: Scalars['DateTime']['output'];
  /** Who noted them. */
  notedBy: Scalars['String']['output'];
};

/** A regional branch: teams hang from it, and its region ties it to a market size. */
export type Branch = {
  __typename?: 'Branch';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The branch's KPIs for a period (directors, analysts and admins, and the branch's head; for others null, with FORBIDDEN at its path). */
  kpis?: Maybe<KpiReport>;
  /** The rep who heads the branch, once appointed. */
  manager?: Maybe<SalesRep>;
  /** The branch's name. */
  name: Scalars['String']['output'];
  /** The sales region it covers: market share is measured against this region's market size. */
  region: Scalars['String']['output'];
  /** The branch's targets, for one period or all. */
  targets: Array<Target>;
  /** The branch's teams, by name. */
  teams: Array<Team>;
  /** The record's version. */
  version: Scalars['Int']['output'];
};


/** A regional branch: teams hang from it, and its region ties it to a market size. */
export type BranchKpisArgs = {
  period: Scalars['Period']['input'];
};


/** A regional branch: teams hang from it, and its region ties it to a market size. */
export type BranchTargetsArgs = {
  period?: InputMaybe<Scalars['Period']['input']>;
};

/** A category's budget against approved spending. */
export type BudgetUsage = {
  __typename?: 'BudgetUsage';
  /** The budgets of periods inside the period asked, a budget inside a longer one of the same category counting as part of it: a quarter's budget is the envelope for its months, a month's budget a limit within it. Q4 TRAVEL 6,000.00 with November TRAVEL 2,000.00 is 6,000.00 for 2026-Q4 (not 8,000.00) and 2,000.00 for 2026-11. */
  budget: Scalars['Money']['output'];
  /** The category. */
  category: ExpenseCategory;
  /** 1 − usage: the share of the budget saved (negative when over). */
  reduction?: Maybe<Scalars['Float']['output']>;
  /** Approved claims incurred in the period. */
  spent: Scalars['Money']['output'];
  /** spent ÷ budget as a fraction; null without a budget. */
  usage?: Maybe<Scalars['Float']['output']>;
};

/** How the customer weighs business against private life. */
export type BusinessPrivateBalance =
  /** Balanced. */
  | 'BALANCED'
  /** Business comes first. */
  | 'BUSINESS_FIRST'
  /** Private life comes first. */
  | 'PRIVATE_FIRST';

/** Parts people play in a purchase. */
export type BuyingRole =
  /** Advises the decision. */
  | 'ADVISOR'
  /** Places the order. */
  | 'BUYER'
  /** Guides the rep inside the customer: vital, says the guide. */
  | 'COACH'
  /** Decides. */
  | 'DECISION_MAKER'
  /** Evaluates the offer. */
  | 'EVALUATOR'
  /** Sways the decision. */
  | 'INFLUENCER'
  /** Uses the product. */
  | 'USER';

/** Cancelling an order that has not been invoiced. */
export type CancelOrderInput = {
  /** The order: CONFIRMED or PENDING_APPROVAL, with nothing invoiced (an invoiced order is corrected with a credit note). */
  orderId: Scalars['ID']['input'];
  /** Why (1–500 characters), kept on the order. */
  reason: Scalars['String']['input'];
  /** The version you read: a newer order is CONFLICT, nothing cancelled. */
  version: Scalars['Int']['input'];
};

/** Moves a customer along its lifecycle. */
export type ChangeCustomerStatusInput = {
  /** The customer. */
  id: Scalars['ID']['input'];
  /** The new status: one of the customer's allowedNextStatuses. */
  status: CustomerStatus;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** The bad-habits checklist for a rep in a cycle; replaces any earlier one. */
export type CheckBadHabitsInput = {
  /** A comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The open cycle. */
  cycleId: Scalars['ID']['input'];
  /** The habits observed; empty means the manager checked and saw none (a checklist never filled is 'not assessed'). */
  habits: Array<BadHabit>;
  /** The rep, in your team. */
  repId: Scalars['ID']['input'];
};

/** A claim against the rep's budgets of its category. Every budget whose period (month, quarter or year) holds the day the expense was incurred is a limit: a month's budget is a limit within the quarter's envelope, not money on top of it (as BudgetUsage.budget counts it). The claim comes on top of the rep's other approved claims in that budget's period. */
export type ClaimBudgetCheck = {
  __typename?: 'ClaimBudgetCheck';
  /** The rep's other approved claims of the category in that period, before this one; null without a budget. */
  approvedBefore?: Maybe<Scalars['Money']['output']>;
  /** That budget; null without a budget. */
  budget?: Maybe<Scalars['Money']['output']>;
  /** How far approving takes that budget over (approvedBefore + this claim − budget); 0.00 when within; null without a budget. */
  over?: Maybe<Scalars['Money']['output']>;
  /** The budget's period this check names: the one approving goes furthest over, or, when within all, the one with the least room left (of equal room, the shorter); null without a budget. */
  period?: Maybe<Scalars['Period']['output']>;
  /** WITHIN, OVER or NO_BUDGET. */
  status: ClaimBudgetStatus;
};

/** Where approving a claim leaves the rep's budget for its category. */
export type ClaimBudgetStatus =
  /** The rep has no budget of the category for any period holding the day of the expense. */
  | 'NO_BUDGET'
  /** Approving it takes at least one such budget over: a month's budget, or the quarter's or year's envelope around it. */
  | 'OVER'
  /** Every budget of the category whose period holds the day of the expense still covers the rep's approved claims with this one. */
  | 'WITHIN';

/** Where a claim stands. */
export type ClaimStatus =
  /** Approved: counts as spending. */
  | 'APPROVED'
  /** Rejected. */
  | 'REJECTED'
  /** Waiting for the manager. */
  | 'SUBMITTED';

/** Closes a cycle. */
export type CloseEvaluationCycleInput = {
  /** The cycle. */
  cycleId: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Closes a period's statements. */
export type CloseIncentivePeriodInput = {
  /** An ended month or quarter. */
  period: Scalars['Period']['input'];
};

/** What commission is paid on. */
export type CommissionBasis =
  /** Payments received. */
  | 'COLLECTED'
  /** Revenue from confirmed orders. */
  | 'REVENUE';

/** A commission tier: the rate on the part of the basis up to `upTo`. */
export type CommissionTier = {
  __typename?: 'CommissionTier';
  /** The rate in %. */
  ratePercent: Scalars['Float']['output'];
  /** The tier's upper bound; null for the open top tier. */
  upTo?: Maybe<Scalars['Money']['output']>;
};

/** A commission tier. */
export type CommissionTierInput = {
  /** The rate in % (two decimals). */
  ratePercent: Scalars['Float']['input'];
  /** The upper bound; leave out for the top tier only. */
  upTo?: InputMaybe<Scalars['Money']['input']>;
};

/** A note on a competitor's products, prices or strategy. */
export type CompetitorIntelligence = {
  __typename?: 'CompetitorIntelligence';
  /** The competitor. */
  competitor: Scalars['String']['output'];
  /** The customer it concerns, if the caller may see it. */
  customer?: Maybe<Customer>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The note. */
  note: Scalars['String']['output'];
  /** The opportunity it concerns, if the caller may see it. */
  opportunity?: Maybe<Opportunity>;
  /** When. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (user id). */
  recordedBy: Scalars['String']['output'];
  /** The region it concerns. */
  region?: Maybe<Scalars['String']['output']>;
  /** What the note is about. */
  topic: IntelligenceTopic;
};

/** A page of competitor notes. */
export type CompetitorIntelligenceConnection = {
  __typename?: 'CompetitorIntelligenceConnection';
  /** The notes on this page, newest first. */
  edges: Array<CompetitorIntelligenceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A competitor note on a page. */
export type CompetitorIntelligenceEdge = {
  __typename?: 'CompetitorIntelligenceEdge';
  /** Pass as `after` to continue after this note. */
  cursor: Scalars['String']['output'];
  /** The note. */
  node: CompetitorIntelligence;
};

/** Narrows competitor notes. */
export type CompetitorIntelligenceFilter = {
  /** Only about this competitor (exact name). */
  competitor?: InputMaybe<Scalars['String']['input']>;
  /** Only about this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only on this topic. */
  topic?: InputMaybe<IntelligenceTopic>;
};

/** A customer's complaint, from opening to resolution. */
export type Complaint = {
  __typename?: 'Complaint';
  /** Who complained; null when the customer has since moved to a rep outside what you may see: the record stays visible to the rep it is credited to. */
  customer?: Maybe<Customer>;
  /** The complaint in full. */
  description: Scalars['String']['output'];
  /** Hours from opening to resolution, or to now while open. */
  handlingHours: Scalars['Float']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Who opened it (user id). */
  openedBy: Scalars['String']['output'];
  /** The rep responsible: the customer's owner when it was opened. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  rep?: Maybe<SalesRep>;
  /** How it was resolved. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How serious it is. */
  severity: ComplaintSeverity;
  /** What it is about. */
  subject: Scalars['String']['output'];
  /** The record's version: send it back when resolving. */
  version: Scalars['Int']['output'];
};

/** A page of complaints. */
export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  /** The complaints on this page, newest first. */
  edges: Array<ComplaintEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A complaint on a page. */
export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  /** Pass as `after` to continue after this complaint. */
  cursor: Scalars['String']['output'];
  /** The complaint. */
  node: Complaint;
};

/** Narrows a complaint list. */
export type ComplaintFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only open (true) or resolved (false) ones. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this rep's. */
  repId?: InputMaybe<Scalars['ID']['input']>;
};

/** How serious a complaint is. */
export type ComplaintSeverity =
  /** Threatens the relationship. */
  | 'HIGH'
  /** Minor. */
  | 'LOW'
  /** Needs attention. */
  | 'MEDIUM';

/** A person at a customer, with their part in the buying decision. */
export type Contact = {
  __typename?: 'Contact';
  /** False once deactivated: kept for history (past visits still name them), hidden from the customer's contacts by default, not chosen for new visits, filling no buying role. */
  active: Scalars['Boolean']['output'];
  /** How to approach this contact, from their social style. */
  approachAdvice?: Maybe<Scalars['String']['output']>;
  /** The customer they work for. */
  customer: Customer;
  /** Why the contact was deactivated, who and when; null while active. */
  deactivation?: Maybe<ContactDeactivation>;
  /** Email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Influence on the purchase decision, 0–100 (%). */
  influence?: Maybe<Scalars['Int']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Telephone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Buying-centre roles: a contact may hold several. */
  roles: Array<BuyingRole>;
  /** Social style on the assertiveness × emotionality grid. */
  socialStyle?: Maybe<SocialStyle>;
  /** Job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The record's version: send it back with an update. */
  version: Scalars['Int']['output'];
};

/** A contact's deactivation, as it was recorded. */
export type ContactDeactivation = {
  __typename?: 'ContactDeactivation';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who deactivated the contact (user id). */
  by: Scalars['String']['output'];
  /** The reason given (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** What a new branch needs. */
export type CreateBranchInput = {
  /** The branch's name (1–100 characters, unique). */
  name: Scalars['String']['input'];
  /** The sales region it covers (1–100 characters). */
  region: Scalars['String']['input'];
};

/** What a new customer needs. */
export type CreateCustomerInput = {
  /** Postal address (up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Value tier. */
  class: CustomerClass;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Industry (up to 100 characters). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The customer's name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The owning rep; defaults to the caller when the caller is a rep. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Sales region (up to 100 characters). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** How close the relationship is. */
  relationshipLevel?: InputMaybe<RelationshipLevel>;
  /** How the customer was found. */
  source?: InputMaybe<CustomerSource>;
  /** Lifecycle status to start in; defaults to PROSPECT. */
  status?: InputMaybe<CustomerStatus>;
};

/** A new template. */
export type CreateEvaluationTemplateInput = {
  /** The criteria; their weights must make 100 %. */
  criteria: Array<EvaluationCriterionInput>;
  /** Name (1–100 characters, unique). */
  name: Scalars['String']['input'];
};

/** A new plan. */
export type CreateIncentivePlanInput = {
  /** The first month in force, e.g. 2026-01. */
  effectiveFrom: Scalars['Period']['input'];
  /** Name (1–100 characters, unique). */
  name: Scalars['String']['input'];
  /** The team; leave out for the company-wide plan. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** The terms. */
  terms: PlanTermsInput;
};

/** A new opportunity, starting in PROSPECTING. */
export type CreateOpportunityInput = {
  /** Expected value, more than zero. */
  amount: Scalars['Money']['input'];
  /** Competitors involved. */
  competitors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The customer: one the caller works on. */
  customerId: Scalars['ID']['input'];
  /** Expected close date, YYYY-MM-DD: today or later, at most 10 years ahead. */
  expectedCloseDate: Scalars['Date']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the deal is (1–200 characters). */
  name: Scalars['String']['input'];
  /** Products in the deal. */
  products?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start further along than PROSPECTING (not closed). */
  stage?: InputMaybe<OpportunityStage>;
};

/** What a new position needs. */
export type CreatePositionInput = {
  /** The position this one reports to. */
  reportsToId?: InputMaybe<Scalars['ID']['input']>;
  /** The job description, one responsibility per entry (at least one). */
  responsibilities: Array<Scalars['String']['input']>;
  /** The role a holder signs in with: REP, MANAGER, DIRECTOR, ANALYST or ADMIN. */
  role: Scalars['String']['input'];
  /** The job title (1–100 characters, unique). */
  title: Scalars['String']['input'];
};

/** What a new team needs. */
export type CreateTeamInput = {
  /** The branch it belongs to; leave out for a team under the company directly. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** The team's name (1–100 characters, unique). */
  name: Scalars['String']['input'];
};

/**
 * A credit note against an invoice: a correction lowering what the customer owes and the sale's revenue. It counts on
 * the day it is issued, in the period open then, never on the order's or the invoice's day: a period already closed
 * (frozen scorecards and commission statements) keeps its figures, and the current period shows the adjustment.
 */
export type CreditNote = {
  __typename?: 'CreditNote';
  /** How much was credited. */
  amount: Scalars['Money']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The invoice credited. */
  invoice: Invoice;
  /** When: the day the correction counts on. */
  issuedAt: Scalars['DateTime']['output'];
  /** Who issued it (user id). */
  issuedBy: Scalars['String']['output'];
  /** Why (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** The groups of evaluation criteria: the quantitative KPI groups and the guide's qualitative ones. */
export type CriterionGroup =
  /** Expense control. */
  | 'EXPENSE_CONTROL'
  /** Input KPIs. */
  | 'INPUT'
  /** Output KPIs. */
  | 'OUTPUT'
  /** Personal qualities: colleagues, team spirit, attitude, work style. */
  | 'PERSONAL_QUALITIES'
  /** Professional knowledge: product, company, market, competitors, customer needs. */
  | 'PROFESSIONAL_KNOWLEDGE'
  /** Sales skills: finding targets, handling objections, communicating. */
  | 'SALES_SKILLS'
  /** Self-management. */
  | 'SELF_MANAGEMENT'
  /** Service KPIs. */
  | 'SERVICE';

/** Where a criterion's raw value comes from. */
export type CriterionSource =
  /** A KPI's attainment of its target, normalised by ATTAINMENT. */
  | 'ATTAINMENT'
  /** The number of bad habits ticked, normalised by BAD_HABITS. */
  | 'BAD_HABITS'
  /** A KPI's value, normalised by RANGE. */
  | 'KPI'
  /** The manager's 1–5 ratings, averaged, normalised by RATING. */
  | 'RATING';

/** An account the sales organisation sells to, usually a company, owned by one rep. */
export type Customer = {
  __typename?: 'Customer';
  /** Postal address. */
  address?: Maybe<Scalars['String']['output']>;
  /** Where the status may go next. */
  allowedNextStatuses: Array<CustomerStatus>;
  /** Every change of owner, oldest first. */
  assignmentHistory: Array<CustomerAssignment>;
  /** Value tier: A is a key account; each class carries a visit-frequency policy. */
  class: CustomerClass;
  /** The customer's active contacts, by name; with `includeInactive`, deactivated ones too. */
  contacts: Array<Contact>;
  /** When the customer was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** Whole days past the due visit; 0 when not overdue (always for a CHURNED customer). */
  daysOverdue: Scalars['Int']['output'];
  /** Whether any active contact is a COACH: a customer without one is a risk. */
  hasCoach: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The customer's industry. */
  industry?: Maybe<Scalars['String']['output']>;
  /** The key-account fund, for A-class customers that have one. */
  keyAccountFund?: Maybe<KeyAccountFund>;
  /** The most recent visit. */
  lastVisit?: Maybe<Visit>;
  /** When the customer was last visited, if ever. */
  lastVisitAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer's name as the rep files it. */
  name: Scalars['String']['output'];
  /** When the next visit is due under the class's visit policy (counted from filing if never visited). */
  nextVisitDueAt: Scalars['DateTime']['output'];
  /** Complaints still open, oldest first. */
  openComplaints: Array<Complaint>;
  /** Open opportunities with this customer, by expected close date. */
  openOpportunities: Array<Opportunity>;
  /** The rep who owns the relationship. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  owner?: Maybe<SalesRep>;
  /** The quality profile: null when there is none; for a caller who is not the owner or a manager, null with FORBIDDEN at its path. */
  qualityProfile?: Maybe<CustomerQualityProfile>;
  /** The customer's receivables: aging and DSO. */
  receivables: ReceivablesSummary;
  /** The sales region the customer belongs to. */
  region?: Maybe<Scalars['String']['output']>;
  /** How close the relationship is, closest first. */
  relationshipLevel?: Maybe<RelationshipLevel>;
  /** Satisfaction over all surveys. */
  satisfaction: Satisfaction;
  /** How the customer was found. */
  source?: Maybe<CustomerSource>;
  /** Where the customer stands in its lifecycle. */
  status: CustomerStatus;
  /** The record's version: send it back with an update, so a concurrent edit is detected instead of overwritten. */
  version: Scalars['Int']['output'];
  /** Whether the visit policy's interval has passed without a visit; never for a CHURNED customer, who is not visited. */
  visitOverdue: Scalars['Boolean']['output'];
};


/** An account the sales organisation sells to, usually a company, owned by one rep. */
export type CustomerContactsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One change of a customer's owner. */
export type CustomerAssignment = {
  __typename?: 'CustomerAssignment';
  /** When. */
  assignedAt: Scalars['DateTime']['output'];
  /** Who made the change (user id). */
  assignedBy: Scalars['String']['output'];
  /** The rep who owned the customer before. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  from?: Maybe<SalesRep>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why it moved. */
  reason: Scalars['String']['output'];
  /** The rep who owns it since. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  to?: Maybe<SalesRep>;
};

/** Value tiers, A the most valuable (key accounts) to D the least. */
export type CustomerClass =
  /** Key account: visited every 7 days by default. */
  | 'A'
  /** Visited every 14 days by default. */
  | 'B'
  /** Visited every 30 days by default. */
  | 'C'
  /** Visited every 90 days by default. */
  | 'D';

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers on this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many customers match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A customer on a page, with the cursor that points at it. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Pass as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Narrows a customer list; every condition given must hold. */
export type CustomerFilter = {
  /** Only customers of these classes. */
  class?: InputMaybe<Array<CustomerClass>>;
  /** Only customers filed before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only customers filed at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only customers whose name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only customers whose visit is overdue (true) or not (false) under their class's policy; CHURNED customers are never overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only customers owned by this rep. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only customers in these regions. */
  region?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only customers in these statuses. */
  status?: InputMaybe<Array<CustomerStatus>>;
  /** Only customers owned by reps of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Only customers with (false) or without (true) a COACH among their active contacts. */
  withoutCoach?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What one run of the automatic customer lifecycle did. An ACTIVE customer with no confirmed order for dormantAfterDays becomes DORMANT; an ACTIVE or DORMANT one with none for churnedAfterDays becomes CHURNED (a customer that never ordered counts from the day it was created; a PROSPECT is left alone). Each change is announced as CustomerStatusChanged; an order wakes the customer again. The subgraph runs it on a timer (CUSTOMER_LIFECYCLE_INTERVAL_MINUTES); a run changes nothing that an earlier one already changed. */
export type CustomerLifecycleRun = {
  __typename?: 'CustomerLifecycleRun';
  /** The moment the run measured idleness from. */
  asOf: Scalars['DateTime']['output'];
  /** Days without a confirmed order after which an ACTIVE or DORMANT customer becomes CHURNED (CUSTOMER_CHURNED_AFTER_DAYS). */
  churnedAfterDays: Scalars['Int']['output'];
  /** Days without a confirmed order after which an ACTIVE customer becomes DORMANT (CUSTOMER_DORMANT_AFTER_DAYS). */
  dormantAfterDays: Scalars['Int']['output'];
  /** How many customers this run made CHURNED (from ACTIVE or DORMANT). */
  madeChurned: Scalars['Int']['output'];
  /** How many ACTIVE customers this run made DORMANT. */
  madeDormant: Scalars['Int']['output'];
};

/** The guide's customer quality profile: who the customer is as a business partner. Sensitive: owner and managers only. */
export type CustomerQualityProfile = {
  __typename?: 'CustomerQualityProfile';
  /** Weight of business against private life. */
  businessPrivateBalance?: Maybe<BusinessPrivateBalance>;
  /** Education level of the person running the business. */
  educationLevel?: Maybe<Scalars['String']['output']>;
  /** Standing in the industry. */
  industryStanding?: Maybe<IndustryStanding>;
  /** Free notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Past setbacks and how they were handled. */
  pastSetbacks?: Maybe<Scalars['String']['output']>;
  /** Reputation among peers. */
  peerReputation?: Maybe<Scalars['String']['output']>;
  /** Reading habits. */
  readingHabits?: Maybe<Scalars['String']['output']>;
  /** Where that standing is heading. */
  standingTrend?: Maybe<StandingTrend>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The profile's version: send it back with a change. */
  version: Scalars['Int']['output'];
  /** Years in business. */
  yearsInBusiness?: Maybe<Scalars['Int']['output']>;
};

/** How to order a customer list; ties are broken by id. */
export type CustomerSort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: CustomerSortField;
};

/** What customer lists can be sorted by. */
export type CustomerSortField =
  /** Value tier, A first when ascending. */
  | 'CLASS'
  /** When the customer was filed. */
  | 'CREATED_AT'
  /** The customer's name. */
  | 'NAME';

/** How a customer was found. */
export type CustomerSource =
  /** By telephone. */
  | 'PHONE'
  /** Referred by someone. */
  | 'REFERRAL'
  /** At a trade show. */
  | 'TRADE_SHOW'
  /** On a visit. */
  | 'VISIT'
  /** Through the web. */
  | 'WEB';

/** The customer lifecycle: PROSPECT → ACTIVE → DORMANT or CHURNED. */
export type CustomerStatus =
  /** Buying: has placed an order. */
  | 'ACTIVE'
  /** Lost. */
  | 'CHURNED'
  /** Has stopped buying for a while. */
  | 'DORMANT'
  /** Not yet buying. */
  | 'PROSPECT';

/** Whether a cycle is still being scored. */
export type CycleStatus =
  /** Scorecards are frozen. */
  | 'CLOSED'
  /** Ratings are taken; scorecards are computed live. */
  | 'OPEN';

/** Deactivating a contact who left the buying centre. */
export type DeactivateContactInput = {
  /** The contact: an active one of a customer you work on. */
  id: Scalars['ID']['input'];
  /** Why (1–500 characters), e.g. left the company. */
  reason: Scalars['String']['input'];
  /** The version you read: a newer contact is CONFLICT, nothing changed. */
  version: Scalars['Int']['input'];
};

/** A manager's decision on a claim. */
export type DecideExpenseClaimInput = {
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /** A note; required to reject. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A manager's decision on an order waiting for discount approval. */
export type DecideOrderDiscountInput = {
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** Why, when rejecting (1–500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Deletes a target set by mistake. */
export type DeleteTargetInput = {
  /** The target. */
  targetId: Scalars['ID']['input'];
  /** The version you read: a target changed since is not deleted (CONFLICT). */
  version: Scalars['Int']['input'];
};

/** A manager's refusal of an order's discount, as the rep can read it back. */
export type DiscountRejection = {
  __typename?: 'DiscountRejection';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who refused it (user id). */
  by: Scalars['String']['output'];
  /** The reason given (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** Draws relationship spending on a key-account fund. */
export type DrawKeyAccountFundInput = {
  /** How much, more than zero and no more than what remains. */
  amount: Scalars['Money']['input'];
  /** An A-class customer with a fund. */
  customerId: Scalars['ID']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What it pays for (1–500 characters). */
  purpose: Scalars['String']['input'];
};

/** One criterion of a template. */
export type EvaluationCriterion = {
  __typename?: 'EvaluationCriterion';
  /** RANGE: the raw value worth 100. */
  best?: Maybe<Scalars['Float']['output']>;
  /** ATTAINMENT: the highest score. */
  capPercent?: Maybe<Scalars['Float']['output']>;
  /** Group. */
  group: CriterionGroup;
  /** Key, unique in the template. */
  key: Scalars['String']['output'];
  /** The KPI, for KPI and ATTAINMENT criteria. */
  kpi?: Maybe<KpiKey>;
  /** Name. */
  name: Scalars['String']['output'];
  /** How the raw value maps to 0–100. */
  normalisation: NormalisationKind;
  /** BAD_HABITS: points off per habit. */
  pointsPerHabit?: Maybe<Scalars['Float']['output']>;
  /** Where the raw value comes from. */
  source: CriterionSource;
  /** Weight in %; a template's weights make 100. */
  weightPercent: Scalars['Float']['output'];
  /** RANGE: the raw value worth 0. */
  worst?: Maybe<Scalars['Float']['output']>;
};

/** A criterion of a new template. */
export type EvaluationCriterionInput = {
  /** RANGE: the raw value worth 100. */
  best?: InputMaybe<Scalars['Float']['input']>;
  /** ATTAINMENT: the highest score, 100–200 (120 by default). */
  capPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Group. */
  group: CriterionGroup;
  /** Key: lower-case letters, digits and _, unique in the template. */
  key: Scalars['String']['input'];
  /** The KPI, for KPI and ATTAINMENT criteria. */
  kpi?: InputMaybe<KpiKey>;
  /** Name (1–100 characters). */
  name: Scalars['String']['input'];
  /** ATTAINMENT for ATTAINMENT, RANGE for KPI, RATING for RATING, BAD_HABITS for BAD_HABITS. */
  normalisation: NormalisationKind;
  /** BAD_HABITS: points off per habit (20 by default). */
  pointsPerHabit?: InputMaybe<Scalars['Float']['input']>;
  /** Where the raw value comes from. */
  source: CriterionSource;
  /** Weight in % (two decimals); all weights must make 100. */
  weightPercent: Scalars['Float']['input'];
  /** RANGE: the raw value worth 0. */
  worst?: InputMaybe<Scalars['Float']['input']>;
};

/** One round of evaluation over a period. */
export type EvaluationCycle = {
  __typename?: 'EvaluationCycle';
  /** When it closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 'November 2026'. */
  name: Scalars['String']['output'];
  /** The period evaluated. */
  period: Scalars['Period']['output'];
  /** Scorecards of the reps you may see, by rep id. */
  scorecards: ScorecardConnection;
  /** Open or closed. */
  status: CycleStatus;
  /** The template. */
  template: EvaluationTemplate;
  /** The record's version: send it to close the cycle. */
  version: Scalars['Int']['output'];
};


/** One round of evaluation over a period. */
export type EvaluationCycleScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Criteria and weights; fixed once created, so past cycles keep theirs. */
export type EvaluationTemplate = {
  __typename?: 'EvaluationTemplate';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The criteria, in order. */
  criteria: Array<EvaluationCriterion>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, unique. */
  name: Scalars['String']['output'];
};

/** A rep's budget for a category and period. */
export type ExpenseBudget = {
  __typename?: 'ExpenseBudget';
  /** The budget. */
  amount: Scalars['Money']['output'];
  /** The category. */
  category: ExpenseCategory;
  /** The period: a month, quarter or year. */
  period: Scalars['Period']['output'];
  /** The rep. */
  rep: SalesRep;
  /** Who set it. */
  setBy: Scalars['String']['output'];
};

/** What an expense was for. */
export type ExpenseCategory =
  /** Accommodation. */
  | 'ACCOMMODATION'
  /** Phone and data. */
  | 'COMMUNICATION'
  /** Entertaining customers. */
  | 'ENTERTAINMENT'
  /** Meals. */
  | 'MEALS'
  /** Anything else. */
  | 'OTHER'
  /** Travel. */
  | 'TRAVEL';

/** A rep's expense claim. */
export type ExpenseClaim = {
  __typename?: 'ExpenseClaim';
  /** The amount. */
  amount: Scalars['Money']['output'];
  /** For the approver: whether approving this claim, on top of the rep's other approved claims, takes a budget of its category over (and by how much), or whether the rep has no budget for it at all. */
  budgetCheck: ClaimBudgetCheck;
  /** The category. */
  category: ExpenseCategory;
  /** When. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The decision's note: the reason, for a rejection. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** What it was for. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The day the expense was incurred. */
  incurredOn: Scalars['Date']['output'];
  /** Whether it was submitted within 30 days of the expense. */
  onTime: Scalars['Boolean']['output'];
  /** The receipts: they add up to the amount. */
  receipts: Array<Receipt>;
  /** The rep. */
  rep: SalesRep;
  /** Where it stands. */
  status: ClaimStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The record's version. */
  version: Scalars['Int']['output'];
};

/** A page of claims. */
export type ExpenseClaimConnection = {
  __typename?: 'ExpenseClaimConnection';
  /** The claims on this page. */
  edges: Array<ExpenseClaimEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many claims on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim on a page. */
export type ExpenseClaimEdge = {
  __typename?: 'ExpenseClaimEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: ExpenseClaim;
};

/** Conditions on the claims listed; all given must hold. */
export type ExpenseClaimFilter = {
  /** Only claims whose budget check has this status, e.g. OVER with status SUBMITTED for the claims an approver should look at twice (see ClaimBudgetCheck). */
  budget?: InputMaybe<ClaimBudgetStatus>;
  /** Only this category. */
  category?: InputMaybe<ExpenseCategory>;
  /** Only this rep's. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this status, e.g. SUBMITTED for the approval queue. */
  status?: InputMaybe<ClaimStatus>;
};

/** A published commission plan: for a team, or for everyone without a team plan. */
export type IncentivePlan = {
  __typename?: 'IncentivePlan';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, unique. */
  name: Scalars['String']['output'];
  /** The team it is for; null for the company-wide plan. */
  team?: Maybe<Team>;
  /** The record's version: send it to revise the plan. */
  version: Scalars['Int']['output'];
  /** Every version, oldest first. */
  versions: Array<IncentivePlanVersion>;
};

/** One version of a plan's terms. */
export type IncentivePlanVersion = {
  __typename?: 'IncentivePlanVersion';
  /** Extra rate in % on the part of the basis above the target. */
  acceleratorRatePercent: Scalars['Float']['output'];
  /** What commission is paid on. */
  basis: CommissionBasis;
  /** Bonuses. */
  bonuses: Array<PlanBonus>;
  /** The first month in force. */
  effectiveFrom: Scalars['Period']['output'];
  /** Deducted per late or missing report. */
  lateReportPenalty: Scalars['Money']['output'];
  /** 1, 2, … */
  number: Scalars['Int']['output'];
  /** % of receivables overdue at the period's end deducted. */
  overdueReceivablePenaltyPercent: Scalars['Float']['output'];
  /** When. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it. */
  publishedBy: Scalars['String']['output'];
  /** Marginal tiers, ascending. */
  tiers: Array<CommissionTier>;
};

/** A rep's commission statement for a period, line by line. */
export type IncentiveStatement = {
  __typename?: 'IncentiveStatement';
  /** Whether the period is closed and the statement frozen. */
  closed: Scalars['Boolean']['output'];
  /** The facts. */
  facts: StatementFacts;
  /** The lines. */
  lines: Array<StatementLine>;
  /** The period. */
  period: Scalars['Period']['output'];
  /** The plan. */
  plan: IncentivePlan;
  /** The version of the plan used. */
  planVersion: IncentivePlanVersion;
  /** The rep. */
  rep: SalesRep;
  /** The total: the sum of the lines. */
  total: Scalars['Money']['output'];
};

/** A customer's standing in its industry. */
export type IndustryStanding =
  /** Challenging the leaders. */
  | 'CHALLENGER'
  /** Established player. */
  | 'ESTABLISHED'
  /** Leads the industry. */
  | 'LEADER'
  /** New to the industry. */
  | 'NEWCOMER';

/** What a competitor note is about. */
export type IntelligenceTopic =
  /** Anything else. */
  | 'OTHER'
  /** Their prices. */
  | 'PRICE'
  /** Their products. */
  | 'PRODUCT'
  /** Their strategy. */
  | 'STRATEGY';

/** An invoice on an order: money the customer owes. */
export type Invoice = {
  __typename?: 'Invoice';
  /** The aging bucket of what is still owed. */
  agingBucket: AgingBucket;
  /** What the invoice asks: the amount invoiced less its credit notes. */
  amount: Scalars['Money']['output'];
  /** Credit notes issued against it, oldest first. */
  creditNotes: Array<CreditNote>;
  /** The sum of its credit notes. */
  credited: Scalars['Money']['output'];
  /** Who owes; null when the customer has since moved to a rep outside what you may see: the record stays visible to the rep it is credited to. */
  customer?: Maybe<Customer>;
  /** Whole days past due today (negative before the due date). */
  daysPastDue: Scalars['Int']['output'];
  /** When it falls due (YYYY-MM-DD), from the order's payment terms. */
  dueDate: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The amount as invoiced, before any credit note. */
  invoicedAmount: Scalars['Money']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The order invoiced. */
  order: Order;
  /** What is still owed. */
  outstanding: Scalars['Money']['output'];
  /** What has been paid, less reversed payments. */
  paid: Scalars['Money']['output'];
  /** Payments applied, oldest first, reversed ones included (marked with their reversal). */
  payments: Array<Payment>;
  /** The rep credited with the sale and its collection: the order's rep, kept when the customer moves to another rep. Counted in this rep's `repReceivables`, and visible to them. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  rep?: Maybe<SalesRep>;
  /** OPEN while anything is owed. */
  status: InvoiceStatus;
  /** The record's version. */
  version: Scalars['Int']['output'];
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The invoices on this page, by due date. */
  edges: Array<InvoiceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An invoice on a page. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Pass as `after` to continue after this invoice. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** Narrows an invoice list. */
export type InvoiceFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only past due with something owed. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this rep's. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Only in this status. */
  status?: InputMaybe<InvoiceStatus>;
};

/** Invoices an order. */
export type InvoiceOrderInput = {
  /** How much to invoice; defaults to everything not yet invoiced. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When the invoice is issued; defaults to now. Not before the order was placed, not in the future. */
  issuedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A confirmed order. */
  orderId: Scalars['ID']['input'];
};

/** How to order invoices; ties are broken by id. */
export type InvoiceSort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: InvoiceSortField;
};

/** What invoice lists can be sorted by. */
export type InvoiceSortField =
  /** Due date. */
  | 'DUE_DATE'
  /** Issue date. */
  | 'ISSUED_AT'
  /** What is still owed: descending puts the biggest debts first. */
  | 'OUTSTANDING';

/** Whether an invoice is settled. */
export type InvoiceStatus =
  /** Something is still owed. */
  | 'OPEN'
  /** Paid in full. */
  | 'PAID';

/** A credit note to issue against an invoice. */
export type IssueCreditNoteInput = {
  /** How much, more than zero and no more than the invoice still asks and is unpaid: a credit never leaves the customer owed money (refunds are not modelled; reverse a payment first). */
  amount: Scalars['Money']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice: one of a sale you may correct. */
  invoiceId: Scalars['ID']['input'];
  /** Why (1–500 characters), kept on the credit note. */
  reason: Scalars['String']['input'];
};

/** An A-class customer's ring-fenced relationship budget. */
export type KeyAccountFund = {
  __typename?: 'KeyAccountFund';
  /** The budget. */
  budget: Scalars['Money']['output'];
  /** Every draw, newest first. */
  entries: Array<KeyAccountFundEntry>;
  /** What is left to draw. */
  remaining: Scalars['Money']['output'];
  /** What has been drawn. */
  spent: Scalars['Money']['output'];
};

/** One draw on a key-account fund. */
export type KeyAccountFundEntry = {
  __typename?: 'KeyAccountFundEntry';
  /** How much. */
  amount: Scalars['Money']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What it paid for. */
  purpose: Scalars['String']['output'];
  /** When. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who drew it (user id). */
  recordedBy: Scalars['String']['output'];
};

/** One KPI: its value, target, attainment, formula and the facts behind it. */
export type Kpi = {
  __typename?: 'Kpi';
  /** value ÷ target, as a fraction; null when attainmentStatus is not MEASURED. */
  attainment?: Maybe<Scalars['Float']['output']>;
  /** Why attainment is what it is: measured, or the reason it is null. */
  attainmentStatus: AttainmentStatus;
  /** The facts the value was computed from. */
  facts: Array<KpiFact>;
  /** How it is computed, in words. */
  formula: Scalars['String']['output'];
  /** Its evaluation group. */
  group: KpiGroup;
  /** Which KPI. */
  key: KpiKey;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The owner's target for the period, where the KPI has a target metric and one is set. */
  target?: Maybe<Scalars['Float']['output']>;
  /** How to read value and target. */
  unit: KpiUnit;
  /** The value; null when not measurable (nothing to divide by, or facts the period lacks, as the KPI's description says). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A number a KPI was computed from. */
export type KpiFact = {
  __typename?: 'KpiFact';
  /** What it is, e.g. 'due in period'. */
  name: Scalars['String']['output'];
  /** How to read it. */
  unit: KpiUnit;
  /** The number. */
  value: Scalars['Float']['output'];
};

/** The evaluation groups of docs/domain.md#kpis. */
export type KpiGroup =
  /** Spending and concessions. */
  | 'EXPENSE_CONTROL'
  /** The work that produces output. */
  | 'INPUT'
  /** What the rep brought in. */
  | 'OUTPUT'
  /** Discipline: reports on time. */
  | 'SELF_MANAGEMENT'
  /** How customers are kept and served. */
  | 'SERVICE';

/** The KPIs of docs/domain.md#kpis. */
export type KpiKey =
  /** 1 − budget usage. */
  | 'BUDGET_REDUCTION'
  /** Approved expenses ÷ budget. */
  | 'BUDGET_USAGE'
  /** 1 − retention rate. */
  | 'CHURN_RATE'
  /** Payments received in the period. */
  | 'COLLECTED'
  /** Collected ÷ due in the period. */
  | 'COLLECTION_RATE'
  /** Mean hours to resolve a complaint. */
  | 'COMPLAINT_HANDLING_HOURS'
  /** Growth of revenue from retained customers. */
  | 'CUSTOMER_SALES_GROWTH'
  /** Orders whose discount needed a manager's approval. */
  | 'DISCOUNTS_BEYOND_AUTHORITY'
  /** Revenue − revenue from new customers: from customers who bought before the period, the farmer's output. With NEW_CUSTOMER_REVENUE it adds up to REVENUE. */
  | 'EXISTING_CUSTOMER_REVENUE'
  /** Share of orders within the standard payment terms. */
  | 'FAVOURABLE_TERMS_SHARE'
  /** Gross profit on them, where costs are known. */
  | 'GROSS_PROFIT'
  /** Visits of kind MAINTENANCE: farming. Null for a period holding visits logged before visit kinds were counted. */
  | 'MAINTENANCE_VISITS'
  /** Revenue ÷ the region's market size. */
  | 'MARKET_SHARE'
  /** Customers whose first order falls in the period. */
  | 'NEW_CUSTOMERS'
  /** Revenue in the period from the new customers (those NEW_CUSTOMERS counts): the hunter's output. */
  | 'NEW_CUSTOMER_REVENUE'
  /** New-development visits ÷ (new-development + maintenance visits): the hunter/farmer effort balance, to read against the rep's type (HUNTER, FARMER or BOTH); null without either, or for a period holding visits logged before visit kinds were counted. */
  | 'NEW_DEVELOPMENT_SHARE'
  /** Visits of kind NEW_DEVELOPMENT: hunting. Null for a period holding visits logged before visit kinds were counted. */
  | 'NEW_DEVELOPMENT_VISITS'
  /** Reports on time ÷ reports due. */
  | 'REPORT_TIMELINESS'
  /** Share of last period's buying customers still buying. */
  | 'RETENTION_RATE'
  /** Sum of confirmed orders taken in the period. */
  | 'REVENUE'
  /** Approved expenses ÷ revenue. */
  | 'SALES_EXPENSE_RATIO'
  /** Mean satisfaction survey score, 1–5. */
  | 'SATISFACTION'
  /** Units sold on them. */
  | 'UNITS'
  /** Visits logged. */
  | 'VISITS'
  /** Visits ÷ working days so far. */
  | 'VISITS_PER_WORKING_DAY'
  /** Share of customers visited within their class's interval. */
  | 'VISIT_COVERAGE';

/** An owner's KPIs for a period. */
export type KpiReport = {
  __typename?: 'KpiReport';
  /** First day of the period. */
  firstDay: Scalars['Date']['output'];
  /** One KPI. */
  kpi: Kpi;
  /** Every KPI, in the order of the table of docs/domain.md#kpis. */
  kpis: Array<Kpi>;
  /** Last day of the period. */
  lastDay: Scalars['Date']['output'];
  /** The owner's id: a branch, team or rep id, or 'company'. */
  ownerId: Scalars['ID']['output'];
  /** The level of the owner. */
  ownerKind: OwnerKind;
  /** The period, as asked. */
  period: Scalars['Period']['output'];
};


/** An owner's KPIs for a period. */
export type KpiReportKpiArgs = {
  key: KpiKey;
};

/** How to read a KPI's numbers. */
export type KpiUnit =
  /** A count. */
  | 'COUNT'
  /** Hours. */
  | 'HOURS'
  /** An amount in the deployment currency, as a decimal number (1234.5). */
  | 'MONEY'
  /** A count per working day. */
  | 'PER_DAY'
  /** A fraction: 0.85 is 85 %. */
  | 'RATIO'
  /** A score from 1 to 5. */
  | 'SCORE';

/** What logging a visit needs. */
export type LogVisitInput = {
  /** A willingness assessment of the customer. */
  assessment?: InputMaybe<AssessmentInput>;
  /** Contacts of this customer who were met. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The customer visited: one the caller works on. */
  customerId: Scalars['ID']['input'];
  /** Expenses incurred, zero or more. */
  expenses?: InputMaybe<Scalars['Money']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The manager on a joint visit: the visiting rep's own manager (a manager of their team), the head of their branch, or a director; never the rep, a fellow rep, another team's manager or another branch's head. */
  jointManagerId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of visit. */
  kind: VisitKind;
  /** The agreed next step (up to 500 characters). */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due: not before the visit, at most 10 years ahead. */
  nextStepAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What came of it; giving it now submits the visit report. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** What it was for (1–500 characters). */
  purpose: Scalars['String']['input'];
  /** When it took place: not in the future, not before 2000-01-01. */
  visitedAt: Scalars['DateTime']['input'];
};

/** The size of a region's market in a period. */
export type MarketSize = {
  __typename?: 'MarketSize';
  /** The market's size. */
  amount: Scalars['Money']['output'];
  /** The period: a year, quarter or month. */
  period: Scalars['Period']['output'];
  /** The region. */
  region: Scalars['String']['output'];
};

/** Moves an opportunity forward, or to LOST. */
export type MoveOpportunityStageInput = {
  /** The opportunity. */
  id: Scalars['ID']['input'];
  /** Why it was lost: required for LOST. */
  lostReason?: InputMaybe<Scalars['String']['input']>;
  /** A later stage, or LOST. */
  stage: OpportunityStage;
  /** The version you read. */
  version: Scalars['Int']['input'];
  /** The competitor who won it, for LOST. */
  wonByCompetitor?: InputMaybe<Scalars['String']['input']>;
};

/** Moves a rep to another team. */
export type MoveSalesRepInput = {
  /** The first day in the new team (YYYY-MM-DD); today by default. Facts from that day count for the new team. */
  fromDay?: InputMaybe<Scalars['Date']['input']>;
  /** Why (1–500 characters): kept in the team history. */
  reason: Scalars['String']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** The team they join. */
  teamId: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a contact to a customer the caller works on. */
  addContact: Contact;
  /** Amends a filed visit report, from the version read (the visiting rep or a manager), keeping the original and each amendment with who, when and why (`reportAmendments`). Its timeliness stays that of the first filing. Announced as VisitReportAmended. */
  amendVisitReport: Visit;
  /** Applies a payment to an invoice; partial payments are fine, overpayment is refused. */
  applyPayment: Invoice;
  /** Approves a claim (the rep's manager, directors, admins). */
  approveExpenseClaim: ExpenseClaim;
  /** Approves the discount of an order waiting for it, confirming the order: by someone above the order's rep (their team's manager or the head of their branch for a rep's order; the head of the branch, a director or an admin for a manager's own order; directors and admins for anyone's). Nobody decides on their own order. */
  approveOrderDiscount: Order;
  /**
   * Cancels an order not yet invoiced (CONFIRMED or PENDING_APPROVAL), keeping the reason, who and when (`cancellation`):
   * by the order's rep, a manager of the rep's team, or a director or admin. A confirmed order's revenue, gross profit,
   * units and discounts are taken back as an adjustment on the day of the cancellation, in the period open then: a
   * period already closed (frozen scorecards and commission statements) keeps its figures, and the current period's live
   * figures show the adjustment. Announced as OrderCancelled.
   */
  cancelOrder: Order;
  /** Moves a customer along PROSPECT → ACTIVE → DORMANT/CHURNED (a dormant one may be woken, a churned one won back). */
  changeCustomerStatus: Customer;
  /** Records the bad habits observed in a rep (their manager, directors, admins). */
  checkBadHabits: BadHabitCheck;
  /** Closes a cycle, freezing every scorecard (directors and admins). A cycle whose period has not ended is refused (BAD_USER_INPUT on input.cycleId), as incentive periods are. */
  closeEvaluationCycle: EvaluationCycle;
  /** Freezes every active rep's statement for an ended month or quarter (directors and admins). */
  closeIncentivePeriod: Array<IncentiveStatement>;
  /** Creates a branch (directors and admins). */
  createBranch: Branch;
  /** Files a new customer; a rep files for themselves, a manager for the team, a director for anyone. */
  createCustomer: Customer;
  /** Creates a template; weights must make 100 % (directors and admins). */
  createEvaluationTemplate: EvaluationTemplate;
  /** Publishes a plan (directors and admins). */
  createIncentivePlan: IncentivePlan;
  /** Opens an opportunity with a customer. */
  createOpportunity: Opportunity;
  /** Creates a position with its job description (directors and admins). */
  createPosition: Position;
  /** Creates a team (directors and admins). */
  createTeam: Team;
  /** Deactivates a contact who left the buying centre, from the version read (whoever works on the customer), keeping who, when and why. Announced as ContactDeactivated. */
  deactivateContact: Contact;
  /** Deletes a target set by mistake, from the version read (directors and admins), and answers with it as it was. A target split among its owner's children is refused (BAD_USER_INPUT on input.targetId, naming them) while any child holds a target of the same metric and period: delete the children's first. The same owner's sub-period targets stay. Frozen scorecards and statements keep what they froze; live attainment no longer has the target. */
  deleteTarget: Target;
  /** Draws on a key-account fund (the owner and managers); refused beyond what remains, and once the customer is no longer A-class (the fund and its history stay, closed). */
  drawKeyAccountFund: Customer;
  /** Invoices a confirmed order, due under its payment terms. */
  invoiceOrder: Invoice;
  /**
   * Issues a credit note against an invoice (the sale's rep, a manager of the rep's team, or a director or admin), decided
   * on the invoice as it is under its lock: never more than it still asks and is unpaid, so parallel credit notes never
   * credit more than was invoiced. The invoice asks less from then on, and the rep's revenue (and gross profit, when the
   * order's costs are known) is lowered as an adjustment on the day of the credit note, in the period open then: a closed
   * period's frozen statements are not rewritten. Announced as CreditNoteIssued.
   */
  issueCreditNote: CreditNote;
  /** Logs a visit, with its assessment, and moves the customer's last visit on. */
  logVisit: Visit;
  /** Moves an opportunity forward or to LOST; going back is a manager's reopenOpportunity. */
  moveOpportunityStage: Opportunity;
  /** Moves a rep to another team, keeping the history (directors and admins). */
  moveSalesRep: SalesRep;
  /** Opens a complaint. */
  openComplaint: Complaint;
  /** Opens a cycle (directors and admins). A second open cycle of the same template and period is refused (BAD_USER_INPUT on input.period). */
  openEvaluationCycle: EvaluationCycle;
  /** Publishes a new version of the assessment questions (directors and admins). */
  publishAssessmentQuestionSet: AssessmentQuestionSet;
  /** Rates a rep on a qualitative criterion (their manager, directors, admins). */
  rateSalesRep: QualitativeScore;
  /**
   * Gives a customer to another rep, keeping the change in its history (managers within the team, directors and admins).
   * In the same transaction its open opportunities move to the new rep (each announced as OpportunityReassigned);
   * closed opportunities, past orders, invoices, visits and complaints stay credited to the rep who made them,
   * who keeps seeing them because they count in that rep's figures.
   */
  reassignCustomer: Customer;
  /** Records a note on a competitor. */
  recordCompetitorIntelligence: CompetitorIntelligence;
  /** Records an order; a prospect becomes an active customer. A discount beyond the rep's authority waits for a manager. */
  recordOrder: Order;
  /** Records a satisfaction survey. */
  recordSatisfactionSurvey: SatisfactionSurvey;
  /** Registers a rep in a team (directors and admins). */
  registerSalesRep: SalesRep;
  /** Rejects a claim with a reason (the rep's manager, directors, admins). */
  rejectExpenseClaim: ExpenseClaim;
  /** Refuses the discount of an order waiting for it, keeping the reason on the order (`discountRejection`); the rep then revises (`reviseOrder`) or withdraws (`withdrawOrder`) it. Same deciders as approval: their team's manager or the head of their branch for a rep's order; the head of the branch, a director or an admin for a manager's own order; directors and admins for anyone's. Nobody decides on their own order. */
  rejectOrderDiscount: Order;
  /** Reopens an opportunity at an earlier or, from LOST, any open stage (managers, directors and admins). */
  reopenOpportunity: Opportunity;
  /** Resolves an open complaint. */
  resolveComplaint: Complaint;
  /**
   * Reverses a payment that bounced or was recorded by mistake (the sale's rep, a manager of the rep's team, or a
   * director or admin), under the invoice's lock: the payment stays, marked reversed with who, when and why, and the
   * invoice's paid amount drops by it. What the rep collected is lowered as an adjustment on the day of the reversal, in
   * the period open then: a closed period's frozen statements are not rewritten. Announced as PaymentReversed.
   */
  reversePayment: Invoice;
  /** Publishes new terms from a month on; closed statements never change (directors and admins). */
  reviseIncentivePlan: IncentivePlan;
  /**
   * Revises a REJECTED order, keeping the order as it was rejected, the rejection, the reason, who and when in `revisions`:
   * by the order's rep, a manager of the rep's team, the head of the rep's branch, or a director or admin. The new lines
   * are priced like a new order's. Within the rep's discount authority the order is CONFIRMED and announced as
   * OrderRecorded, counting as revenue like an approved order; beyond it, it waits in PENDING_APPROVAL again (announced
   * as OrderAwaitingApproval) and the deciders of `approveOrderDiscount` decide afresh: nothing of the rejection stays on
   * the order. A prospect becomes active, a dormant or churned customer is won back, as for any confirmed order.
   */
  reviseOrder: Order;
  /** Runs the customer lifecycle now instead of waiting for its timer (directors and admins): what it changed; nothing when the timer has just run. */
  runCustomerLifecycle: CustomerLifecycleRun;
  /** Appoints a branch's head (directors and admins). A branch has one head and a person heads one branch: appointing someone who heads another branch is BAD_USER_INPUT on input.managerId. The new and the former head are announced to the other subgraphs (SalesRepRegistered v4). */
  setBranchManager: Branch;
  /** Sets a customer's quality profile (the owner and managers). */
  setCustomerQualityProfile: Customer;
  /** Changes how much discount a rep may give without approval (directors and admins). */
  setDiscountAuthority: SalesRep;
  /** Sets a rep's budget for a category and period (their manager, directors, admins). A month's budget inside a quarter's or year's budget of the same category is a limit within that envelope, not money on top of it (see BudgetUsage.budget). */
  setExpenseBudget: ExpenseBudget;
  /** Sets an A-class customer's fund budget (managers, directors and admins). */
  setKeyAccountFund: Customer;
  /** Records a region's market size for a period (directors and admins). */
  setMarketSize: MarketSize;
  /** Sets or changes one target (directors and admins). */
  setTarget: Target;
  /** Moves a team under a branch (directors and admins). */
  setTeamBranch: Team;
  /** Appoints a member of a team as its manager (directors and admins). */
  setTeamManager: Team;
  /** Sets how often a class must be visited (directors and admins). */
  setVisitPolicy: VisitPolicy;
  /** Splits a target among the owner's children (directors and admins; a manager for their own team). */
  splitTarget: Array<Target>;
  /** Claims an expense of your own. */
  submitExpenseClaim: ExpenseClaim;
  /** Submits your weekly, monthly or market-information report; one of each kind per period. */
  submitSalesReport: SalesReport;
  /** Submits a success case to the shared library (reps and managers). */
  submitSuccessCase: SuccessCase;
  /** Files the visit report; whether it was on time feeds the rep's report-timeliness KPI. */
  submitVisitReport: Visit;
  /** Undoes a rep's latest team move, made on the wrong day or to the wrong team (directors and admins): the stint it opened is removed from the team history and the one before reopened, so from that day the rep's facts count for the previous team again; announced as SalesRepMoved back to it. A rep who never moved is refused (BAD_USER_INPUT on input.repId). Frozen scorecards and statements keep what they froze. To move on another day, undo and move again. */
  undoTeamMove: SalesRep;
  /** Changes a contact, from the version read. */
  updateContact: Contact;
  /** Changes a customer's descriptive fields (its owner and managers). */
  updateCustomer: Customer;
  /** Corrects an open opportunity's amount, expected close date or products, from the version read (its owner, their manager, a director or admin), keeping the change in `changes`. Announced as OpportunityUpdated. */
  updateOpportunity: Opportunity;
  /** Changes a rep's position, status or type (directors and admins). */
  updateSalesRep: SalesRep;
  /**
   * Withdraws a REJECTED order that will not be revised, keeping the reason, who and when (`withdrawal`): by the same
   * people as `reviseOrder`. Only for REJECTED orders: one waiting for approval is cancelled with `cancelOrder`. Final:
   * a WITHDRAWN order is revised, approved and invoiced no more. It never counted as revenue; announced as OrderWithdrawn.
   */
  withdrawOrder: Order;
};


export type MutationAddContactArgs = {
  input: AddContactInput;
};


export type MutationAmendVisitReportArgs = {
  input: AmendVisitReportInput;
};


export type MutationApplyPaymentArgs = {
  input: ApplyPaymentInput;
};


export type MutationApproveExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


export type MutationApproveOrderDiscountArgs = {
  input: DecideOrderDiscountInput;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationChangeCustomerStatusArgs = {
  input: ChangeCustomerStatusInput;
};


export type MutationCheckBadHabitsArgs = {
  input: CheckBadHabitsInput;
};


export type MutationCloseEvaluationCycleArgs = {
  input: CloseEvaluationCycleInput;
};


export type MutationCloseIncentivePeriodArgs = {
  input: CloseIncentivePeriodInput;
};


export type MutationCreateBranchArgs = {
  input: CreateBranchInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateEvaluationTemplateArgs = {
  input: CreateEvaluationTemplateInput;
};


export type MutationCreateIncentivePlanArgs = {
  input: CreateIncentivePlanInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeactivateContactArgs = {
  input: DeactivateContactInput;
};


export type MutationDeleteTargetArgs = {
  input: DeleteTargetInput;
};


export type MutationDrawKeyAccountFundArgs = {
  input: DrawKeyAccountFundInput;
};


export type MutationInvoiceOrderArgs = {
  input: InvoiceOrderInput;
};


export type MutationIssueCreditNoteArgs = {
  input: IssueCreditNoteInput;
};


export type MutationLogVisitArgs = {
  input: LogVisitInput;
};


export type MutationMoveOpportunityStageArgs = {
  input: MoveOpportunityStageInput;
};


export type MutationMoveSalesRepArgs = {
  input: MoveSalesRepInput;
};


export type MutationOpenComplaintArgs = {
  input: OpenComplaintInput;
};


export type MutationOpenEvaluationCycleArgs = {
  input: OpenEvaluationCycleInput;
};


export type MutationPublishAssessmentQuestionSetArgs = {
  input: PublishAssessmentQuestionSetInput;
};


export type MutationRateSalesRepArgs = {
  input: RateSalesRepInput;
};


export type MutationReassignCustomerArgs = {
  input: ReassignCustomerInput;
};


export type MutationRecordCompetitorIntelligenceArgs = {
  input: RecordCompetitorIntelligenceInput;
};


export type MutationRecordOrderArgs = {
  input: RecordOrderInput;
};


export type MutationRecordSatisfactionSurveyArgs = {
  input: RecordSatisfactionSurveyInput;
};


export type MutationRegisterSalesRepArgs = {
  input: RegisterSalesRepInput;
};


export type MutationRejectExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


export type MutationRejectOrderDiscountArgs = {
  input: DecideOrderDiscountInput;
};


export type MutationReopenOpportunityArgs = {
  input: ReopenOpportunityInput;
};


export type MutationResolveComplaintArgs = {
  input: ResolveComplaintInput;
};


export type MutationReversePaymentArgs = {
  input: ReversePaymentInput;
};


export type MutationReviseIncentivePlanArgs = {
  input: ReviseIncentivePlanInput;
};


export type MutationReviseOrderArgs = {
  input: ReviseOrderInput;
};


export type MutationSetBranchManagerArgs = {
  input: SetBranchManagerInput;
};


export type MutationSetCustomerQualityProfileArgs = {
  input: SetCustomerQualityProfileInput;
};


export type MutationSetDiscountAuthorityArgs = {
  input: SetDiscountAuthorityInput;
};


export type MutationSetExpenseBudgetArgs = {
  input: SetExpenseBudgetInput;
};


export type MutationSetKeyAccountFundArgs = {
  input: SetKeyAccountFundInput;
};


export type MutationSetMarketSizeArgs = {
  input: SetMarketSizeInput;
};


export type MutationSetTargetArgs = {
  input: SetTargetInput;
};


export type MutationSetTeamBranchArgs = {
  input: SetTeamBranchInput;
};


export type MutationSetTeamManagerArgs = {
  input: SetTeamManagerInput;
};


export type MutationSetVisitPolicyArgs = {
  input: SetVisitPolicyInput;
};


export type MutationSplitTargetArgs = {
  input: SplitTargetInput;
};


export type MutationSubmitExpenseClaimArgs = {
  input: SubmitExpenseClaimInput;
};


export type MutationSubmitSalesReportArgs = {
  input: SubmitSalesReportInput;
};


export type MutationSubmitSuccessCaseArgs = {
  input: SubmitSuccessCaseInput;
};


export type MutationSubmitVisitReportArgs = {
  input: SubmitVisitReportInput;
};


export type MutationUndoTeamMoveArgs = {
  input: UndoTeamMoveInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdateSalesRepArgs = {
  input: UpdateSalesRepInput;
};


export type MutationWithdrawOrderArgs = {
  input: WithdrawOrderInput;
};

/** How a raw value maps to a 0–100 score. */
export type NormalisationKind =
  /** Attainment × 100, capped at capPercent (120 by default). */
  | 'ATTAINMENT'
  /** 100 − pointsPerHabit × habits ticked (20 by default), never below 0. */
  | 'BAD_HABITS'
  /** Linear from `worst` (0) to `best` (100), clamped; worst above best means lower is better. */
  | 'RANGE'
  /** A 1–5 rating × 20. */
  | 'RATING';

/** A new complaint. */
export type OpenComplaintInput = {
  /** The customer: one the caller works on. */
  customerId: Scalars['ID']['input'];
  /** The complaint in full (1–4,000 characters). */
  description: Scalars['String']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When the customer raised it; defaults to now. */
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How serious it is; MEDIUM by default. */
  severity?: InputMaybe<ComplaintSeverity>;
  /** What it is about (1–200 characters). */
  subject: Scalars['String']['input'];
};

/** A new cycle. */
export type OpenEvaluationCycleInput = {
  /** Name (1–100 characters). */
  name: Scalars['String']['input'];
  /** The period evaluated: a week, month, quarter or year. */
  period: Scalars['Period']['input'];
  /** The template. */
  templateId: Scalars['ID']['input'];
};

/** A deal in the making, moving through the sales stages. */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** Expected value. */
  amount: Scalars['Money']['output'];
  /** Every correction of its amount, expected close date or products, oldest first (`updateOpportunity`). */
  changes: Array<OpportunityChange>;
  /** Competitors involved. */
  competitors: Array<Scalars['String']['output']>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer it is with. */
  customer: Customer;
  /** How many of the customer's contacts are decision makers: more means a longer, harder sale. */
  decisionMakerCount: Scalars['Int']['output'];
  /** Expected close date (YYYY-MM-DD). */
  expectedCloseDate: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why it was lost. */
  lostReason?: Maybe<Scalars['String']['output']>;
  /** What the deal is. */
  name: Scalars['String']['output'];
  /** The rep who owns it: the customer's owner while it is open (it moves with the customer); a closed one stays with the rep who closed it. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  owner?: Maybe<SalesRep>;
  /** Default win probability of the stage, in %. */
  probability: Scalars['Int']['output'];
  /** Products in the deal. */
  products: Array<Scalars['String']['output']>;
  /** Where it stands. */
  stage: OpportunityStage;
  /** When it entered its current stage. */
  stageEnteredAt: Scalars['DateTime']['output'];
  /** Every stage it entered, oldest first. */
  stageHistory: Array<OpportunityStageEntry>;
  /** The record's version: send it back with a change. */
  version: Scalars['Int']['output'];
  /** Expected value weighted by the stage's win probability. */
  weightedAmount: Scalars['Money']['output'];
  /** The competitor who won it. */
  wonByCompetitor?: Maybe<Scalars['String']['output']>;
};

/** A correction of an open opportunity: what it was and what it became, who, when and why. */
export type OpportunityChange = {
  __typename?: 'OpportunityChange';
  /** The amount after. */
  amountAfter: Scalars['Money']['output'];
  /** The amount before. */
  amountBefore: Scalars['Money']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who changed it (user id). */
  changedBy: Scalars['String']['output'];
  /** The expected close date after (YYYY-MM-DD). */
  expectedCloseDateAfter: Scalars['Date']['output'];
  /** The expected close date before (YYYY-MM-DD). */
  expectedCloseDateBefore: Scalars['Date']['output'];
  /** The products after. */
  productsAfter: Array<Scalars['String']['output']>;
  /** The products before. */
  productsBefore: Array<Scalars['String']['output']>;
  /** Why, if given. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A page of opportunities. */
export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** The opportunities on this page, by expected close date. */
  edges: Array<OpportunityEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An opportunity on a page. */
export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  /** Pass as `after` to continue after this opportunity. */
  cursor: Scalars['String']['output'];
  /** The opportunity. */
  node: Opportunity;
};

/** Narrows an opportunity list. */
export type OpportunityFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only expected to close on or after this date (YYYY-MM-DD). */
  expectedCloseFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only expected to close on or before this date (YYYY-MM-DD). */
  expectedCloseTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only open (true) or closed (false) ones. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this rep's. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only in these stages. */
  stage?: InputMaybe<Array<OpportunityStage>>;
};

/** How to order opportunities; ties are broken by id. */
export type OpportunitySort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: OpportunitySortField;
};

/** What opportunity lists can be sorted by. */
export type OpportunitySortField =
  /** Expected value. */
  | 'AMOUNT'
  /** When it was opened. */
  | 'CREATED_AT'
  /** Expected close date. */
  | 'EXPECTED_CLOSE_DATE'
  /** When it entered its current stage: oldest first shows stalled deals. */
  | 'STAGE_ENTERED_AT';

/** The sales stages, each with a default win probability. */
export type OpportunityStage =
  /** Contract signed (90 %). */
  | 'CONTRACT_SIGNED'
  /** Delivered (100 %). */
  | 'DELIVERED'
  /** Lost (0 %). */
  | 'LOST'
  /** Understanding the need (20 %). */
  | 'NEEDS_ANALYSIS'
  /** Negotiating (60 %). */
  | 'NEGOTIATION'
  /** Proposal made (40 %). */
  | 'PROPOSAL'
  /** Finding the need (10 %). */
  | 'PROSPECTING';

/** One stage an opportunity entered. */
export type OpportunityStageEntry = {
  __typename?: 'OpportunityStageEntry';
  /** Who moved it (user id). */
  changedBy: Scalars['String']['output'];
  /** When it was entered. */
  enteredAt: Scalars['DateTime']['output'];
  /** Why a manager reopened it, when this entry is a reopening. */
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** The stage. */
  stage: OpportunityStage;
};

/**
 * A sale to a customer, credited to the rep who owned the customer when it was recorded.
 * When the customer moves to another rep its past orders and their invoices stay credited
 * to the rep who sold them (commission, KPIs) and stay visible to that rep and their manager;
 * its open opportunities move with it. Writes (approval, invoicing) are for the customer's current owner's side.
 */
export type Order = {
  __typename?: 'Order';
  /** Why the order was cancelled, who and when: set on CANCELLED orders. */
  cancellation?: Maybe<OrderCancellation>;
  /** How the order was sold. */
  channel?: Maybe<SalesChannel>;
  /** Who bought; null when the customer has since moved to a rep outside what you may see: the record stays visible to the rep it is credited to. */
  customer?: Maybe<Customer>;
  /** Who approved the discount, when one was needed (of the current round: a revised order starts a new one). */
  discountApprovedBy?: Maybe<Scalars['String']['output']>;
  /** Why a manager refused the discount, who and when: set on REJECTED orders (null for those refused before reasons were kept). */
  discountRejection?: Maybe<DiscountRejection>;
  /** Gross profit: null when a line's unit cost is unknown. */
  grossProfit?: Maybe<Scalars['Money']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How much has been invoiced. */
  invoiced: Scalars['Money']['output'];
  /** The order's invoices, by issue date. */
  invoices: Array<Invoice>;
  /** The products ordered, in order; empty for orders recorded without line detail. */
  lines: Array<OrderLine>;
  /** The largest discount on the order, in %. */
  maxDiscountPercent: Scalars['Float']['output'];
  /** When the order was placed. */
  orderedAt: Scalars['DateTime']['output'];
  /** Days the customer has to pay. */
  paymentTermsDays: Scalars['Int']['output'];
  /** The rep credited with the sale: the customer's owner when it was recorded, whoever owns the customer now. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  rep?: Maybe<SalesRep>;
  /** The revisions of the order after rejections, oldest first: each keeps the order as it was rejected and the rejection. */
  revisions: Array<OrderRevision>;
  /** CONFIRMED counts as revenue; a discount beyond the rep's authority waits in PENDING_APPROVAL; a REJECTED order is revised or WITHDRAWN; CANCELLED no longer counts. */
  status: OrderStatus;
  /** Whether the terms are longer than the company standard: unfavourable to the company. */
  termsBeyondStandard: Scalars['Boolean']['output'];
  /** The order's total value: the sum of its lines. */
  total: Scalars['Money']['output'];
  /** The record's version: send it back with an approval. */
  version: Scalars['Int']['output'];
  /** Why the rejected order was withdrawn, who and when: set on WITHDRAWN orders. */
  withdrawal?: Maybe<OrderWithdrawal>;
};

/**
 * An order's cancellation, as it was recorded. Figures follow it as an adjustment on the day of the cancellation,
 * never on the order's day: a period already closed (frozen scorecards, commission statements) is not rewritten.
 */
export type OrderCancellation = {
  __typename?: 'OrderCancellation';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who cancelled it (user id). */
  by: Scalars['String']['output'];
  /** The reason given (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page, newest first. */
  edges: Array<OrderEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An order on a page. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Narrows an order list. */
export type OrderFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this rep's. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Only in these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
  /** Only with terms beyond the standard. */
  termsBeyondStandard?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One product on an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Discount off the list price, in %. */
  discountPercent: Scalars['Float']['output'];
  /** (Net price − unit cost) × units; null when the cost is unknown. */
  grossProfit?: Maybe<Scalars['Money']['output']>;
  /** Net price × units. */
  lineTotal: Scalars['Money']['output'];
  /** List price per unit. */
  listPrice: Scalars['Money']['output'];
  /** Price per unit after discount. */
  netPrice: Scalars['Money']['output'];
  /** The product. */
  product: Scalars['String']['output'];
  /** Cost per unit, if known. */
  unitCost?: Maybe<Scalars['Money']['output']>;
  /** Units ordered. */
  units: Scalars['Int']['output'];
};

/** One product of an order being recorded or revised. */
export type OrderLineInput = {
  /** Discount off the list price in %, 0–100, at most two decimals. */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** List price per unit. */
  listPrice: Scalars['Money']['input'];
  /** The product (1–200 characters). */
  product: Scalars['String']['input'];
  /** Cost per unit, for gross profit. */
  unitCost?: InputMaybe<Scalars['Money']['input']>;
  /** Units, at least 1. */
  units: Scalars['Int']['input'];
};

/** A revision of a rejected order: the order as the manager rejected it, the rejection, and why, who and when it was revised. */
export type OrderRevision = {
  __typename?: 'OrderRevision';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who revised it (user id). */
  by: Scalars['String']['output'];
  /** 1 for the order's first revision, then 2, 3… */
  number: Scalars['Int']['output'];
  /** What the revision led to: CONFIRMED (within the rep's authority) or PENDING_APPROVAL (beyond it, a manager decides afresh). */
  outcome: OrderStatus;
  /** The gross profit as it was rejected: null when a line's unit cost was unknown. */
  previousGrossProfit?: Maybe<Scalars['Money']['output']>;
  /** The lines as they were rejected. */
  previousLines: Array<OrderLine>;
  /** The largest discount as it was rejected, in %. */
  previousMaxDiscountPercent: Scalars['Float']['output'];
  /** The order date as it was rejected. */
  previousOrderedAt: Scalars['DateTime']['output'];
  /** The payment terms as they were rejected, in days. */
  previousPaymentTermsDays: Scalars['Int']['output'];
  /** The total as it was rejected. */
  previousTotal: Scalars['Money']['output'];
  /** Why the order was revised (1–500 characters). */
  reason: Scalars['String']['output'];
  /** The rejection the revision answered; null for one refused before reasons were kept. */
  rejection?: Maybe<DiscountRejection>;
};

/** How to order orders; ties are broken by id. */
export type OrderSort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: OrderSortField;
};

/** What order lists can be sorted by. */
export type OrderSortField =
  /** When the order was placed. */
  | 'ORDERED_AT'
  /** The order's total. */
  | 'TOTAL';

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled before it was invoiced: no longer revenue, from the day of the cancellation. */
  | 'CANCELLED'
  /** Counts as revenue and can be invoiced. */
  | 'CONFIRMED'
  /** A discount beyond the rep's authority waits for a manager. */
  | 'PENDING_APPROVAL'
  /** A manager refused the discount: revise it (`reviseOrder`) or withdraw it (`withdrawOrder`). */
  | 'REJECTED'
  /** A rejected order withdrawn instead of revised: never revenue, and final. */
  | 'WITHDRAWN';

/** The withdrawal of a rejected order, as it was recorded. Final: the order is revised, approved and invoiced no more. */
export type OrderWithdrawal = {
  __typename?: 'OrderWithdrawal';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who withdrew it (user id). */
  by: Scalars['String']['output'];
  /** The reason given (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** A level of the organisation that holds targets. */
export type OwnerKind =
  /** A branch. */
  | 'BRANCH'
  /** The whole company. */
  | 'COMPANY'
  /** A rep. */
  | 'REP'
  /** A team. */
  | 'TEAM';

/** Where a page of a Relay connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last row on this page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether rows precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first row on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Money received against an invoice. */
export type Payment = {
  __typename?: 'Payment';
  /** How much. */
  amount: Scalars['Money']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** Who recorded it (user id). */
  recordedBy: Scalars['String']['output'];
  /** Set when the payment was reversed (bounced, or recorded by mistake): it no longer counts as paid. */
  reversal?: Maybe<PaymentReversal>;
};

/**
 * A payment's reversal, as it was recorded. It counts on the day it was made, in the period open then, never on the day
 * the payment was received: a period already closed (frozen scorecards and commission statements) keeps its figures.
 */
export type PaymentReversal = {
  __typename?: 'PaymentReversal';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who reversed it (user id). */
  by: Scalars['String']['output'];
  /** Why (1–500 characters). */
  reason: Scalars['String']['output'];
};

/** The open pipeline the caller may see, by stage: what a funnel or a pipeline board shows without fetching every opportunity. */
export type Pipeline = {
  __typename?: 'Pipeline';
  /** Their expected value in all. */
  amount: Scalars['Money']['output'];
  /** Open opportunities in all. */
  count: Scalars['Int']['output'];
  /** Every open stage, in sales order, including those with none. */
  stages: Array<PipelineStage>;
  /** Their weighted value in all: the sum of the stages'. */
  weightedAmount: Scalars['Money']['output'];
};

/** One open stage of the pipeline: how many opportunities stand in it and what they are worth. */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  /** Their expected value. */
  amount: Scalars['Money']['output'];
  /** Opportunities in the stage. */
  count: Scalars['Int']['output'];
  /** The stage's default win probability, in %: what weights its amount. */
  probability: Scalars['Int']['output'];
  /** The stage. */
  stage: OpportunityStage;
  /** Their value weighted by the stage's probability: the sum of each opportunity's weightedAmount (the rows are `opportunities` with the same filter and this stage). */
  weightedAmount: Scalars['Money']['output'];
};

/** A bonus for reaching an attainment. */
export type PlanBonus = {
  __typename?: 'PlanBonus';
  /** The amount. */
  amount: Scalars['Money']['output'];
  /** Paid when attainment of the basis's target reaches this %. */
  minAttainmentPercent: Scalars['Float']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** A bonus. */
export type PlanBonusInput = {
  /** Amount. */
  amount: Scalars['Money']['input'];
  /** Attainment needed, in % (up to 500). */
  minAttainmentPercent: Scalars['Float']['input'];
  /** Name. */
  name: Scalars['String']['input'];
};

/** A plan's terms. */
export type PlanTermsInput = {
  /** Extra rate in % above target (0 by default). */
  acceleratorRatePercent?: InputMaybe<Scalars['Float']['input']>;
  /** What commission is paid on. */
  basis: CommissionBasis;
  /** Bonuses. */
  bonuses?: InputMaybe<Array<PlanBonusInput>>;
  /** Deducted per late report (0 by default). */
  lateReportPenalty?: InputMaybe<Scalars['Money']['input']>;
  /** % of overdue receivables deducted (0 by default). */
  overdueReceivablePenaltyPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Marginal tiers, ascending, the last one open. */
  tiers: Array<CommissionTierInput>;
};

/** A job in the sales organisation: its description is an evidence base of every evaluation. */
export type Position = {
  __typename?: 'Position';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The position this one reports to. */
  reportsTo?: Maybe<Position>;
  /** The job description: one responsibility per entry. */
  responsibilities: Array<Scalars['String']['output']>;
  /** What a holder may see and do: the role they sign in with. */
  role: Scalars['String']['output'];
  /** The job title, unique. */
  title: Scalars['String']['output'];
};

/** A new version of the assessment's questions. */
export type PublishAssessmentQuestionSetInput = {
  /** The questions; their maxPoints must add up to 100. */
  questions: Array<AssessmentQuestionInput>;
};

/** A manager's rating of a rep. */
export type QualitativeScore = {
  __typename?: 'QualitativeScore';
  /** The evidence. */
  comment: Scalars['String']['output'];
  /** The criterion's key. */
  criterionKey: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** 1 to 5. */
  score: Scalars['Int']['output'];
  /** When. */
  scoredAt: Scalars['DateTime']['output'];
  /** Who rated. */
  scoredBy: Scalars['String']['output'];
  /** Where it comes from. */
  source: RatingSource;
};

export type Query = {
  __typename?: 'Query';
  /** The assessment question set in force. */
  assessmentQuestionSet: AssessmentQuestionSet;
  /** A branch by id; null when there is none. Every signed-in user may read the organisation. */
  branch?: Maybe<Branch>;
  /** Every branch, by name. */
  branches: Array<Branch>;
  /** The whole company's KPIs for a period (directors, analysts and admins). For anyone else null, with a FORBIDDEN error at this field's path: the rest of the query still answers. */
  companyKpis?: Maybe<KpiReport>;
  /** Competitor notes: regional ones for everyone, customer and opportunity ones as visible as their customer. */
  competitorIntelligence: CompetitorIntelligenceConnection;
  /** A complaint by id, as the caller may see it (the customer's or the credited rep's scope); null otherwise. */
  complaint?: Maybe<Complaint>;
  /** Complaints of customers the caller may see, newest first. */
  complaints: ComplaintConnection;
  /** A contact by id, when the caller may see its customer; null otherwise. */
  contact?: Maybe<Contact>;
  /** One customer, if it exists and the caller may see it. */
  customer?: Maybe<Customer>;
  /** The customers the caller may see, by name unless sorted otherwise: a rep their own, a manager the team's, directors and analysts all. */
  customers: CustomerConnection;
  /** One cycle. */
  evaluationCycle?: Maybe<EvaluationCycle>;
  /** Every evaluation cycle, latest period first by the calendar (by last day, then first day: 2027-03, 2026-12, 2026-Q4, 2026, 2026-11), then the latest opened. */
  evaluationCycles: Array<EvaluationCycle>;
  /** Every evaluation template, by name. */
  evaluationTemplates: Array<EvaluationTemplate>;
  /** Claims you may see, latest first. */
  expenseClaims: ExpenseClaimConnection;
  /** Every plan, by name. */
  incentivePlans: Array<IncentivePlan>;
  /** An invoice by id, as the caller may see it (the customer's or the credited rep's scope); null otherwise. */
  invoice?: Maybe<Invoice>;
  /** Invoices of customers the caller may see, by due date unless sorted otherwise. */
  invoices: InvoiceConnection;
  /** Opportunities with customers the caller may see, by expected close date unless sorted otherwise. */
  opportunities: OpportunityConnection;
  /** One opportunity, if the caller may see its customer. */
  opportunity?: Maybe<Opportunity>;
  /** One order, if the caller may see its customer. */
  order?: Maybe<Order>;
  /** Orders of customers the caller may see, newest first unless sorted otherwise. */
  orders: OrderConnection;
  /** The open pipeline by stage, over the opportunities the caller may see that the filter selects (its `open` and `stage` narrow it further; closed stages are never in it). */
  pipeline: Pipeline;
  /** Every position, by title. */
  positions: Array<Position>;
  /** A rep's receivables across their customers: aging and DSO (the rep, their manager, directors and analysts). For anyone else null, with a FORBIDDEN error at this field's path: the rest of the query still answers. */
  repReceivables?: Maybe<ReceivablesSummary>;
  /** Reps (in the caller's scope) with no success case in the last two months: the guide asks one every two months. A rep rep-performance cannot answer for is null in the list, with an error at its path. */
  repsWithoutRecentSuccessCase?: Maybe<Array<Maybe<SalesRep>>>;
  /** One rep. */
  salesRep?: Maybe<SalesRep>;
  /** Sales reports you may see, latest due first. */
  salesReports: SalesReportConnection;
  /** All reps, ordered by id. */
  salesReps: SalesRepConnection;
  /** A rep's scorecard in a cycle (the rep, their manager, their branch's head, directors, analysts, admins; for others null, with FORBIDDEN at its path). Null when the cycle or rep does not exist. */
  scorecard?: Maybe<Scorecard>;
  /** The shared library of success cases, newest first; search matches title, story and industry. */
  successCases: SuccessCaseConnection;
  /** Every target of a period whose parts do not add up to it, by metric and level: its owner's children's targets (across the organisation) and, for a year or quarter, the same owner's quarter or month targets (across time). */
  targetGaps: Array<TargetGap>;
  /** Targets of an owner, for one period or all. */
  targets: Array<Target>;
  /** A team by id; null when there is none. Every signed-in user may read the organisation. */
  team?: Maybe<Team>;
  /** Every team, by name. */
  teams: Array<Team>;
  /** The signed-in user. */
  viewer: Viewer;
  /** A visit by id, as the caller may see it (the customer's or the credited rep's scope); null otherwise. */
  visit?: Maybe<Visit>;
  /** The visit policy of every class, A to D. */
  visitPolicies: Array<VisitPolicy>;
  /** Visits to customers the caller may see, newest first unless sorted otherwise. */
  visits: VisitConnection;
};


export type QueryBranchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyKpisArgs = {
  period: Scalars['Period']['input'];
};


export type QueryCompetitorIntelligenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompetitorIntelligenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CustomerSort>;
};


export type QueryEvaluationCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InvoiceSort>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OpportunitySort>;
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrderSort>;
};


export type QueryPipelineArgs = {
  filter?: InputMaybe<OpportunityFilter>;
};


export type QueryRepReceivablesArgs = {
  repId: Scalars['ID']['input'];
};


export type QueryRepsWithoutRecentSuccessCaseArgs = {
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySalesRepArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesRepsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScorecardArgs = {
  cycleId: Scalars['ID']['input'];
  repId: Scalars['ID']['input'];
};


export type QuerySuccessCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  repId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTargetGapsArgs = {
  metric?: InputMaybe<TargetMetric>;
  period: Scalars['Period']['input'];
};


export type QueryTargetsArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  ownerKind: OwnerKind;
  period?: InputMaybe<Scalars['Period']['input']>;
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<VisitSort>;
};

/** A manager's rating. */
export type RateSalesRepInput = {
  /** The evidence (1–1000 characters). */
  comment: Scalars['String']['input'];
  /** A RATING criterion of the cycle's template. */
  criterionKey: Scalars['String']['input'];
  /** The open cycle. */
  cycleId: Scalars['ID']['input'];
  /** The rep, in your team. */
  repId: Scalars['ID']['input'];
  /** 1 to 5. */
  score: Scalars['Int']['input'];
  /** Where it comes from. */
  source: RatingSource;
};

/** Where a manager's rating comes from. */
export type RatingSource =
  /** Colleagues' opinions. */
  | 'COLLEAGUE_OPINION'
  /** What customers said. */
  | 'CUSTOMER_FEEDBACK'
  /** A joint visit with the rep. */
  | 'JOINT_VISIT'
  /** Reading the rep's weekly and monthly reports. */
  | 'REPORT_REVIEW'
  /** Training. */
  | 'TRAINING';

/** Gives a customer to another rep. */
export type ReassignCustomerInput = {
  /** The customer. */
  customerId: Scalars['ID']['input'];
  /** Why (1–500 characters): kept in the customer's history. */
  reason: Scalars['String']['input'];
  /** The rep who takes it over: in the manager's team, or any rep for a director. */
  toRepId: Scalars['ID']['input'];
};

/** A receipt's particulars. */
export type Receipt = {
  __typename?: 'Receipt';
  /** Its amount. */
  amount: Scalars['Money']['output'];
  /** The day it was issued (YYYY-MM-DD). */
  issuedOn: Scalars['Date']['output'];
  /** Who issued it. */
  issuer: Scalars['String']['output'];
  /** The receipt's number. */
  number: Scalars['String']['output'];
};

/** A receipt. */
export type ReceiptInput = {
  /** Its amount. */
  amount: Scalars['Money']['input'];
  /** The day it was issued (YYYY-MM-DD): not after the day it is claimed, not before 2000-01-01. */
  issuedOn: Scalars['Date']['input'];
  /** Who issued it (1–200 characters). */
  issuer: Scalars['String']['input'];
  /** Its number (1–64 characters). */
  number: Scalars['String']['input'];
};

/** What is owed, how late, and how fast it comes in. */
export type ReceivablesSummary = {
  __typename?: 'ReceivablesSummary';
  /** Not yet due. */
  current: Scalars['Money']['output'];
  /** 1–30 days overdue. */
  days1To30: Scalars['Money']['output'];
  /** 31–60 days overdue. */
  days31To60: Scalars['Money']['output'];
  /** 61–90 days overdue. */
  days61To90: Scalars['Money']['output'];
  /** Days sales outstanding over the last 90 days: outstanding ÷ confirmed sales × 90; null without sales. */
  dso?: Maybe<Scalars['Float']['output']>;
  /** Open invoices. */
  openInvoices: Scalars['Int']['output'];
  /** Everything still owed. */
  outstanding: Scalars['Money']['output'];
  /** More than 90 days overdue. */
  over90: Scalars['Money']['output'];
  /** What is owed and past due. */
  overdue: Scalars['Money']['output'];
};

/** A new competitor note: link it to a region, a customer or an opportunity. */
export type RecordCompetitorIntelligenceInput = {
  /** The competitor (1–200 characters). */
  competitor: Scalars['String']['input'];
  /** The customer it concerns: one the caller works on. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The note (1–4,000 characters). */
  note: Scalars['String']['input'];
  /** The opportunity it concerns: one the caller works on. */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** The region it concerns. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** What it is about. */
  topic: IntelligenceTopic;
};

/** What recording an order needs: lines, or for an order without line detail its total. */
export type RecordOrderInput = {
  /** How it was sold. */
  channel?: InputMaybe<SalesChannel>;
  /** The buying customer: one the caller may work on. */
  customerId: Scalars['ID']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The products ordered. */
  lines?: InputMaybe<Array<OrderLineInput>>;
  /** When the order was placed; defaults to now. Not in the future, not before 2000-01-01. */
  orderedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Days the customer has to pay, 0–365; defaults to the company standard. */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** The order's total, greater than zero, when no lines are given. */
  total?: InputMaybe<Scalars['Money']['input']>;
};

/** A survey result. */
export type RecordSatisfactionSurveyInput = {
  /** What the customer said (up to 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The customer: one the caller works on. */
  customerId: Scalars['ID']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The score, 1–5. */
  score: Scalars['Int']['input'];
  /** When it was taken; defaults to now. */
  surveyedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What registering a rep needs. */
export type RegisterSalesRepInput = {
  /** The largest discount the rep may give without approval, in % (0–100, two decimals); 10 by default. */
  discountAuthorityPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Work email, unique. */
  email: Scalars['String']['input'];
  /** The day the rep joined (YYYY-MM-DD); today by default. */
  hireDate?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Full name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The rep's position. */
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** The team the rep joins. */
  teamId: Scalars['ID']['input'];
  /** Hunter, farmer or both. */
  type: SalesRepType;
};

/** The guide's relationship ladder, closest first: personalisation rises as it gets closer. */
export type RelationshipLevel =
  /** Knows only the brand. */
  | 'BRAND_ONLY'
  /** Occasional, distant contact. */
  | 'DISTANT'
  /** Regular face-to-face contact. */
  | 'FACE_TO_FACE'
  /** Personal closeness. */
  | 'INTIMATE';

/** A manager takes an opportunity back to an earlier stage, or out of LOST. */
export type ReopenOpportunityInput = {
  /** The opportunity. */
  id: Scalars['ID']['input'];
  /** Why (1–500 characters): kept in the stage history. */
  reason: Scalars['String']['input'];
  /** The open stage it returns to. */
  stage: OpportunityStage;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Resolves a complaint. */
export type ResolveComplaintInput = {
  /** The complaint. */
  id: Scalars['ID']['input'];
  /** How it was resolved (1–4,000 characters). */
  resolution: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Reversing a payment that bounced or was recorded by mistake. */
export type ReversePaymentInput = {
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The payment: one not yet reversed, on a sale you may correct. */
  paymentId: Scalars['ID']['input'];
  /** Why (1–500 characters), kept on the payment. */
  reason: Scalars['String']['input'];
};

/** New terms for a plan from a month on. */
export type ReviseIncentivePlanInput = {
  /** The first month in force: after the current version's. */
  effectiveFrom: Scalars['Period']['input'];
  /** The plan. */
  planId: Scalars['ID']['input'];
  /** The terms. */
  terms: PlanTermsInput;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Revising a rejected order: its lines anew, priced like a new order, and optionally new terms or a new order date. */
export type ReviseOrderInput = {
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the order as it is now, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** All the order's products, replacing those rejected (at least one). */
  lines: Array<OrderLineInput>;
  /** The order: REJECTED. */
  orderId: Scalars['ID']['input'];
  /** A new date the order was placed, for a deal agreed anew; the order is then entered again now. Not in the future, not before 2000-01-01. Defaults to the order's date. */
  orderedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Days the customer has to pay, 0–365; defaults to the order's. */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** Why, what changed (1–500 characters), kept in the order's `revisions`. */
  reason: Scalars['String']['input'];
  /** The version you read: a newer order is CONFLICT, nothing revised. */
  version: Scalars['Int']['input'];
};

/** How an order was sold. */
export type SalesChannel =
  /** Sold directly. */
  | 'DIRECT'
  /** Through a distributor. */
  | 'DISTRIBUTOR'
  /** Online. */
  | 'ONLINE'
  /** Through retail. */
  | 'RETAIL';

/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRep = {
  __typename?: 'SalesRep';
  /** The largest discount the rep may give without a manager's approval, in %. */
  discountAuthorityPercent: Scalars['Float']['output'];
  /** Work email, unique. */
  email: Scalars['String']['output'];
  /** Budget against approved spending per category for a period; for those who may not see it null, with FORBIDDEN at its path. */
  expenseUsage?: Maybe<Array<BudgetUsage>>;
  /** The day the rep joined (YYYY-MM-DD). */
  hireDate?: Maybe<Scalars['Date']['output']>;
  /** The rep's id. */
  id: Scalars['ID']['output'];
  /** The rep's commission statement for a month or quarter, line by line, under the plan in force: that of the team the rep was in during the period once it took effect, else the company plan. Null when no plan was in force; for those who may not see it null, with FORBIDDEN at its path. */
  incentiveStatement?: Maybe<IncentiveStatement>;
  /** The rep's KPIs for a period, each traceable to its facts (the rep, their manager, directors, analysts, admins; for others null, with FORBIDDEN at its path). */
  kpis?: Maybe<KpiReport>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The rep's position and its job description. */
  position?: Maybe<Position>;
  /**
   * Revenue credited to the rep in a period: the sum of their orders' totals, less the totals of orders cancelled and the
   * credit notes issued in the period. A correction is an adjustment on the day it is made, never on the order's day: a
   * period already closed keeps its figure, and the period of the correction shows it.
   * `period` is a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29).
   * A rep sees their own, a manager their team's, directors and analysts everyone's.
   * Null, with an error, when reporting cannot answer: the rest of a query still arrives.
   */
  revenue?: Maybe<Scalars['Money']['output']>;
  /** Whether the rep is working, on leave or gone. */
  status: SalesRepStatus;
  /** The rep's targets, for one period or all. */
  targets: Array<Target>;
  /** The rep's team. */
  team: Team;
  /** The rep's teams over time, earliest first. */
  teamHistory: Array<TeamMembership>;
  /** Whether the rep develops new business, maintains existing customers, or both. */
  type: SalesRepType;
  /** The record's version: send it back with a change. */
  version: Scalars['Int']['output'];
};


/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRepExpenseUsageArgs = {
  period: Scalars['Period']['input'];
};


/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRepIncentiveStatementArgs = {
  period: Scalars['Period']['input'];
};


/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRepKpisArgs = {
  period: Scalars['Period']['input'];
};


/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRepRevenueArgs = {
  period: Scalars['Period']['input'];
};


/** A rep, owned by rep-performance; customer-relationship knows only its id. */
export type SalesRepTargetsArgs = {
  period?: InputMaybe<Scalars['Period']['input']>;
};

/** A page of reps. */
export type SalesRepConnection = {
  __typename?: 'SalesRepConnection';
  /** The reps on this page, each with its cursor. */
  edges: Array<SalesRepEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many reps there are on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A rep on a page, with the cursor that points at it. */
export type SalesRepEdge = {
  __typename?: 'SalesRepEdge';
  /** Pass as `after` to continue after this rep. */
  cursor: Scalars['String']['output'];
  /** The rep. */
  node: SalesRep;
};

/** Whether a rep is working. */
export type SalesRepStatus =
  /** Working. */
  | 'ACTIVE'
  /** Has left: owes no reports, takes no new targets. */
  | 'LEFT'
  /** Away for a time: keeps their customers. */
  | 'ON_LEAVE';

/** The two kinds of selling: acquiring a customer costs about seven times keeping one. */
export type SalesRepType =
  /** Does both. */
  | 'BOTH'
  /** Maintains and grows existing customers. */
  | 'FARMER'
  /** Develops new customers. */
  | 'HUNTER';

/** A rep's weekly or monthly sales report, or monthly market-information report. */
export type SalesReport = {
  __typename?: 'SalesReport';
  /** When it was due. */
  dueAt: Scalars['DateTime']['output'];
  /** Revenue forecast for the next period. */
  forecast?: Maybe<Scalars['Money']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Weekly, monthly or market information. */
  kind: SalesReportKind;
  /** The plan for the next period. */
  nextPlan?: Maybe<Scalars['String']['output']>;
  /** Whether it came in time. */
  onTime: Scalars['Boolean']['output'];
  /** The week (2026-W48) or month (2026-11) covered. */
  period: Scalars['Period']['output'];
  /** Problems met. */
  problems?: Maybe<Scalars['String']['output']>;
  /** The rep. */
  rep: SalesRep;
  /** When it came in. */
  submittedAt: Scalars['DateTime']['output'];
  /** What happened: results, visits, deals. */
  summary: Scalars['String']['output'];
  /** Support asked of the company. */
  supportNeeded?: Maybe<Scalars['String']['output']>;
  /** Visits planned for the next period. */
  visitsPlanned?: Maybe<Scalars['Int']['output']>;
};

/** A page of sales reports. */
export type SalesReportConnection = {
  __typename?: 'SalesReportConnection';
  /** The reports on this page. */
  edges: Array<SalesReportEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many reports on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A report on a page. */
export type SalesReportEdge = {
  __typename?: 'SalesReportEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: SalesReport;
};

/** Conditions on the reports listed; all given must hold. */
export type SalesReportFilter = {
  /** Only this kind. */
  kind?: InputMaybe<SalesReportKind>;
  /** Only those in time (true) or late (false). */
  onTime?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this rep's. */
  repId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which periodic report: each is owed once per period by every rep, and counts in report timeliness in the period holding its due day. */
export type SalesReportKind =
  /** The market-information report, for each month: competitors' products, prices and moves, customers' demand, the region's trend (summary; problems, nextPlan and supportNeeded as for the others). Due by the end of the fifth day after the month: it draws on the whole month's field notes, so it comes after the monthly sales report but within the first week. */
  | 'MARKET'
  /** The monthly sales report, for each month; due by the end of the third day after it. */
  | 'MONTHLY'
  /** The weekly sales report, for each ISO week; due by the end of the next day (Monday). */
  | 'WEEKLY';

/** A customer's satisfaction over all surveys. */
export type Satisfaction = {
  __typename?: 'Satisfaction';
  /** Mean score, 1–5; null without surveys. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** The latest survey. */
  latest?: Maybe<SatisfactionSurvey>;
  /** How many surveys. */
  surveyCount: Scalars['Int']['output'];
};

/** A customer's satisfaction, 1 (poor) to 5 (excellent). */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  /** What the customer said. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Who recorded it (user id). */
  recordedBy: Scalars['String']['output'];
  /** The score, 1–5. */
  score: Scalars['Int']['output'];
  /** When the survey was taken. */
  surveyedAt: Scalars['DateTime']['output'];
};

/** A rep's scorecard for a cycle: the total is exactly the sum of the lines' contributions, once every qualitative criterion is assessed. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** Bad habits observed. */
  badHabits: Array<BadHabit>;
  /** Whether every qualitative criterion (ratings, the bad-habits checklist) was assessed, so the total is given. A cycle closed with a scorecard incomplete freezes it without a total. */
  complete: Scalars['Boolean']['output'];
  /** The cycle. */
  cycle: EvaluationCycle;
  /** Whether it is frozen (the cycle is closed). */
  frozen: Scalars['Boolean']['output'];
  /** The lines, in the template's order. */
  lines: Array<ScorecardLine>;
  /** The highest total this scorecard can reach: 100 when every criterion scores 0–100, more only where an ATTAINMENT criterion rewards over-achievement up to its capPercent (at most 200). The total never exceeds it. */
  maxTotal: Scalars['Float']['output'];
  /** The manager's ratings behind the RATING lines. */
  ratings: Array<QualitativeScore>;
  /** The rep. */
  rep: SalesRep;
  /** The total score, between 0 and maxTotal: exactly the sum of the lines' contributions. Null while the scorecard is incomplete (see complete): a rep nobody rated, or whose bad-habits checklist was never filled, has no total rather than a perfect one. */
  total?: Maybe<Scalars['Float']['output']>;
  /** Keys of the qualitative criteria not assessed yet, in the template's order. */
  unassessed: Array<Scalars['String']['output']>;
};

/** A page of scorecards. */
export type ScorecardConnection = {
  __typename?: 'ScorecardConnection';
  /** The scorecards on this page. */
  edges: Array<ScorecardEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many scorecards on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A scorecard on a page. */
export type ScorecardEdge = {
  __typename?: 'ScorecardEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The scorecard. */
  node: Scorecard;
};

/** One criterion of a scorecard: raw value, score, weight and contribution. */
export type ScorecardLine = {
  __typename?: 'ScorecardLine';
  /** score × effective weight; the total is the sum of these. */
  contribution: Scalars['Float']['output'];
  /** The weight applied in %: an unmeasurable KPI criterion's weight is shared among the others in proportion; a pending qualitative criterion keeps its own. */
  effectiveWeightPercent: Scalars['Float']['output'];
  /** What the raw value rests on: facts, ratings with comments, habits. */
  evidence: Array<Scalars['String']['output']>;
  /** Its group. */
  group: CriterionGroup;
  /** The criterion's key. */
  key: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** A qualitative criterion (RATING, BAD_HABITS) nobody assessed this cycle: not perfect, not zero, not shared out. It contributes nothing yet and leaves the scorecard without a total. */
  pending: Scalars['Boolean']['output'];
  /** The raw value (money as a decimal number, ratios as fractions, ratings as their mean); null when not measurable. */
  raw?: Maybe<Scalars['Float']['output']>;
  /** The normalised score: 0–100, or up to capPercent for an ATTAINMENT criterion rewarding over-achievement; null when not measurable or not assessed. */
  score?: Maybe<Scalars['Float']['output']>;
  /** The target, for KPI criteria with one. */
  target?: Maybe<Scalars['Float']['output']>;
  /** The template's weight in %. */
  weightPercent: Scalars['Float']['output'];
};

/** Appoints a branch's head. */
export type SetBranchManagerInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** The rep who heads it; they may head no other branch. */
  managerId: Scalars['ID']['input'];
};

/** The whole quality profile, replacing what was there. */
export type SetCustomerQualityProfileInput = {
  /** Weight of business against private life. */
  businessPrivateBalance?: InputMaybe<BusinessPrivateBalance>;
  /** The customer. */
  customerId: Scalars['ID']['input'];
  /** Education level (up to 100 characters). */
  educationLevel?: InputMaybe<Scalars['String']['input']>;
  /** Standing in the industry. */
  industryStanding?: InputMaybe<IndustryStanding>;
  /** Free notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Past setbacks (up to 1,000 characters). */
  pastSetbacks?: InputMaybe<Scalars['String']['input']>;
  /** Reputation among peers (up to 1,000 characters). */
  peerReputation?: InputMaybe<Scalars['String']['input']>;
  /** Reading habits (up to 500 characters). */
  readingHabits?: InputMaybe<Scalars['String']['input']>;
  /** Where that standing is heading. */
  standingTrend?: InputMaybe<StandingTrend>;
  /** The profile version you read; leave out when creating the profile. */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Years in business, 0–500. */
  yearsInBusiness?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes a rep's discount authority. */
export type SetDiscountAuthorityInput = {
  /** The largest discount the rep may give without approval, in % (0–100, two decimals). */
  discountAuthorityPercent: Scalars['Float']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Sets a budget. */
export type SetExpenseBudgetInput = {
  /** The budget. */
  amount: Scalars['Money']['input'];
  /** The category. */
  category: ExpenseCategory;
  /** A month, quarter or year. */
  period: Scalars['Period']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
};

/** Sets an A-class customer's key-account fund budget. */
export type SetKeyAccountFundInput = {
  /** The budget: not below what is already spent. */
  budget: Scalars['Money']['input'];
  /** An A-class customer. */
  customerId: Scalars['ID']['input'];
};

/** Records a region's market size. */
export type SetMarketSizeInput = {
  /** The market's size. */
  amount: Scalars['Money']['input'];
  /** A year, quarter or month. */
  period: Scalars['Period']['input'];
  /** The region, exactly as a branch names it; a region no branch has is refused. */
  region: Scalars['String']['input'];
};

/** Sets a target: leave version out to create one, send the version you read to change it. */
export type SetTargetInput = {
  /** What is measured. */
  metric: TargetMetric;
  /** The owner's id; leave out for the company. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The level of the owner. */
  ownerKind: OwnerKind;
  /** A year (2026), quarter (2026-Q1) or month (2026-03); a week (2026-W05) for visits. */
  period: Scalars['Period']['input'];
  /** The target in the metric's unit: money with at most two decimals, a whole count, or a share in % (two decimals). */
  value: Scalars['Float']['input'];
  /** The version you read, to change an existing target. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Puts a team under a branch. */
export type SetTeamBranchInput = {
  /** The branch; null puts the team directly under the company. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** The team. */
  teamId: Scalars['ID']['input'];
};

/** Appoints a team's manager. */
export type SetTeamManagerInput = {
  /** The rep who will manage it: a member of the team. */
  managerId: Scalars['ID']['input'];
  /** The team. */
  teamId: Scalars['ID']['input'];
};

/** Sets a class's visit interval. */
export type SetVisitPolicyInput = {
  /** The class. */
  class: CustomerClass;
  /** Days allowed between visits, 1–365. */
  intervalDays: Scalars['Int']['input'];
};

/** Social styles: assertiveness against emotionality. */
export type SocialStyle =
  /** Less assertive, high emotion. */
  | 'AMIABLE'
  /** Less assertive, low emotion. */
  | 'ANALYTICAL'
  /** Assertive, low emotion. */
  | 'DRIVER'
  /** Assertive, high emotion. */
  | 'EXPRESSIVE';

/** Sort direction. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** Splits a target among the owner's children: all by share or all by value. */
export type SplitTargetInput = {
  /** The children's parts; children not named keep their targets. */
  parts: Array<TargetPartInput>;
  /** The parent target. */
  targetId: Scalars['ID']['input'];
  /** The parent's version you read. */
  version: Scalars['Int']['input'];
};

/** The direction of a customer's standing. */
export type StandingTrend =
  /** Falling. */
  | 'FALLING'
  /** Rising. */
  | 'RISING'
  /** Steady. */
  | 'STEADY';

/** The facts a statement was computed from. */
export type StatementFacts = {
  __typename?: 'StatementFacts';
  /** Revenue or collected revenue in the period. */
  basis: Scalars['Money']['output'];
  /** Reports late or missing in the period. */
  lateReports: Scalars['Int']['output'];
  /** Receivables overdue at the period's end. */
  overdueReceivables: Scalars['Money']['output'];
  /** The period's target for the basis; null when none was set. */
  target?: Maybe<Scalars['Money']['output']>;
};

/** One line of a statement. */
export type StatementLine = {
  __typename?: 'StatementLine';
  /** The line's amount; negative for deductions. */
  amount: Scalars['Money']['output'];
  /** What the rate applies to (an amount as a decimal number), or the count for per-item lines, or the attainment in basis points for a bonus. */
  base: Scalars['Float']['output'];
  /** The computation in words. */
  description: Scalars['String']['output'];
  /** Which part. */
  kind: StatementLineKind;
  /** The rate in %, where there is one. */
  ratePercent?: Maybe<Scalars['Float']['output']>;
};

/** Which part of a statement a line is. */
export type StatementLineKind =
  /** Extra commission above target. */
  | 'ACCELERATOR'
  /** A bonus. */
  | 'BONUS'
  /** Commission on a tier. */
  | 'COMMISSION'
  /** Restores a total that penalties took below zero. */
  | 'FLOOR'
  /** A deduction. */
  | 'PENALTY';

/** A claim for your own expense. */
export type SubmitExpenseClaimInput = {
  /** The amount: the receipts must add up to it. */
  amount: Scalars['Money']['input'];
  /** The category. */
  category: ExpenseCategory;
  /** What it was for (1–500 characters). */
  description: Scalars['String']['input'];
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The day the expense was incurred (YYYY-MM-DD): not in the future, not before 2000-01-01. */
  incurredOn: Scalars['Date']['input'];
  /** The receipts (at least one). */
  receipts: Array<ReceiptInput>;
};

/** Your report for a week or month. */
export type SubmitSalesReportInput = {
  /** Revenue forecast for the next period. */
  forecast?: InputMaybe<Scalars['Money']['input']>;
  /** Weekly, monthly or market information. */
  kind: SalesReportKind;
  /** The plan for the next period. */
  nextPlan?: InputMaybe<Scalars['String']['input']>;
  /** The week (2026-W48) for a weekly report, the month (2026-11) for a monthly or market-information one; it must have started. */
  period: Scalars['Period']['input'];
  /** Problems met. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** What happened (1–10000 characters); for a market-information report, what was learnt of the market and competitors. */
  summary: Scalars['String']['input'];
  /** Support asked of the company. */
  supportNeeded?: InputMaybe<Scalars['String']['input']>;
  /** Visits planned for the next period (0–1000). */
  visitsPlanned?: InputMaybe<Scalars['Int']['input']>;
};

/** A new success case. */
export type SubmitSuccessCaseInput = {
  /** The customer it is about: one the caller works on (kept private; the library shows the industry). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Makes a retry safe: 8–100 visible characters, e.g. a UUID made once per intended change.
   * A repeat with the same key and input answers with the record the first call made, writing nothing;
   * the same key with other input is refused. Keys are per user and kept 24 hours.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The industry (up to 100 characters). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The story (1–20,000 characters). */
  story: Scalars['String']['input'];
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** The visit report, filed after the visit. */
export type SubmitVisitReportInput = {
  /** The agreed next step. */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due: not before the visit, at most 10 years ahead. */
  nextStepAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What came of the visit (1–2,000 characters). */
  outcome: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
  /** The visit. */
  visitId: Scalars['ID']['input'];
};

/** A rep's success story in the shared library. */
export type SuccessCase = {
  __typename?: 'SuccessCase';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The industry it happened in. */
  industry?: Maybe<Scalars['String']['output']>;
  /** The rep who wrote it. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  rep?: Maybe<SalesRep>;
  /** The story: situation, what the rep did, the result. */
  story: Scalars['String']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A page of success cases. */
export type SuccessCaseConnection = {
  __typename?: 'SuccessCaseConnection';
  /** The cases on this page, newest first. */
  edges: Array<SuccessCaseEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A success case on a page. */
export type SuccessCaseEdge = {
  __typename?: 'SuccessCaseEdge';
  /** Pass as `after` to continue after this case. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: SuccessCase;
};

/** An objective: a metric for an owner over a period. */
export type Target = {
  __typename?: 'Target';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What is measured. */
  metric: TargetMetric;
  /** The owner's id: a branch, team or rep id, or 'company'. */
  ownerId: Scalars['ID']['output'];
  /** The level of the owner. */
  ownerKind: OwnerKind;
  /** The period: 2026, 2026-Q1, 2026-03 or (visits only) 2026-W05. */
  period: Scalars['Period']['output'];
  /** Who set it last. */
  setBy: Scalars['String']['output'];
  /** When it was set last. */
  updatedAt: Scalars['DateTime']['output'];
  /** The target in the metric's unit: money as a decimal number, a count, or a market share in %. */
  value: Scalars['Float']['output'];
  /** The record's version: send it back to change the target. */
  version: Scalars['Int']['output'];
};

/** A target whose parts do not add up to it. `across` tells a gap across the organisation (children's targets for the same period) from a gap across time (the same owner's targets for the sub-periods); one target may have both. */
export type TargetGap = {
  __typename?: 'TargetGap';
  /** Whether the parts are the owner's children (ORGANISATION) or the period's sub-periods (TIME). */
  across: TargetGapAcross;
  /** How many parts there are: the owner's children (ORGANISATION), or the sub-periods (TIME: 4 quarters of a year, 3 months of a quarter). */
  children: Scalars['Int']['output'];
  /** The sum of the parts' targets (a part without one counts as zero), in the metric's unit. */
  childrenTotal: Scalars['Float']['output'];
  /** How many of the parts have no target for the metric: children for the period (ORGANISATION), or sub-periods for the owner (TIME). */
  childrenWithoutTarget: Scalars['Int']['output'];
  /** Parent − parts: positive when not fully handed down, negative when over-allocated. */
  gap: Scalars['Float']['output'];
  /** The parent target: for a gap across time, the year's or quarter's target. */
  target: Target;
};

/** How a target is handed down: among its owner's children, or into the shorter periods it is made of. */
export type TargetGapAcross =
  /** Across the organisation: the owner's children's targets for the same metric and period (company → branches → teams → reps). */
  | 'ORGANISATION'
  /** Across time: the same owner's targets for the same metric in the sub-periods (a year's four quarters, a quarter's three months); shown once at least one sub-period has a target. */
  | 'TIME';

/** What a target measures. Money in the deployment currency, counts as whole numbers, market share in %. */
export type TargetMetric =
  /** Payments received (money). */
  | 'COLLECTION'
  /** Gross profit (money). */
  | 'GROSS_PROFIT'
  /** Revenue as a share of the region's market (%); set per owner, never split. */
  | 'MARKET_SHARE'
  /** Customers whose first order falls in the period (count). */
  | 'NEW_CUSTOMERS'
  /** Revenue from confirmed orders (money). */
  | 'REVENUE'
  /** Units sold (count). */
  | 'UNITS'
  /** Visits made (count); the one metric with weekly targets. */
  | 'VISITS';

/** One child's part of a split. */
export type TargetPartInput = {
  /** A branch (of the company), team (of a branch) or rep (of a team). */
  ownerId: Scalars['ID']['input'];
  /** The child's share in % (two decimals); all shares must make 100 %. */
  sharePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Or the child's target in the metric's unit; values need not add up, targetGaps shows where they do not. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A sales team: reps under one manager. */
export type Team = {
  __typename?: 'Team';
  /** The branch the team belongs to; null when it reports to the company directly. */
  branch?: Maybe<Branch>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The team's KPIs for a period: facts count for the team the rep was in on their day (the team's manager, directors, analysts, admins; for others null, with FORBIDDEN at its path). */
  kpis?: Maybe<KpiReport>;
  /** The rep who manages the team, once one is appointed. */
  manager?: Maybe<SalesRep>;
  /** The team's reps, by name. */
  members: Array<SalesRep>;
  /** The team's name. */
  name: Scalars['String']['output'];
  /** The team's targets, for one period or all. */
  targets: Array<Target>;
  /** The record's version. */
  version: Scalars['Int']['output'];
};


/** A sales team: reps under one manager. */
export type TeamKpisArgs = {
  period: Scalars['Period']['input'];
};


/** A sales team: reps under one manager. */
export type TeamTargetsArgs = {
  period?: InputMaybe<Scalars['Period']['input']>;
};

/** A rep's time in a team. */
export type TeamMembership = {
  __typename?: 'TeamMembership';
  /** The first day in the team (1970-01-01 for a rep's first team: all their history counts for it). */
  fromDay: Scalars['Date']['output'];
  /** Why the rep joined: 'joined' or the reason given for a move. */
  reason: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** The team. */
  team: Team;
  /** The first day no longer in the team; null while still in it. */
  toDay?: Maybe<Scalars['Date']['output']>;
};

/** Undoes a rep's latest team move. */
export type UndoTeamMoveInput = {
  /** Why (1–500 characters), e.g. the move was entered on the wrong day: kept in the event with the undone move's own reason. */
  reason: Scalars['String']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** The rep's version you read: a move or change since is not undone (CONFLICT). */
  version: Scalars['Int']['input'];
};

/** Changes to a contact; fields left out stay, null clears. */
export type UpdateContactInput = {
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The contact. */
  id: Scalars['ID']['input'];
  /** Influence on the decision, 0–100. */
  influence?: InputMaybe<Scalars['Int']['input']>;
  /** Full name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Telephone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Buying-centre roles, replacing the old ones. */
  roles?: InputMaybe<Array<BuyingRole>>;
  /** Social style. */
  socialStyle?: InputMaybe<SocialStyle>;
  /** Job title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Changes to a customer's descriptive fields; fields left out stay as they are, null clears them. */
export type UpdateCustomerInput = {
  /** Postal address (up to 500 characters). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New value tier. */
  class?: InputMaybe<CustomerClass>;
  /** The customer. */
  id: Scalars['ID']['input'];
  /** Industry (up to 100 characters). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** New name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sales region (up to 100 characters). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** How close the relationship is. */
  relationshipLevel?: InputMaybe<RelationshipLevel>;
  /** How the customer was found. */
  source?: InputMaybe<CustomerSource>;
  /** The version you read: if someone changed the customer since, the update is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Correcting an open opportunity: give at least one of amount, expected close date and products. */
export type UpdateOpportunityInput = {
  /** The new expected value, more than zero. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** The new expected close date (YYYY-MM-DD): not in the past, within the planning horizon. */
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  /** The opportunity: an open one you may work on. */
  id: Scalars['ID']['input'];
  /** The products in the deal, replacing the list (each 1–200 characters; duplicates are dropped). */
  products?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Why (up to 500 characters), kept in its history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read: a newer opportunity is CONFLICT, nothing changed. */
  version: Scalars['Int']['input'];
};

/** Changes a rep's position, status or type; what is left out stays. */
export type UpdateSalesRepInput = {
  /** The new position. */
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** The new status. */
  status?: InputMaybe<SalesRepStatus>;
  /** The new type. */
  type?: InputMaybe<SalesRepType>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/**
 * The signed-in user: who they are, where they sit, whose rows they see and what they may do. Ask it first instead of
 * decoding the token.
 */
export type Viewer = {
  __typename?: 'Viewer';
  /** The branch they head, else their team's branch; null for none. */
  branch?: Maybe<Branch>;
  /** The name to greet them by: the rep's name, else the user id. */
  displayName: Scalars['String']['output'];
  /** What they may do. */
  may: ViewerPermissions;
  /** The rep this user is; null for users who are not reps (most directors, analysts, admins). */
  rep?: Maybe<SalesRep>;
  /** The user's role. */
  role: ViewerRole;
  /** Whose rows they see. */
  scope: ViewerScope;
  /** The team the user's token names; null for none. */
  team?: Maybe<Team>;
  /** The user's id: the token's subject. */
  userId: Scalars['ID']['output'];
};

/**
 * What a user may do, as the graph decides it: a screen shows an action when its flag is true. Each write is still checked
 * on its own (the record's scope, its state), so a true flag is permission to try, not a promise.
 */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /** Claims expenses and submits sales reports, for themselves: reps and managers who are reps. */
  actAsRep: Scalars['Boolean']['output'];
  /** Approves discounts beyond authority and expense claims, and reassigns customers, for the people in their scope: managers, directors and admins. */
  approve: Scalars['Boolean']['output'];
  /** Changes the organisation (branches, teams, reps, positions, team moves) and sets targets from the company down: directors and admins. */
  manageOrganisation: Scalars['Boolean']['output'];
  /** Changes anything at all: false for analysts, who read everything and change nothing. */
  write: Scalars['Boolean']['output'];
};

/** A signed-in user's role, as their token carries it. */
export type ViewerRole =
  /** An administrator: everything a director may do. */
  | 'ADMIN'
  /** An analyst: reads everything, changes nothing. */
  | 'ANALYST'
  /** A sales director: sees everything and changes the organisation. */
  | 'DIRECTOR'
  /** A team manager (or, heading a branch, the branch's): sees the team's or branch's rows and approves for them. */
  | 'MANAGER'
  /** A sales rep: sees and works their own customers and figures. */
  | 'REP';

/** Whose rows a user sees: the same rule in every subgraph (docs/architecture.md#row-scopes). */
export type ViewerScope =
  /** Their branch's: every team of the branch they head. */
  | 'BRANCH'
  /** The whole company's. */
  | 'COMPANY'
  /** Nothing rep-owned: a token that names no rep or team. */
  | 'NONE'
  /** Their own: a rep's customers, visits, orders and figures. */
  | 'OWN'
  /** Their team's. */
  | 'TEAM';

/** A sales call on a customer: the input of selling. */
export type Visit = {
  __typename?: 'Visit';
  /** The willingness assessment made on the visit, if any. */
  assessment?: Maybe<WillingnessAssessment>;
  /** The contacts met, by name. */
  contactsMet: Array<Contact>;
  /** The customer visited; null when the customer has since moved to a rep outside what you may see: the record stays visible to the rep it is credited to. */
  customer?: Maybe<Customer>;
  /** Expenses incurred on the visit. */
  expenses?: Maybe<Scalars['Money']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The manager who came along on a joint visit. */
  jointManager?: Maybe<SalesRep>;
  /** What kind of visit: new development or maintenance of an existing customer, and more. */
  kind: VisitKind;
  /** The agreed next step. */
  nextStep?: Maybe<Scalars['String']['output']>;
  /** When the next step is due. */
  nextStepAt?: Maybe<Scalars['DateTime']['output']>;
  /** What came of it: the visit report. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** What it was for. */
  purpose: Scalars['String']['output'];
  /** The rep who made the visit. Null, with an error at its path, only when rep-performance cannot answer for the rep: the rest of the row still comes. */
  rep?: Maybe<SalesRep>;
  /** Amendments of the filed report, oldest first: the first one's `before` is the report as originally filed. */
  reportAmendments: Array<VisitReportAmendment>;
  /** When the visit report is due. */
  reportDueAt: Scalars['DateTime']['output'];
  /** Whether the report came in time: null while it still may. Always that of its first filing: an amendment does not change it. */
  reportOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** When the visit report was submitted. */
  reportSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's version: send it back with the report. */
  version: Scalars['Int']['output'];
  /** When the visit took place. */
  visitedAt: Scalars['DateTime']['output'];
};

/** A page of visits. */
export type VisitConnection = {
  __typename?: 'VisitConnection';
  /** The visits on this page, newest first. */
  edges: Array<VisitEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many visits match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A visit on a page. */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  /** Pass as `after` to continue after this visit. */
  cursor: Scalars['String']['output'];
  /** The visit. */
  node: Visit;
};

/** Narrows a visit list. */
export type VisitFilter = {
  /** Only visits before this instant. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only visits to this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only visits at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only visits of these kinds. */
  kind?: InputMaybe<Array<VisitKind>>;
  /** Only visits by this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Only visits whose report is still missing. */
  reportMissing?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kinds of visit; new development costs about seven times what maintenance does. */
export type VisitKind =
  /** Collecting money owed. */
  | 'COLLECTION'
  /** Handling a complaint. */
  | 'COMPLAINT'
  /** Maintaining an existing customer. */
  | 'MAINTENANCE'
  /** Developing a new customer. */
  | 'NEW_DEVELOPMENT'
  /** Service call. */
  | 'SERVICE';

/** How often customers of a class must be visited. Editable by directors. */
export type VisitPolicy = {
  __typename?: 'VisitPolicy';
  /** The class it applies to. */
  class: CustomerClass;
  /** Days allowed between visits. */
  intervalDays: Scalars['Int']['output'];
  /** When it was last set. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last set it ('default' for the shipped defaults). */
  updatedBy: Scalars['String']['output'];
};

/** An amendment of a filed visit report: the report before and after, who, when and why. */
export type VisitReportAmendment = {
  __typename?: 'VisitReportAmendment';
  /** When. */
  amendedAt: Scalars['DateTime']['output'];
  /** Who amended it (user id). */
  amendedBy: Scalars['String']['output'];
  /** The next step after. */
  nextStepAfter?: Maybe<Scalars['String']['output']>;
  /** When the next step is due after. */
  nextStepAtAfter?: Maybe<Scalars['DateTime']['output']>;
  /** When the next step was due before. */
  nextStepAtBefore?: Maybe<Scalars['DateTime']['output']>;
  /** The next step before. */
  nextStepBefore?: Maybe<Scalars['String']['output']>;
  /** The outcome after. */
  outcomeAfter?: Maybe<Scalars['String']['output']>;
  /** The outcome before. */
  outcomeBefore?: Maybe<Scalars['String']['output']>;
  /** Why, if given. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** How to order visits; ties are broken by id. */
export type VisitSort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: VisitSortField;
};

/** What visit lists can be sorted by. */
export type VisitSortField =
  /** When its report is due: ascending with reportMissing shows what to write first. */
  | 'REPORT_DUE_AT'
  /** When the visit took place. */
  | 'VISITED_AT';

/** How willing a customer is to buy, scored on a visit against a versioned question set (100 points). */
export type WillingnessAssessment = {
  __typename?: 'WillingnessAssessment';
  /** Each question's points. */
  answers: Array<AssessmentAnswer>;
  /** FAIL below 40, PASS 40–70, GOOD above 70. */
  band: WillingnessBand;
  /** The contact assessed, if one was named. */
  contact?: Maybe<Contact>;
  /** The question set version it was scored against. */
  questionSetVersion: Scalars['Int']['output'];
  /** Points out of 100. */
  total: Scalars['Int']['output'];
};

/** Bands of the willingness total. */
export type WillingnessBand =
  /** Below 40 points. */
  | 'FAIL'
  /** Above 70 points. */
  | 'GOOD'
  /** 40 to 70 points. */
  | 'PASS';

/** Withdrawing a rejected order that will not be revised. */
export type WithdrawOrderInput = {
  /** The order: REJECTED only (one waiting for approval is cancelled with `cancelOrder`). */
  orderId: Scalars['ID']['input'];
  /** Why (1–500 characters), kept on the order (`withdrawal`). */
  reason: Scalars['String']['input'];
  /** The version you read: a newer order is CONFLICT, nothing withdrawn. */
  version: Scalars['Int']['input'];
};

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  __typename?: '__Type';
  kind: __TypeKind;
  name?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  specifiedByURL?: Maybe<Scalars['String']['output']>;
  fields?: Maybe<Array<__Field>>;
  interfaces?: Maybe<Array<__Type>>;
  possibleTypes?: Maybe<Array<__Type>>;
  enumValues?: Maybe<Array<__EnumValue>>;
  inputFields?: Maybe<Array<__InputValue>>;
  ofType?: Maybe<__Type>;
  isOneOf?: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  __typename?: '__Field';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  __typename?: '__InputValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  __typename?: '__EnumValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

export type CustomerIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerIdQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string } | null };

export type RepNameAndRevenueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RepNameAndRevenueQuery = { __typename?: 'Query', salesRep?: { __typename?: 'SalesRep', name: string, revenue?: string | null } | null };

export type AssessmentQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentQuestionsQuery = { __typename?: 'Query', assessmentQuestionSet: { __typename?: 'AssessmentQuestionSet', questions: Array<{ __typename?: 'AssessmentQuestion', key: string }> } };

export type AddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type AddContactMutation = { __typename?: 'Mutation', addContact: { __typename?: 'Contact', id: string } };

export type LogVisitAssessedMutationVariables = Exact<{
  input: LogVisitInput;
}>;


export type LogVisitAssessedMutation = { __typename?: 'Mutation', logVisit: { __typename?: 'Visit', rep?: { __typename?: 'SalesRep', name: string } | null, assessment?: { __typename?: 'WillingnessAssessment', total: number, band: WillingnessBand } | null } };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { __typename?: 'Mutation', createOpportunity: { __typename?: 'Opportunity', id: string } };

export type MoveOpportunityStageMutationVariables = Exact<{
  input: MoveOpportunityStageInput;
}>;


export type MoveOpportunityStageMutation = { __typename?: 'Mutation', moveOpportunityStage: { __typename?: 'Opportunity', stage: OpportunityStage, owner?: { __typename?: 'SalesRep', name: string } | null } };

export type InvoiceOrderMutationVariables = Exact<{
  input: InvoiceOrderInput;
}>;


export type InvoiceOrderMutation = { __typename?: 'Mutation', invoiceOrder: { __typename?: 'Invoice', id: string, dueDate: string } };

export type ApplyPaymentMutationVariables = Exact<{
  input: ApplyPaymentInput;
}>;


export type ApplyPaymentMutation = { __typename?: 'Mutation', applyPayment: { __typename?: 'Invoice', outstanding: string } };

export type CustomerDayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDayQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', name: string, hasCoach: boolean, lastVisit?: { __typename?: 'Visit', assessment?: { __typename?: 'WillingnessAssessment', band: WillingnessBand } | null } | null, openOpportunities: Array<{ __typename?: 'Opportunity', stage: OpportunityStage }>, receivables: { __typename?: 'ReceivablesSummary', outstanding: string, overdue: string, current: string }, owner?: { __typename?: 'SalesRep', name: string } | null } | null };

export type InvoiceCountQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceCountQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number } };

export type CreateBranchMutationVariables = Exact<{
  input: CreateBranchInput;
}>;


export type CreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', id: string } };

export type SetTeamBranchMutationVariables = Exact<{
  input: SetTeamBranchInput;
}>;


export type SetTeamBranchMutation = { __typename?: 'Mutation', setTeamBranch: { __typename?: 'Team', id: string } };

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;


export type SetTargetMutation = { __typename?: 'Mutation', setTarget: { __typename?: 'Target', id: string, version: number } };

export type SplitTargetMutationVariables = Exact<{
  input: SplitTargetInput;
}>;


export type SplitTargetMutation = { __typename?: 'Mutation', splitTarget: Array<{ __typename?: 'Target', id: string, version: number, ownerId: string, value: number }> };

export type TargetGapsQueryVariables = Exact<{
  period: Scalars['Period']['input'];
}>;


export type TargetGapsQuery = { __typename?: 'Query', targetGaps: Array<{ __typename?: 'TargetGap', gap: number, target: { __typename?: 'Target', ownerId: string } }> };

export type RepRevenueKpiQueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type RepRevenueKpiQuery = { __typename?: 'Query', salesRep?: { __typename?: 'SalesRep', kpis?: { __typename?: 'KpiReport', kpi: { __typename?: 'Kpi', value?: number | null, target?: number | null, attainment?: number | null, facts: Array<{ __typename?: 'KpiFact', name: string, value: number }> } } | null } | null };

export type CreateEvaluationTemplateMutationVariables = Exact<{
  input: CreateEvaluationTemplateInput;
}>;


export type CreateEvaluationTemplateMutation = { __typename?: 'Mutation', createEvaluationTemplate: { __typename?: 'EvaluationTemplate', id: string } };

export type OpenEvaluationCycleMutationVariables = Exact<{
  input: OpenEvaluationCycleInput;
}>;


export type OpenEvaluationCycleMutation = { __typename?: 'Mutation', openEvaluationCycle: { __typename?: 'EvaluationCycle', id: string } };

export type RateSalesRepMutationVariables = Exact<{
  i: RateSalesRepInput;
}>;


export type RateSalesRepMutation = { __typename?: 'Mutation', rateSalesRep: { __typename?: 'QualitativeScore', score: number } };

export type ScorecardQueryVariables = Exact<{
  c: Scalars['ID']['input'];
  r: Scalars['ID']['input'];
}>;


export type ScorecardQuery = { __typename?: 'Query', scorecard?: { __typename?: 'Scorecard', total?: number | null, rep: { __typename?: 'SalesRep', name: string }, lines: Array<{ __typename?: 'ScorecardLine', key: string, raw?: number | null, score?: number | null, weightPercent: number, contribution: number, evidence: Array<string> }> } | null };

export type CreateIncentivePlanMutationVariables = Exact<{
  input: CreateIncentivePlanInput;
}>;


export type CreateIncentivePlanMutation = { __typename?: 'Mutation', createIncentivePlan: { __typename?: 'IncentivePlan', id: string } };

export type IncentiveStatementQueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type IncentiveStatementQuery = { __typename?: 'Query', salesRep?: { __typename?: 'SalesRep', incentiveStatement?: { __typename?: 'IncentiveStatement', total: string, facts: { __typename?: 'StatementFacts', basis: string }, lines: Array<{ __typename?: 'StatementLine', kind: StatementLineKind, base: number, ratePercent?: number | null, amount: string }> } | null } | null };

export type CustomerTypeDescriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerTypeDescriptionQuery = { __typename?: 'Query', __type?: { __typename?: '__Type', description?: string | null } | null };

export type TeamMembersTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersTeamsQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', members: Array<{ __typename?: 'SalesRep', team: { __typename?: 'Team', name: string } }> }> };

export type RecordOrderLinesMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type RecordOrderLinesMutation = { __typename?: 'Mutation', recordOrder: { __typename?: 'Order', id: string, total: string, status: OrderStatus } };

export type FrontendViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FrontendViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', userId: string, role: ViewerRole, displayName: string, scope: ViewerScope, rep?: { __typename?: 'SalesRep', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, branch?: { __typename?: 'Branch', id: string } | null, may: { __typename?: 'ViewerPermissions', write: boolean, actAsRep: boolean, approve: boolean, manageOrganisation: boolean } } };

export type RepsDayQueryVariables = Exact<{
  period: Scalars['Period']['input'];
}>;


export type RepsDayQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', displayName: string, rep?: { __typename?: 'SalesRep', id: string, kpis?: { __typename?: 'KpiReport', kpis: Array<{ __typename?: 'Kpi', key: KpiKey, value?: number | null, attainment?: number | null, attainmentStatus: AttainmentStatus }> } | null } | null }, overdue: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', id: string, name: string, class: CustomerClass } }> }, pipeline: { __typename?: 'Pipeline', count: number, amount: string, weightedAmount: string, stages: Array<{ __typename?: 'PipelineStage', stage: OpportunityStage, count: number, amount: string }> } };

export type TeamBoardQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  period: Scalars['Period']['input'];
}>;


export type TeamBoardQuery = { __typename?: 'Query', team?: { __typename?: 'Team', name: string, members: Array<{ __typename?: 'SalesRep', id: string, name: string, revenue?: string | null, kpis?: { __typename?: 'KpiReport', kpis: Array<{ __typename?: 'Kpi', key: KpiKey, value?: number | null, attainmentStatus: AttainmentStatus }> } | null }> } | null, pipeline: { __typename?: 'Pipeline', count: number, amount: string } };

export type CustomerListPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerListPageQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEdge', cursor: string, node: { __typename?: 'Customer', id: string, name: string, owner?: { __typename?: 'SalesRep', id: string, name: string } | null } }> } };

export type CustomerPageWithSummariesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['Period']['input'];
  nameContains?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerPageWithSummariesQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEdge', cursor: string, node: { __typename?: 'Customer', id: string, name: string, class: CustomerClass, status: CustomerStatus, receivables: { __typename?: 'ReceivablesSummary', outstanding: string, overdue: string, current: string, days1To30: string, days31To60: string, days61To90: string, over90: string, dso?: number | null, openInvoices: number }, satisfaction: { __typename?: 'Satisfaction', averageScore?: number | null, surveyCount: number, latest?: { __typename?: 'SatisfactionSurvey', score: number, surveyedAt: string } | null }, owner?: { __typename?: 'SalesRep', id: string, name: string, revenue?: string | null } | null } }> } };

export type RepPageWithKpisQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RepPageWithKpisQuery = { __typename?: 'Query', salesReps: { __typename?: 'SalesRepConnection', totalCount: number, edges: Array<{ __typename?: 'SalesRepEdge', node: { __typename?: 'SalesRep', id: string, name: string, kpis?: { __typename?: 'KpiReport', kpis: Array<{ __typename?: 'Kpi', key: KpiKey, name: string, value?: number | null, target?: number | null, attainment?: number | null, facts: Array<{ __typename?: 'KpiFact', name: string, value: number }> }> } | null } }> } };

export type RepWithRefusedFieldsQueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type RepWithRefusedFieldsQuery = { __typename?: 'Query', salesRep?: { __typename?: 'SalesRep', name: string } | null, companyKpis?: { __typename?: 'KpiReport', ownerId: string } | null, repReceivables?: { __typename?: 'ReceivablesSummary', outstanding: string } | null };

export type CustomerRowsWithOwnersQueryVariables = Exact<{
  nameContains?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerRowsWithOwnersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', name: string, owner?: { __typename?: 'SalesRep', id: string, name: string } | null } }> } };

export type SubmitSuccessCaseMutationVariables = Exact<{
  input: SubmitSuccessCaseInput;
}>;


export type SubmitSuccessCaseMutation = { __typename?: 'Mutation', submitSuccessCase: { __typename?: 'SuccessCase', id: string } };

export type OrderCountQueryVariables = Exact<{
  customerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderCountQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number } };

export type CustomersOwnersRevenueQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersOwnersRevenueQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', name: string, owner?: { __typename?: 'SalesRep', name: string, revenue?: string | null } | null } }> } };

export type CustomersNamedQueryVariables = Exact<{
  n?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomersNamedQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number } };

export type SuccessCaseCountQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SuccessCaseCountQuery = { __typename?: 'Query', successCases: { __typename?: 'SuccessCaseConnection', totalCount: number } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string } };

export type RegisterSalesRepMutationVariables = Exact<{
  input: RegisterSalesRepInput;
}>;


export type RegisterSalesRepMutation = { __typename?: 'Mutation', registerSalesRep: { __typename?: 'SalesRep', id: string } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Customer', id: string } };

export type RecordOrderMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type RecordOrderMutation = { __typename?: 'Mutation', recordOrder: { __typename?: 'Order', id: string, total: string, rep?: { __typename?: 'SalesRep', id: string, name: string } | null } };

export type RepRevenueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period: Scalars['Period']['input'];
}>;


export type RepRevenueQuery = { __typename?: 'Query', salesRep?: { __typename?: 'SalesRep', revenue?: string | null } | null };

export type CustomersWithOwnersQueryVariables = Exact<{
  nameContains?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomersWithOwnersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, edges: Array<{ __typename?: 'CustomerEdge', node: { __typename?: 'Customer', id: string, name: string, class: CustomerClass, owner?: { __typename?: 'SalesRep', id: string, name: string, revenue?: string | null } | null } }> } };

export type CustomerCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerCountQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number } };

export type DemoCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoCountsQuery = { __typename?: 'Query', salesReps: { __typename?: 'SalesRepConnection', totalCount: number }, customers: { __typename?: 'CustomerConnection', totalCount: number } };

export type LogVisitMutationVariables = Exact<{
  i: LogVisitInput;
}>;


export type LogVisitMutation = { __typename?: 'Mutation', logVisit: { __typename?: 'Visit', id: string } };

export type CustomerStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerStatusQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', status: CustomerStatus } | null };

export type CustomerNameAndVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerNameAndVersionQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', name: string, version: number } | null };

export type UpdateCustomerMutationVariables = Exact<{
  i: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'Customer', id: string } };

export type FirstCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number } };

export type RecordOrderIdMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type RecordOrderIdMutation = { __typename?: 'Mutation', recordOrder: { __typename?: 'Order', id: string } };

export type SeedCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type SeedCreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Customer', id: string } };

export type SeedUpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type SeedUpdateCustomerMutation = { __typename?: 'Mutation', updateCustomer: { __typename?: 'Customer', id: string } };

export type SeedRecordOrderMutationVariables = Exact<{
  input: RecordOrderInput;
}>;


export type SeedRecordOrderMutation = { __typename?: 'Mutation', recordOrder: { __typename?: 'Order', id: string, status: OrderStatus } };

export type SeedInvoiceOrderMutationVariables = Exact<{
  input: InvoiceOrderInput;
}>;


export type SeedInvoiceOrderMutation = { __typename?: 'Mutation', invoiceOrder: { __typename?: 'Invoice', id: string, outstanding: string } };

export type SeedApplyPaymentMutationVariables = Exact<{
  input: ApplyPaymentInput;
}>;


export type SeedApplyPaymentMutation = { __typename?: 'Mutation', applyPayment: { __typename?: 'Invoice', id: string } };

export type SeedSetKeyAccountFundMutationVariables = Exact<{
  input: SetKeyAccountFundInput;
}>;


export type SeedSetKeyAccountFundMutation = { __typename?: 'Mutation', setKeyAccountFund: { __typename?: 'Customer', id: string } };

export type SeedDrawKeyAccountFundMutationVariables = Exact<{
  input: DrawKeyAccountFundInput;
}>;


export type SeedDrawKeyAccountFundMutation = { __typename?: 'Mutation', drawKeyAccountFund: { __typename?: 'Customer', id: string } };

export type SeedSetCustomerQualityProfileMutationVariables = Exact<{
  input: SetCustomerQualityProfileInput;
}>;


export type SeedSetCustomerQualityProfileMutation = { __typename?: 'Mutation', setCustomerQualityProfile: { __typename?: 'Customer', id: string } };

export type SeedReassignCustomerMutationVariables = Exact<{
  input: ReassignCustomerInput;
}>;


export type SeedReassignCustomerMutation = { __typename?: 'Mutation', reassignCustomer: { __typename?: 'Customer', id: string } };

export type SeedAddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;


export type SeedAddContactMutation = { __typename?: 'Mutation', addContact: { __typename?: 'Contact', id: string } };

export type SeedLogVisitMutationVariables = Exact<{
  input: LogVisitInput;
}>;


export type SeedLogVisitMutation = { __typename?: 'Mutation', logVisit: { __typename?: 'Visit', id: string } };

export type SeedCreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type SeedCreateOpportunityMutation = { __typename?: 'Mutation', createOpportunity: { __typename?: 'Opportunity', id: string, version: number } };

export type SeedMoveOpportunityStageMutationVariables = Exact<{
  input: MoveOpportunityStageInput;
}>;


export type SeedMoveOpportunityStageMutation = { __typename?: 'Mutation', moveOpportunityStage: { __typename?: 'Opportunity', version: number } };

export type SeedOpenComplaintMutationVariables = Exact<{
  input: OpenComplaintInput;
}>;


export type SeedOpenComplaintMutation = { __typename?: 'Mutation', openComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type SeedResolveComplaintMutationVariables = Exact<{
  input: ResolveComplaintInput;
}>;


export type SeedResolveComplaintMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string } };

export type SeedRecordSatisfactionSurveyMutationVariables = Exact<{
  input: RecordSatisfactionSurveyInput;
}>;


export type SeedRecordSatisfactionSurveyMutation = { __typename?: 'Mutation', recordSatisfactionSurvey: { __typename?: 'SatisfactionSurvey', id: string } };

export type SeedRecordCompetitorIntelligenceMutationVariables = Exact<{
  input: RecordCompetitorIntelligenceInput;
}>;


export type SeedRecordCompetitorIntelligenceMutation = { __typename?: 'Mutation', recordCompetitorIntelligence: { __typename?: 'CompetitorIntelligence', id: string } };

export type SeedSubmitSuccessCaseMutationVariables = Exact<{
  input: SubmitSuccessCaseInput;
}>;


export type SeedSubmitSuccessCaseMutation = { __typename?: 'Mutation', submitSuccessCase: { __typename?: 'SuccessCase', id: string } };

export type SeedCreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type SeedCreatePositionMutation = { __typename?: 'Mutation', createPosition: { __typename?: 'Position', id: string } };

export type SeedCreateBranchMutationVariables = Exact<{
  input: CreateBranchInput;
}>;


export type SeedCreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', id: string } };

export type SeedCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type SeedCreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string } };

export type SeedRegisterSalesRepMutationVariables = Exact<{
  input: RegisterSalesRepInput;
}>;


export type SeedRegisterSalesRepMutation = { __typename?: 'Mutation', registerSalesRep: { __typename?: 'SalesRep', id: string } };

export type SeedSetTeamManagerMutationVariables = Exact<{
  input: SetTeamManagerInput;
}>;


export type SeedSetTeamManagerMutation = { __typename?: 'Mutation', setTeamManager: { __typename?: 'Team', id: string } };

export type SeedSetMarketSizeMutationVariables = Exact<{
  i: SetMarketSizeInput;
}>;


export type SeedSetMarketSizeMutation = { __typename?: 'Mutation', setMarketSize: { __typename?: 'MarketSize', region: string } };

export type SeedSetTargetMutationVariables = Exact<{
  i: SetTargetInput;
}>;


export type SeedSetTargetMutation = { __typename?: 'Mutation', setTarget: { __typename?: 'Target', id: string, version: number, ownerId: string } };

export type SeedSplitTargetMutationVariables = Exact<{
  i: SplitTargetInput;
}>;


export type SeedSplitTargetMutation = { __typename?: 'Mutation', splitTarget: Array<{ __typename?: 'Target', id: string, version: number, ownerId: string }> };

export type SeedCompanyRevenueQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedCompanyRevenueQuery = { __typename?: 'Query', companyKpis?: { __typename?: 'KpiReport', kpi: { __typename?: 'Kpi', value?: number | null } } | null };

export type SeedCreateEvaluationTemplateMutationVariables = Exact<{
  i: CreateEvaluationTemplateInput;
}>;


export type SeedCreateEvaluationTemplateMutation = { __typename?: 'Mutation', createEvaluationTemplate: { __typename?: 'EvaluationTemplate', id: string } };

export type SeedOpenEvaluationCycleMutationVariables = Exact<{
  i: OpenEvaluationCycleInput;
}>;


export type SeedOpenEvaluationCycleMutation = { __typename?: 'Mutation', openEvaluationCycle: { __typename?: 'EvaluationCycle', id: string, version: number } };

export type SeedRateSalesRepMutationVariables = Exact<{
  i: RateSalesRepInput;
}>;


export type SeedRateSalesRepMutation = { __typename?: 'Mutation', rateSalesRep: { __typename?: 'QualitativeScore', id: string } };

export type SeedCheckBadHabitsMutationVariables = Exact<{
  i: CheckBadHabitsInput;
}>;


export type SeedCheckBadHabitsMutation = { __typename?: 'Mutation', checkBadHabits: { __typename?: 'BadHabitCheck', habits: Array<BadHabit> } };

export type SeedCloseEvaluationCycleMutationVariables = Exact<{
  i: CloseEvaluationCycleInput;
}>;


export type SeedCloseEvaluationCycleMutation = { __typename?: 'Mutation', closeEvaluationCycle: { __typename?: 'EvaluationCycle', status: CycleStatus } };

export type SeedCreateIncentivePlanMutationVariables = Exact<{
  i: CreateIncentivePlanInput;
}>;


export type SeedCreateIncentivePlanMutation = { __typename?: 'Mutation', createIncentivePlan: { __typename?: 'IncentivePlan', id: string, version: number } };

export type SeedCloseIncentivePeriodMutationVariables = Exact<{
  p: Scalars['Period']['input'];
}>;


export type SeedCloseIncentivePeriodMutation = { __typename?: 'Mutation', closeIncentivePeriod: Array<{ __typename?: 'IncentiveStatement', total: string }> };

export type SeedReviseIncentivePlanMutationVariables = Exact<{
  i: ReviseIncentivePlanInput;
}>;


export type SeedReviseIncentivePlanMutation = { __typename?: 'Mutation', reviseIncentivePlan: { __typename?: 'IncentivePlan', id: string } };

export type SeedSetExpenseBudgetMutationVariables = Exact<{
  i: SetExpenseBudgetInput;
}>;


export type SeedSetExpenseBudgetMutation = { __typename?: 'Mutation', setExpenseBudget: { __typename?: 'ExpenseBudget', amount: string } };

export type SeedSubmitExpenseClaimMutationVariables = Exact<{
  i: SubmitExpenseClaimInput;
}>;


export type SeedSubmitExpenseClaimMutation = { __typename?: 'Mutation', submitExpenseClaim: { __typename?: 'ExpenseClaim', id: string, version: number } };

export type SeedApproveExpenseClaimMutationVariables = Exact<{
  i: DecideExpenseClaimInput;
}>;


export type SeedApproveExpenseClaimMutation = { __typename?: 'Mutation', approveExpenseClaim: { __typename?: 'ExpenseClaim', status: ClaimStatus } };

export type SeedRejectExpenseClaimMutationVariables = Exact<{
  i: DecideExpenseClaimInput;
}>;


export type SeedRejectExpenseClaimMutation = { __typename?: 'Mutation', rejectExpenseClaim: { __typename?: 'ExpenseClaim', status: ClaimStatus } };

export type SeedSubmitSalesReportMutationVariables = Exact<{
  i: SubmitSalesReportInput;
}>;


export type SeedSubmitSalesReportMutation = { __typename?: 'Mutation', submitSalesReport: { __typename?: 'SalesReport', onTime: boolean } };

export type StartRepCountQueryVariables = Exact<{ [key: string]: never; }>;


export type StartRepCountQuery = { __typename?: 'Query', salesReps: { __typename?: 'SalesRepConnection', totalCount: number } };


export const CustomerIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerIdQuery, CustomerIdQueryVariables>;
export const RepNameAndRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepNameAndRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}]}]}}]}}]} as unknown as DocumentNode<RepNameAndRevenueQuery, RepNameAndRevenueQueryVariables>;
export const AssessmentQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentQuestionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentQuestionsQuery, AssessmentQuestionsQueryVariables>;
export const AddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddContactMutation, AddContactMutationVariables>;
export const LogVisitAssessedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogVisitAssessed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]} as unknown as DocumentNode<LogVisitAssessedMutation, LogVisitAssessedMutationVariables>;
export const CreateOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const MoveOpportunityStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOpportunityStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOpportunityStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOpportunityStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOpportunityStageMutation, MoveOpportunityStageMutationVariables>;
export const InvoiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<InvoiceOrderMutation, InvoiceOrderMutationVariables>;
export const ApplyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ApplyPaymentMutation, ApplyPaymentMutationVariables>;
export const CustomerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasCoach"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDayQuery, CustomerDayQueryVariables>;
export const InvoiceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<InvoiceCountQuery, InvoiceCountQueryVariables>;
export const CreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateBranchMutation, CreateBranchMutationVariables>;
export const SetTeamBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTeamBranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetTeamBranchMutation, SetTeamBranchMutationVariables>;
export const SetTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetTargetMutation, SetTargetMutationVariables>;
export const SplitTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SplitTargetMutation, SplitTargetMutationVariables>;
export const TargetGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<TargetGapsQuery, TargetGapsQueryVariables>;
export const RepRevenueKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepRevenueKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"EnumValue","value":"REVENUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepRevenueKpiQuery, RepRevenueKpiQueryVariables>;
export const CreateEvaluationTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationTemplateMutation, CreateEvaluationTemplateMutationVariables>;
export const OpenEvaluationCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenEvaluationCycleMutation, OpenEvaluationCycleMutationVariables>;
export const RateSalesRepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateSalesRep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSalesRepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateSalesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<RateSalesRepMutation, RateSalesRepMutationVariables>;
export const ScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightPercent"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardQuery, ScorecardQueryVariables>;
export const CreateIncentivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIncentivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIncentivePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncentivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateIncentivePlanMutation, CreateIncentivePlanMutationVariables>;
export const IncentiveStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncentiveStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incentiveStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026-11","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncentiveStatementQuery, IncentiveStatementQueryVariables>;
export const CustomerTypeDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTypeDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Customer","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CustomerTypeDescriptionQuery, CustomerTypeDescriptionQueryVariables>;
export const TeamMembersTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMembersTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamMembersTeamsQuery, TeamMembersTeamsQueryVariables>;
export const RecordOrderLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrderLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordOrderLinesMutation, RecordOrderLinesMutationVariables>;
export const FrontendViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"may"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"actAsRep"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"manageOrganisation"}}]}}]}}]}}]} as unknown as DocumentNode<FrontendViewerQuery, FrontendViewerQueryVariables>;
export const RepsDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepsDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentStatus"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"class"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"weightedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<RepsDayQuery, RepsDayQueryVariables>;
export const TeamBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<TeamBoardQuery, TeamBoardQueryVariables>;
export const CustomerListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerListPageQuery, CustomerListPageQueryVariables>;
export const CustomerPageWithSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPageWithSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"surveyCount"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageWithSummariesQuery, CustomerPageWithSummariesQueryVariables>;
export const RepPageWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepPageWithKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepPageWithKpisQuery, RepPageWithKpisQueryVariables>;
export const RepWithRefusedFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepWithRefusedFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repReceivables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"StringValue","value":"someone-else","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<RepWithRefusedFieldsQuery, RepWithRefusedFieldsQueryVariables>;
export const CustomerRowsWithOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRowsWithOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRowsWithOwnersQuery, CustomerRowsWithOwnersQueryVariables>;
export const SubmitSuccessCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSuccessCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSuccessCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuccessCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitSuccessCaseMutation, SubmitSuccessCaseMutationVariables>;
export const OrderCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrderCountQuery, OrderCountQueryVariables>;
export const CustomersOwnersRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersOwnersRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersOwnersRevenueQuery, CustomersOwnersRevenueQueryVariables>;
export const CustomersNamedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CustomersNamedQuery, CustomersNamedQueryVariables>;
export const SuccessCaseCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessCaseCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SuccessCaseCountQuery, SuccessCaseCountQueryVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const RegisterSalesRepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSalesRep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSalesRepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSalesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterSalesRepMutation, RegisterSalesRepMutationVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const RecordOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOrderMutation, RecordOrderMutationVariables>;
export const RepRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}]}}]}}]} as unknown as DocumentNode<RepRevenueQuery, RepRevenueQueryVariables>;
export const CustomersWithOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithOwnersQuery, CustomersWithOwnersQueryVariables>;
export const CustomerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CustomerCountQuery, CustomerCountQueryVariables>;
export const DemoCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DemoCountsQuery, DemoCountsQueryVariables>;
export const LogVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogVisitMutation, LogVisitMutationVariables>;
export const CustomerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CustomerStatusQuery, CustomerStatusQueryVariables>;
export const CustomerNameAndVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNameAndVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CustomerNameAndVersionQuery, CustomerNameAndVersionQueryVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const FirstCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FirstCustomersQuery, FirstCustomersQueryVariables>;
export const RecordOrderIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrderId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordOrderIdMutation, RecordOrderIdMutationVariables>;
export const SeedCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCreateCustomerMutation, SeedCreateCustomerMutationVariables>;
export const SeedUpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedUpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedUpdateCustomerMutation, SeedUpdateCustomerMutationVariables>;
export const SeedRecordOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SeedRecordOrderMutation, SeedRecordOrderMutationVariables>;
export const SeedInvoiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedInvoiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<SeedInvoiceOrderMutation, SeedInvoiceOrderMutationVariables>;
export const SeedApplyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedApplyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedApplyPaymentMutation, SeedApplyPaymentMutationVariables>;
export const SeedSetKeyAccountFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetKeyAccountFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetKeyAccountFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKeyAccountFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedSetKeyAccountFundMutation, SeedSetKeyAccountFundMutationVariables>;
export const SeedDrawKeyAccountFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedDrawKeyAccountFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawKeyAccountFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawKeyAccountFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedDrawKeyAccountFundMutation, SeedDrawKeyAccountFundMutationVariables>;
export const SeedSetCustomerQualityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetCustomerQualityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCustomerQualityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerQualityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedSetCustomerQualityProfileMutation, SeedSetCustomerQualityProfileMutationVariables>;
export const SeedReassignCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedReassignCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedReassignCustomerMutation, SeedReassignCustomerMutationVariables>;
export const SeedAddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedAddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedAddContactMutation, SeedAddContactMutationVariables>;
export const SeedLogVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedLogVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedLogVisitMutation, SeedLogVisitMutationVariables>;
export const SeedCreateOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedCreateOpportunityMutation, SeedCreateOpportunityMutationVariables>;
export const SeedMoveOpportunityStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedMoveOpportunityStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOpportunityStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOpportunityStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedMoveOpportunityStageMutation, SeedMoveOpportunityStageMutationVariables>;
export const SeedOpenComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedOpenComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedOpenComplaintMutation, SeedOpenComplaintMutationVariables>;
export const SeedResolveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedResolveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedResolveComplaintMutation, SeedResolveComplaintMutationVariables>;
export const SeedRecordSatisfactionSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordSatisfactionSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSatisfactionSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSatisfactionSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordSatisfactionSurveyMutation, SeedRecordSatisfactionSurveyMutationVariables>;
export const SeedRecordCompetitorIntelligenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordCompetitorIntelligence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompetitorIntelligenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompetitorIntelligence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordCompetitorIntelligenceMutation, SeedRecordCompetitorIntelligenceMutationVariables>;
export const SeedSubmitSuccessCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSubmitSuccessCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSuccessCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuccessCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedSubmitSuccessCaseMutation, SeedSubmitSuccessCaseMutationVariables>;
export const SeedCreatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCreatePositionMutation, SeedCreatePositionMutationVariables>;
export const SeedCreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCreateBranchMutation, SeedCreateBranchMutationVariables>;
export const SeedCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCreateTeamMutation, SeedCreateTeamMutationVariables>;
export const SeedRegisterSalesRepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRegisterSalesRep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSalesRepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSalesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRegisterSalesRepMutation, SeedRegisterSalesRepMutationVariables>;
export const SeedSetTeamManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetTeamManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTeamManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedSetTeamManagerMutation, SeedSetTeamManagerMutationVariables>;
export const SeedSetMarketSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetMarketSize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMarketSizeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMarketSize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<SeedSetMarketSizeMutation, SeedSetMarketSizeMutationVariables>;
export const SeedSetTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]} as unknown as DocumentNode<SeedSetTargetMutation, SeedSetTargetMutationVariables>;
export const SeedSplitTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSplitTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]} as unknown as DocumentNode<SeedSplitTargetMutation, SeedSplitTargetMutationVariables>;
export const SeedCompanyRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedCompanyRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"StringValue","value":"2026","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"EnumValue","value":"REVENUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SeedCompanyRevenueQuery, SeedCompanyRevenueQueryVariables>;
export const SeedCreateEvaluationTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateEvaluationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCreateEvaluationTemplateMutation, SeedCreateEvaluationTemplateMutationVariables>;
export const SeedOpenEvaluationCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedOpenEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedOpenEvaluationCycleMutation, SeedOpenEvaluationCycleMutationVariables>;
export const SeedRateSalesRepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRateSalesRep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSalesRepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateSalesRep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRateSalesRepMutation, SeedRateSalesRepMutationVariables>;
export const SeedCheckBadHabitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCheckBadHabits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckBadHabitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkBadHabits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habits"}}]}}]}}]} as unknown as DocumentNode<SeedCheckBadHabitsMutation, SeedCheckBadHabitsMutationVariables>;
export const SeedCloseEvaluationCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCloseEvaluationCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEvaluationCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEvaluationCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SeedCloseEvaluationCycleMutation, SeedCloseEvaluationCycleMutationVariables>;
export const SeedCreateIncentivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCreateIncentivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIncentivePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIncentivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedCreateIncentivePlanMutation, SeedCreateIncentivePlanMutationVariables>;
export const SeedCloseIncentivePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCloseIncentivePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncentivePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<SeedCloseIncentivePeriodMutation, SeedCloseIncentivePeriodMutationVariables>;
export const SeedReviseIncentivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedReviseIncentivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseIncentivePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseIncentivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedReviseIncentivePlanMutation, SeedReviseIncentivePlanMutationVariables>;
export const SeedSetExpenseBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSetExpenseBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExpenseBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExpenseBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SeedSetExpenseBudgetMutation, SeedSetExpenseBudgetMutationVariables>;
export const SeedSubmitExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSubmitExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SeedSubmitExpenseClaimMutation, SeedSubmitExpenseClaimMutationVariables>;
export const SeedApproveExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedApproveExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SeedApproveExpenseClaimMutation, SeedApproveExpenseClaimMutationVariables>;
export const SeedRejectExpenseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRejectExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SeedRejectExpenseClaimMutation, SeedRejectExpenseClaimMutationVariables>;
export const SeedSubmitSalesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSubmitSalesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSalesReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSalesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]} as unknown as DocumentNode<SeedSubmitSalesReportMutation, SeedSubmitSalesReportMutationVariables>;
export const StartRepCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartRepCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StartRepCountQuery, StartRepCountQueryVariables>;