/**
 * Versioned event contracts: the only shapes that cross a subgraph boundary.
 * A breaking change to a payload is a new version, never an edit in place;
 * consumers name the versions they understand.
 */
export interface EventContracts {
  /** A customer was created by its owner or a manager (customer-relationship). */
  CustomerCreated: {
    1: { customerId: string; name: string; class: 'A' | 'B' | 'C' | 'D'; ownerId: string; createdAt: string };
  };
  /**
   * An order was confirmed against a customer (customer-relationship): recorded within the rep's authority, approved by a
   * manager, or a rejected order revised within it. Once per order: it is revenue. Amounts in minor units.
   */
  OrderRecorded: {
    1: { orderId: string; customerId: string; repId: string; orderedAt: string; totalMinor: number };
    /** v1 plus what KPIs need of an order: gross profit (null when a cost is unknown), terms and discount. */
    2: {
      orderId: string;
      customerId: string;
      repId: string;
      orderedAt: string;
      totalMinor: number;
      grossProfitMinor: number | null;
      channel: string | null;
      paymentTermsDays: number;
      termsBeyondStandard: boolean;
      maxDiscountBp: number;
      discountApprovedBy: string | null;
    };
    /** v2 plus units, the list-price total (so the discount given is list − total) and when the order was entered. */
    3: EventContracts['OrderRecorded'][2] & { units: number; listTotalMinor: number; recordedAt: string };
    /**
     * v3 plus the rep's discount authority applied when the order was confirmed (basis points) and the part of the
     * discount beyond it: Σ units × list price × max(0, line discount − authority) (minor units). Not list − total,
     * which is the whole discount.
     */
    4: EventContracts['OrderRecorded'][3] & { discountAuthorityBp: number; discountBeyondAuthorityMinor: number };
  };
  /** An order's discount is beyond the rep's authority and waits for a manager (customer-relationship): when recorded, or again when a rejected order is revised still beyond it. */
  OrderAwaitingApproval: {
    1: { orderId: string; customerId: string; repId: string; totalMinor: number; maxDiscountBp: number; authorityBp: number };
  };
  /** A manager refused an order's discount (customer-relationship). */
  OrderDiscountRejected: {
    1: { orderId: string; repId: string; reason: string };
  };
  /**
   * An order not yet invoiced was cancelled, with the reason, who and when (customer-relationship). `counted` says whether it
   * had been announced as revenue (OrderRecorded: it was CONFIRMED); if so, what it added then (minor units), which consumers
   * take back as an adjustment on the day of the cancellation, never on the order's day: a closed period is not rewritten.
   */
  OrderCancelled: {
    1: {
      orderId: string;
      customerId: string;
      repId: string;
      orderedAt: string;
      cancelledAt: string;
      cancelledBy: string;
      reason: string;
      /** The status it was cancelled from: CONFIRMED or PENDING_APPROVAL. */
      fromStatus: string;
      counted: {
        totalMinor: number;
        grossProfitMinor: number | null;
        units: number;
        listTotalMinor: number;
        termsBeyondStandard: boolean;
        /** Whether it counted among the discounts beyond authority (approved by a manager). */
        discountBeyond: boolean;
        discountBeyondAuthorityMinor: number;
      } | null;
    };
  };
  /**
   * A rejected order was withdrawn by its rep's side instead of revised, with the reason, who and when
   * (customer-relationship). It is final. A rejected order never counted as revenue, so there is nothing to take back.
   */
  OrderWithdrawn: {
    1: { orderId: string; customerId: string; repId: string; orderedAt: string; withdrawnAt: string; withdrawnBy: string; reason: string };
  };
  /** An invoice was issued on an order (customer-relationship). Minor units. */
  InvoiceIssued: {
    1: { invoiceId: string; orderId: string; customerId: string; repId: string; amountMinor: number; issuedAt: string; dueDate: string };
  };
  /** A payment was applied to an invoice (customer-relationship). Minor units. */
  PaymentApplied: {
    1: {
      paymentId: string;
      invoiceId: string;
      customerId: string;
      repId: string;
      amountMinor: number;
      receivedAt: string;
      dueDate: string;
      fullyPaid: boolean;
    };
  };
  /**
   * A credit note was issued against an invoice, with the reason, who and when (customer-relationship). Minor units. It
   * lowers what the customer owes on the invoice and the sale's revenue (and, when the order's costs are known, its gross
   * profit) by `amountMinor`; consumers book it on the day it was issued, never on the order's or invoice's day, so a
   * closed period is not rewritten. Never more than was owed: it never makes the customer owed money.
   */
  CreditNoteIssued: {
    1: {
      creditNoteId: string;
      invoiceId: string;
      orderId: string;
      customerId: string;
      repId: string;
      amountMinor: number;
      reason: string;
      issuedBy: string;
      issuedAt: string;
      /** Whether the order's gross profit is known (every line had a cost): then the credit lowers it too. */
      grossProfitKnown: boolean;
      /** What the invoice still asks after the credit, and whether that is now nothing. */
      invoiceAmountMinor: number;
      settled: boolean;
    };
  };
  /**
   * A payment was reversed (bounced or recorded by mistake), with the reason, who and when (customer-relationship). Minor
   * units. The invoice's paid amount drops by `amountMinor`; consumers take it from what was collected on the day of the
   * reversal (`reversalId` identifies this correction), never on the day the payment was received.
   */
  PaymentReversed: {
    1: {
      reversalId: string;
      paymentId: string;
      invoiceId: string;
      customerId: string;
      repId: string;
      amountMinor: number;
      receivedAt: string;
      reversedAt: string;
      reversedBy: string;
      reason: string;
      dueDate: string;
    };
  };
  /** A customer's descriptive fields changed (customer-relationship): the whole new picture. */
  CustomerUpdated: {
    1: { customerId: string; name: string; class: 'A' | 'B' | 'C' | 'D'; region: string | null; industry: string | null };
  };
  /** A customer moved along its lifecycle (customer-relationship). */
  CustomerStatusChanged: {
    1: { customerId: string; from: string; to: string; changedAt: string };
  };
  /** A customer was given to another rep, with the reason (customer-relationship). */
  CustomerReassigned: {
    1: { customerId: string; fromRepId: string; toRepId: string; reason: string; assignedAt: string };
  };
  /** An open opportunity followed its customer to another rep (customer-relationship): the pipeline is the new owner's. */
  OpportunityReassigned: {
    1: {
      opportunityId: string;
      customerId: string;
      fromOwnerId: string;
      toOwnerId: string;
      stage: string;
      amountMinor: number;
      reason: string;
      reassignedAt: string;
    };
  };
  /** Relationship spending drawn on an A-class customer's key-account fund (customer-relationship). Minor units. */
  KeyAccountFundDrawn: {
    1: { customerId: string; entryId: string; amountMinor: number; purpose: string; recordedAt: string };
  };
  /** A contact was added or changed, with the buying roles it now holds (customer-relationship). */
  ContactChanged: {
    1: { contactId: string; customerId: string; roles: string[] };
  };
  /**
   * A contact left the buying centre (left the company, changed role): kept for history, no longer among the customer's
   * contacts by default, nor chosen for new visits (customer-relationship). `roles` are the roles it no longer fills.
   */
  ContactDeactivated: {
    1: { contactId: string; customerId: string; roles: string[]; reason: string; deactivatedBy: string; deactivatedAt: string };
  };
  /** A visit was logged (customer-relationship). Expenses in minor units; the assessment total out of 100. */
  VisitLogged: {
    1: {
      visitId: string;
      customerId: string;
      repId: string;
      jointManagerId: string | null;
      kind: string;
      visitedAt: string;
      expensesMinor: number;
      assessmentTotal: number | null;
      reportDueAt: string;
      reportSubmittedAt: string | null;
    };
  };
  /** A visit report was filed after the visit (customer-relationship): feeds report timeliness. */
  VisitReportSubmitted: {
    1: { visitId: string; repId: string; dueAt: string; submittedAt: string };
  };
  /**
   * An open opportunity's amount, expected close date or products were corrected, from the version read (customer-relationship):
   * the whole new picture and what it was before. Amounts in minor units; dates YYYY-MM-DD.
   */
  OpportunityUpdated: {
    1: {
      opportunityId: string;
      customerId: string;
      ownerId: string;
      stage: string;
      amountMinor: number;
      previousAmountMinor: number;
      expectedCloseDate: string;
      previousExpectedCloseDate: string;
      products: string[];
      previousProducts: string[];
      reason: string | null;
      changedBy: string;
      changedAt: string;
    };
  };
  /**
   * A filed visit report was amended by the visiting rep or a manager (customer-relationship). The report's timeliness
   * stays that of its first filing (`submittedAt`): an amendment is not a late report.
   */
  VisitReportAmended: {
    1: { visitId: string; repId: string; amendmentId: string; amendedBy: string; amendedAt: string; reason: string | null; submittedAt: string };
  };
  /** An opportunity entered a stage: created, moved, lost or reopened (customer-relationship). Amount in minor units. */
  OpportunityStageChanged: {
    1: {
      opportunityId: string;
      customerId: string;
      ownerId: string;
      from: string | null;
      to: string;
      amountMinor: number;
      enteredAt: string;
      lostReason: string | null;
      wonByCompetitor: string | null;
      reopened: boolean;
    };
  };
  /** A complaint was opened (customer-relationship). */
  ComplaintOpened: {
    1: { complaintId: string; customerId: string; repId: string; severity: string; openedAt: string };
  };
  /** A complaint was resolved (customer-relationship): handling time is resolvedAt − openedAt. */
  ComplaintResolved: {
    1: { complaintId: string; customerId: string; repId: string; openedAt: string; resolvedAt: string };
  };
  /** A satisfaction survey was recorded, 1–5 (customer-relationship). */
  SatisfactionSurveyRecorded: {
    1: { surveyId: string; customerId: string; repId: string; score: number; surveyedAt: string };
  };
  /** A note on a competitor was recorded (customer-relationship): market-information reports. */
  CompetitorIntelligenceRecorded: {
    1: { noteId: string; competitor: string; topic: string; region: string | null; customerId: string | null; repId: string | null };
  };
  /** A success case was submitted (customer-relationship). */
  SuccessCaseSubmitted: {
    1: { caseId: string; repId: string; submittedAt: string };
  };
  /** A director changed how often a class must be visited (customer-relationship). */
  VisitPolicyChanged: {
    1: { class: 'A' | 'B' | 'C' | 'D'; intervalDays: number };
  };
  /** A rep's directory entry (rep-performance): sent when the rep joins and whenever their team or discount authority changes. */
  SalesRepRegistered: {
    1: { repId: string; name: string; teamId: string };
    /** v1 plus the largest discount the rep may give without approval, in basis points. */
    2: { repId: string; name: string; teamId: string; discountAuthorityBp: number };
    /**
     * v2 plus the sign-in role of the rep's position (REP, MANAGER, DIRECTOR, ANALYST, ADMIN; null without a
     * position): who stands above whom for discount approval and joint visits. Sent again when the position changes.
     */
    3: EventContracts['SalesRepRegistered'][2] & { role: string | null };
    /**
     * v3 plus the branch the rep's team is in (null for a team directly under the company), what a branch head's row
     * scope needs, and the branch the rep heads (null for most): who, beyond the team's manager, stands above the
     * branch's reps (joint visits). Sent again for every member when their team moves to another branch, and for the
     * new and the former head when a branch's head changes.
     */
    4: EventContracts['SalesRepRegistered'][3] & { branchId: string | null; headsBranchId: string | null };
  };
  /** A target was set or changed, alone or by splitting its parent's (rep-performance). Value in the metric's unit. */
  TargetSet: {
    1: { targetId: string; metric: string; period: string; ownerKind: string; ownerId: string; value: number; parentTargetId: string | null };
  };
  /**
   * A target was deleted, from the version read, by a director or admin (rep-performance): a correction of a target set by
   * mistake. Only a target none of whose children hold a target of the same metric and period (delete theirs first). Value
   * in the metric's unit, as it was.
   */
  TargetDeleted: {
    1: { targetId: string; metric: string; period: string; ownerKind: string; ownerId: string; value: number; deletedBy: string; deletedAt: string };
  };
  /** A rep moved to another team (rep-performance); the directory entry follows as SalesRepRegistered. */
  SalesRepMoved: {
    1: { repId: string; fromTeamId: string; toTeamId: string; onDay: string; reason: string };
  };
  /** A manager rated a rep on a qualitative criterion, 1–5 (rep-performance). */
  QualitativeScoreRecorded: {
    1: { scoreId: string; cycleId: string; repId: string; criterionKey: string; score: number; source: string };
  };
  /** An evaluation cycle closed and its scorecards were frozen (rep-performance). Totals in hundredths of a point. */
  EvaluationCycleClosed: {
    1: { cycleId: string; period: string; totals: Array<{ repId: string; totalHundredths: number }> };
  };
  /** A commission statement was frozen with its period (rep-performance). Minor units. */
  IncentiveStatementClosed: {
    1: { repId: string; period: string; planId: string; planVersion: number; totalMinor: number };
  };
  /** A rep's expense budget for a category and period was set (rep-performance). Minor units. */
  ExpenseBudgetSet: {
    1: { repId: string; category: string; period: string; amountMinor: number };
  };
  /** A rep claimed an expense (rep-performance). Minor units. */
  ExpenseClaimSubmitted: {
    1: { claimId: string; repId: string; category: string; amountMinor: number; incurredOn: string; submittedAt: string; onTime: boolean };
  };
  /** A manager approved or rejected an expense claim (rep-performance). */
  ExpenseClaimDecided: {
    1: { claimId: string; repId: string; approved: boolean; decidedBy: string };
  };
  /** A weekly or monthly sales report was submitted (rep-performance). */
  SalesReportSubmitted: {
    1: { reportId: string; repId: string; kind: string; period: string; dueAt: string; submittedAt: string; onTime: boolean };
  };
}

export type EventType = keyof EventContracts;
export type EventVersion<T extends EventType> = keyof EventContracts[T] & number;
export type EventPayload<T extends EventType, V extends EventVersion<T> = EventVersion<T>> = EventContracts[T][V];

/** The newest version of each contract: what producers write today. */
export const CURRENT_VERSION: { [T in EventType]: EventVersion<T> } = {
  CustomerCreated: 1,
  CustomerUpdated: 1,
  CustomerStatusChanged: 1,
  CustomerReassigned: 1,
  KeyAccountFundDrawn: 1,
  OpportunityReassigned: 1,
  VisitPolicyChanged: 1,
  ContactChanged: 1,
  ContactDeactivated: 1,
  VisitLogged: 1,
  VisitReportSubmitted: 1,
  VisitReportAmended: 1,
  OpportunityStageChanged: 1,
  OpportunityUpdated: 1,
  OrderRecorded: 4,
  ComplaintOpened: 1,
  ComplaintResolved: 1,
  SatisfactionSurveyRecorded: 1,
  CompetitorIntelligenceRecorded: 1,
  SuccessCaseSubmitted: 1,
  OrderAwaitingApproval: 1,
  OrderDiscountRejected: 1,
  OrderCancelled: 1,
  OrderWithdrawn: 1,
  InvoiceIssued: 1,
  PaymentApplied: 1,
  CreditNoteIssued: 1,
  PaymentReversed: 1,
  SalesRepRegistered: 4,
  TargetSet: 1,
  TargetDeleted: 1,
  SalesRepMoved: 1,
  QualitativeScoreRecorded: 1,
  EvaluationCycleClosed: 1,
  IncentiveStatementClosed: 1,
  ExpenseBudgetSet: 1,
  ExpenseClaimSubmitted: 1,
  ExpenseClaimDecided: 1,
  SalesReportSubmitted: 1,
};

/** An event as it travels: the envelope of docs/architecture.md#events. */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Globally unique id (UUID). */
  id: string;
  /** Position in the producer's feed: strictly increasing, no gaps in commit order. */
  sequence: number;
  type: T;
  version: number;
  /** ISO-8601 instant. */
  occurredAt: string;
  aggregateId: string;
  payload: EventPayload<T>;
}

/** A new event before the outbox gives it an id and a sequence. */
export interface NewEvent<T extends EventType = EventType> {
  type: T;
  aggregateId: string;
  payload: EventPayload<T, (typeof CURRENT_VERSION)[T]>;
}
