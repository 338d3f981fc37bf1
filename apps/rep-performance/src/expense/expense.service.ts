import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { budgetUsage, budgetWithin, dayKey, EARLIEST_DATE, expenseClaimDueAt, Period } from '@salesgraph/domain';
import { Database, transact } from '@salesgraph/persistence';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, optionalText, positiveAmount, requiredText, saveVersioned, zeroOrMore, ListPage } from '@salesgraph/subgraph-kit';
import { assertManagerOf, ownRep, teamBranchesIn } from '../access';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { ClaimStatus, ExpenseBudgetEntity, ExpenseCategory, ExpenseClaimEntity } from './expense.entity';
import { ClaimBudgetStatus, ExpenseRepository } from './expense.repository';
import { DecideExpenseClaimInput, ExpenseClaimFilter, SetExpenseBudgetInput, SubmitExpenseClaimInput } from '../generated/resolvers.generated';

export type { ClaimBudgetStatus } from './expense.repository';

/** One category's budget against what was spent, for a rep and period. */
export interface BudgetUsage {
  category: ExpenseCategory;
  budgetMinor: number;
  spentMinor: number;
  usage: number | null;
  reduction: number | null;
}

/**
 * A claim on top of the rep's other approved claims against every budget of
 * its category whose period holds the day it was incurred (a month's budget
 * and the quarter's or year's envelope around it are each a limit). `period`
 * names the budget it goes furthest over, or, within all, the tightest one.
 */
export interface ClaimBudgetCheck {
  status: ClaimBudgetStatus;
  period: string | null;
  budgetMinor: number | null;
  approvedBeforeMinor: number | null;
  overMinor: number | null;
}

/** Budgets per rep, category and period; claims with their receipts and the manager's decision. */
export class ExpenseService {
  private readonly expenses: ExpenseRepository;
  private readonly reps: SalesRepRepository;

  constructor(private readonly database: Database) {
    this.expenses = new ExpenseRepository(database);
    this.reps = new SalesRepRepository(database);
  }

  async setBudget(viewer: Viewer, input: SetExpenseBudgetInput): Promise<ExpenseBudgetEntity> {
    const rep = await this.rep(input.repId, 'input.repId');
    await assertManagerOf(viewer, teamBranchesIn(this.database), rep, 'set budgets');
    const period = input.period;
    if (period.kind !== 'MONTH' && period.kind !== 'QUARTER' && period.kind !== 'YEAR')
      throw badUserInput('input.period', 'budgets are per month, quarter or year');
    zeroOrMore(input.amount, 'input.amount');
    const budget = Object.assign(new ExpenseBudgetEntity(), {
      repId: rep.id,
      category: input.category,
      period: period.label,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      amountMinor: input.amount,
      setBy: viewer.subject,
    });
    return transact(this.database, async (manager) => {
      await this.expenses.upsertBudget(manager, budget);
      await appendToOutbox(manager, [
        {
          type: 'ExpenseBudgetSet',
          aggregateId: rep.id,
          payload: { repId: rep.id, category: budget.category, period: budget.period, amountMinor: budget.amountMinor },
        },
      ]);
      return budget;
    });
  }

  /** A rep claims their own expense; the receipts must account for the whole amount. */
  async submitClaim(viewer: Viewer, input: SubmitExpenseClaimInput, now = new Date()): Promise<ExpenseClaimEntity> {
    const rep = await ownRep(this.database, viewer, 'claim expenses');
    const amountMinor = positiveAmount(input.amount, 'input.amount');
    const incurredOn = input.incurredOn;
    if (incurredOn > dayKey(now)) throw badUserInput('input.incurredOn', 'incurredOn may not be in the future');
    if (incurredOn < EARLIEST_DATE) throw badUserInput('input.incurredOn', `incurredOn may not be before ${EARLIEST_DATE}`);
    if (!input.receipts.length) throw badUserInput('input.receipts', 'attach at least one receipt');
    const receipts = input.receipts.map((receipt, index) => ({
      number: requiredText(receipt.number, `input.receipts.${index}.number`, 64),
      issuer: requiredText(receipt.issuer, `input.receipts.${index}.issuer`, 200),
      amountMinor: positiveAmount(receipt.amount, `input.receipts.${index}.amount`),
      issuedOn: receiptDate(receipt.issuedOn, `input.receipts.${index}.issuedOn`, now),
    }));
    const receiptTotal = receipts.reduce((sum, receipt) => sum + receipt.amountMinor, 0);
    if (receiptTotal !== amountMinor)
      throw badUserInput('input.receipts', `the receipts add up to ${(receiptTotal / 100).toFixed(2)}, not the ${(amountMinor / 100).toFixed(2)} claimed`);
    const claim = Object.assign(new ExpenseClaimEntity(), {
      id: randomUUID(),
      repId: rep.id,
      category: input.category,
      amountMinor,
      incurredOn,
      description: requiredText(input.description, 'input.description', 500),
      receipts,
      submittedAt: now,
      status: 'SUBMITTED' as ClaimStatus,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      version: 1,
    });
    return transact(this.database, async (manager) => {
      await this.expenses.insertClaim(manager, claim);
      await appendToOutbox(manager, [
        {
          type: 'ExpenseClaimSubmitted',
          aggregateId: claim.id,
          payload: {
            claimId: claim.id,
            repId: rep.id,
            category: claim.category,
            amountMinor,
            incurredOn,
            submittedAt: now.toISOString(),
            onTime: now.getTime() <= expenseClaimDueAt(incurredOn).getTime(),
          },
        },
      ]);
      return claim;
    });
  }

  /** One claim: what an idempotent repeat of submitExpenseClaim answers with. */
  findClaim(id: string): Promise<ExpenseClaimEntity | null> {
    return this.expenses.findClaim(id);
  }

  async decide(viewer: Viewer, input: DecideExpenseClaimInput, approve: boolean, now = new Date()): Promise<ExpenseClaimEntity> {
    const claim = await this.expenses.findClaim(input.claimId);
    if (!claim) throw badUserInput('input.claimId', `no expense claim ${input.claimId}`);
    const rep = await this.rep(claim.repId, 'input.claimId');
    await assertManagerOf(viewer, teamBranchesIn(this.database), rep, 'decide expense claims');
    if (claim.status !== 'SUBMITTED') throw badUserInput('input.claimId', `the claim is already ${claim.status.toLowerCase()}`);
    const note = approve ? (optionalText(input.note, 'input.note', 500) ?? null) : requiredText(input.note ?? '', 'input.note', 500);
    const changes: Partial<ExpenseClaimEntity> = { status: approve ? 'APPROVED' : 'REJECTED', decidedBy: viewer.subject, decidedAt: now, decisionNote: note };
    await saveVersioned(this.database, ExpenseClaimEntity, 'expense claim', claim, input.version, changes, (manager) =>
      appendToOutbox(manager, [
        {
          type: 'ExpenseClaimDecided',
          aggregateId: claim.id,
          payload: { claimId: claim.id, repId: claim.repId, approved: approve, decidedBy: viewer.subject },
        },
      ]),
    );
    return Object.assign(new ExpenseClaimEntity(), { ...claim, ...changes, version: claim.version + 1 });
  }

  /** Claims the viewer may see, newest first. */
  claimPage(viewer: Viewer, page: ListPage<'submittedAt'>, filter: ExpenseClaimFilter): Promise<[ExpenseClaimEntity[], number]> {
    return this.expenses.claimPage(viewer, page, filter);
  }

  /** Budget against approved spending per category, for each rep asked; a budget inside a longer one of the same category is part of it (libs/domain budgetWithin). */
  async usage(repIds: readonly string[], period: Period): Promise<Map<string, BudgetUsage[]>> {
    const [budgets, claims] = await Promise.all([
      this.expenses.budgetsWithin(repIds, period),
      this.expenses.approvedClaims(repIds, period.firstDay, period.lastDay),
    ]);
    const result = new Map<string, BudgetUsage[]>();
    for (const repId of repIds) {
      const categories = new Set<ExpenseCategory>([
        ...budgets.filter((b) => b.repId === repId).map((b) => b.category),
        ...claims.filter((c) => c.repId === repId).map((c) => c.category),
      ]);
      result.set(
        repId,
        [...categories].sort().map((category) => {
          const budgetMinor = budgetWithin(budgets.filter((b) => b.repId === repId && b.category === category));
          const spentMinor = claims.filter((c) => c.repId === repId && c.category === category).reduce((sum, c) => sum + c.amountMinor, 0);
          return { category, budgetMinor, spentMinor, ...budgetUsage(spentMinor, budgetMinor) };
        }),
      );
    }
    return result;
  }

  /**
   * For each claim, what approving it does to the rep's budgets of its
   * category: every budget whose period holds the day it was incurred is a
   * limit (a month's inside a quarter's, libs/domain budgetWithin), and the
   * claim comes on top of the rep's other approved claims in that period.
   */
  async budgetChecks(claimIds: readonly string[]): Promise<Map<string, ClaimBudgetCheck>> {
    const claims = await this.expenses.findClaims(claimIds);
    const result = new Map<string, ClaimBudgetCheck>();
    if (!claims.length) return result;
    const repIds = [...new Set(claims.map((claim) => claim.repId))];
    const budgets = await this.expenses.budgetsOf(repIds);
    const relevant = budgets.filter((budget) => claims.some((claim) => covers(budget, claim)));
    const approved = relevant.length
      ? await this.expenses.approvedClaims(
          repIds,
          relevant.map((budget) => budget.firstDay).sort()[0],
          relevant
            .map((budget) => budget.lastDay)
            .sort()
            .reverse()[0],
        )
      : [];
    for (const claim of claims) {
      const covering = relevant.filter((budget) => covers(budget, claim));
      if (!covering.length) {
        result.set(claim.id, { status: 'NO_BUDGET', period: null, budgetMinor: null, approvedBeforeMinor: null, overMinor: null });
        continue;
      }
      const checks = covering.map((budget) => {
        const before = approved
          .filter(
            (other) =>
              other.id !== claim.id &&
              other.repId === claim.repId &&
              other.category === claim.category &&
              other.incurredOn >= budget.firstDay &&
              other.incurredOn <= budget.lastDay,
          )
          .reduce((sum, other) => sum + other.amountMinor, 0);
        return { budget, before, over: before + claim.amountMinor - budget.amountMinor };
      });
      // furthest over first; within all, the least room left; then the shorter period
      checks.sort((a, b) => b.over - a.over || a.budget.lastDay.localeCompare(b.budget.lastDay) || b.budget.firstDay.localeCompare(a.budget.firstDay));
      const worst = checks[0];
      result.set(claim.id, {
        status: worst.over > 0 ? 'OVER' : 'WITHIN',
        period: worst.budget.period,
        budgetMinor: worst.budget.amountMinor,
        approvedBeforeMinor: worst.before,
        overMinor: Math.max(0, worst.over),
      });
    }
    return result;
  }

  private async rep(id: string, field: string): Promise<SalesRepEntity> {
    const rep = await this.reps.findOne(id);
    if (!rep) throw badUserInput(field, `no rep ${id}`);
    return rep;
  }
}

const covers = (budget: ExpenseBudgetEntity, claim: ExpenseClaimEntity): boolean =>
  budget.repId === claim.repId && budget.category === claim.category && budget.firstDay <= claim.incurredOn && budget.lastDay >= claim.incurredOn;

/**
 * A receipt's date: it exists by the time it is claimed, so not after today,
 * and not before the earliest date anyone may type (libs/domain date-bounds).
 * It may precede the expense (a ticket bought ahead of the trip).
 */
function receiptDate(day: string, field: string, now: Date): string {
  if (day > dayKey(now)) throw badUserInput(field, `issuedOn may not be after today (${dayKey(now)}): a receipt is claimed once it exists`);
  if (day < EARLIEST_DATE) throw badUserInput(field, `issuedOn may not be before ${EARLIEST_DATE}`);
  return day;
}
