/**
 * Who stands above whom (docs/domain.md#oversight): a discount beyond a rep's
 * authority "needs a manager's approval", and a joint visit is made with the
 * rep's manager. Both only mean something when the person is above the rep:
 * a manager over their own team's reps, a director or admin over everyone,
 * and nobody over themselves.
 */

/** The signed-in person deciding or named: their role and, when they are a rep, who and in which team. */
export interface Overseer {
  readonly role: string;
  readonly repId?: string | null;
  readonly teamId?: string | null;
  /** The branch they head, if they head one. */
  readonly branchId?: string | null;
}

/** The rep overseen, as the rep directory knows them; `role` is their position's sign-in role when known. */
export interface OverseenRep {
  readonly repId: string;
  readonly teamId: string | null;
  readonly role?: string | null;
  /** The branch the rep's team is in, when known. */
  readonly branchId?: string | null;
  /** The branch the rep heads, if they head one. */
  readonly headsBranchId?: string | null;
}

const ABOVE_EVERYONE = ['DIRECTOR', 'ADMIN'];

/**
 * Why `approver` may not approve a discount beyond `rep`'s authority, or null
 * when they may: a manager approves their team's reps' orders but never their
 * own nor a fellow manager's, which go to the head of their branch or a
 * director or admin; a branch head approves anyone's in the branch but their own.
 */
export function discountApprovalProblem(approver: Overseer, rep: OverseenRep): string | null {
  if (approver.repId && approver.repId === rep.repId) {
    return 'nobody approves a discount on their own order: the head of your branch, or a director or admin (someone above you), approves it';
  }
  if (ABOVE_EVERYONE.includes(approver.role)) return null;
  if (approver.role !== 'MANAGER') return 'only managers, directors and admins approve discounts';
  if (approver.branchId && approver.branchId === rep.branchId) return null;
  if (!approver.teamId || approver.teamId !== rep.teamId) return "only the rep's own manager (or a director or admin) approves this discount";
  if (rep.role && rep.role !== 'REP') return `the order's rep is a ${rep.role.toLowerCase()}: the head of their branch, or a director or admin, approves it`;
  return null;
}

/**
 * Why `joint` cannot be the manager on `rep`'s joint visit, or null when they
 * can: the rep's own manager (a manager of the rep's team), the head of the
 * rep's branch, or someone above everyone; never the rep, a peer, another
 * team's manager or another branch's head.
 */
export function jointManagerProblem(joint: OverseenRep, rep: OverseenRep): string | null {
  if (joint.repId === rep.repId) return 'the visiting rep cannot be their own joint manager';
  if (joint.role && ABOVE_EVERYONE.includes(joint.role)) return null;
  if (joint.headsBranchId && joint.headsBranchId === rep.branchId) return null;
  if (joint.role !== 'MANAGER')
    return 'the joint manager must be a manager of the visiting rep’s team, the head of their branch or a director, not a fellow rep';
  if (joint.teamId !== rep.teamId)
    return 'the joint manager must manage the visiting rep’s team or head their branch: another team’s manager is not above this rep';
  return null;
}

/**
 * A key-account fund belongs to A-class customers (docs/domain.md#key-account-fund): one that
 * has been downgraded keeps its history but is drawn on no more. Why a draw
 * is refused, or null.
 */
export function keyAccountDrawProblem(customer: { readonly class: string; readonly keyAccountFundMinor: number | null }): string | null {
  if (customer.keyAccountFundMinor == null) return 'this customer has no key-account fund';
  if (customer.class !== 'A') return `the customer is class ${customer.class} now: only A-class customers draw on a key-account fund`;
  return null;
}
