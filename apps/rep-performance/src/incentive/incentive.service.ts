import { randomUUID } from 'node:crypto';
import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { computeStatement, dayKey, Period, planInForce, PlanTerms, planTermsProblem, StatementFacts, StatementLine } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, percentBasisPoints, requiredText, saveVersioned, zeroOrMore } from '@salesgraph/subgraph-kit';
import { Database, transact } from '@salesgraph/persistence';
import { KpiReadModel } from '../kpi/kpi-read-model.repository';
import { KpiService } from '../kpi/kpi.service';
import { SalesRepEntity } from '../sales-rep/sales-rep.entity';
import { SalesRepRepository } from '../sales-rep/sales-rep.repository';
import { TeamMembershipRepository } from '../team-membership/team-membership.repository';
import { TeamRepository } from '../team/team.repository';
import { IncentivePlanEntity, IncentivePlanVersionEntity, IncentiveStatementEntity } from './incentive.entity';
import { IncentiveRepository } from './incentive.repository';
import { CloseIncentivePeriodInput, CreateIncentivePlanInput, PlanTermsInput, ReviseIncentivePlanInput } from '../generated/resolvers.generated';

/** A statement as shown: frozen once its period is closed, computed live before. */
export interface Statement {
  repId: string;
  period: Period;
  plan: IncentivePlanEntity;
  planVersion: IncentivePlanVersionEntity;
  facts: StatementFacts;
  lines: StatementLine[];
  totalMinor: number;
  closed: boolean;
}

/** Published commission plans, versioned by the month they take effect, and the statements they produce. */
export class IncentiveService {
  private readonly facts: KpiReadModel;
  private readonly incentives: IncentiveRepository;
  private readonly teams: TeamRepository;
  private readonly reps: SalesRepRepository;
  private readonly memberships: TeamMembershipRepository;

  constructor(
    private readonly database: Database,
    private readonly kpis: KpiService,
  ) {
    this.facts = new KpiReadModel(database);
    this.incentives = new IncentiveRepository(database);
    this.teams = new TeamRepository(database);
    this.reps = new SalesRepRepository(database);
    this.memberships = new TeamMembershipRepository(database);
  }

  async createPlan(viewer: Viewer, input: CreateIncentivePlanInput, now = new Date()) {
    this.assertDirector(viewer);
    const name = requiredText(input.name, 'input.name', 100);
    if (await this.incentives.planNamed(name)) throw badUserInput('input.name', `a plan named "${name}" already exists`);
    if (input.teamId && !(await this.teams.exists(input.teamId))) throw badUserInput('input.teamId', `no team ${input.teamId}`);
    const teamId = input.teamId ?? null;
    if (await this.incentives.hasPlanFor(teamId)) {
      throw badUserInput(
        'input.teamId',
        teamId ? 'this team already has a plan: revise it instead' : 'there is already a company-wide plan: revise it instead',
      );
    }
    const version = this.version('', 1, input.effectiveFrom, input.terms, viewer, now);
    const plan = Object.assign(new IncentivePlanEntity(), { id: randomUUID(), name, teamId, createdAt: now, version: 1 });
    version.planId = plan.id;
    return transact(this.database, async (manager) => {
      await this.incentives.insertPlan(manager, plan, version);
      return plan;
    });
  }

  /** Publishes new terms from a month on; earlier months keep the terms they had, and closed statements never change. */
  async revisePlan(viewer: Viewer, input: ReviseIncentivePlanInput, now = new Date()) {
    this.assertDirector(viewer);
    const plan = await this.incentives.findPlan(input.planId);
    if (!plan) throw badUserInput('input.planId', `no plan ${input.planId}`);
    const latest = await this.incentives.latestVersion(plan.id);
    const version = this.version(plan.id, latest.number + 1, input.effectiveFrom, input.terms, viewer, now);
    if (version.effectiveFrom <= latest.effectiveFrom)
      throw badUserInput('input.effectiveFrom', `a revision takes effect after the current version's ${latest.effectiveFrom.slice(0, 7)}`);
    await saveVersioned(this.database, IncentivePlanEntity, 'plan', plan, input.version, {}, (manager) => this.incentives.insertVersion(manager, version));
    return Object.assign(new IncentivePlanEntity(), { ...plan, version: plan.version + 1 });
  }

  versionsOf(planIds: readonly string[]): Promise<IncentivePlanVersionEntity[]> {
    return this.incentives.versionsOf(planIds);
  }

  allPlans(): Promise<IncentivePlanEntity[]> {
    return this.incentives.allPlans();
  }

  /** Statements of reps for a period: frozen if it is closed, else computed with the plan version in force. */
  async statements(reps: readonly SalesRepEntity[], period: Period, now = new Date()): Promise<Map<string, Statement>> {
    const result = new Map<string, Statement>();
    if (!reps.length) return result;
    const plans = await this.incentives.plans();
    const closed = await this.incentives.closedStatements(
      period.label,
      reps.map((rep) => rep.id),
    );
    // Plans and their versions are a handful of rows: read them all once.
    const versions = await this.incentives.allVersions();
    for (const frozen of closed) {
      const plan = plans.find((candidate) => candidate.id === frozen.planId);
      const version = versions.find((candidate) => candidate.planId === frozen.planId && candidate.number === frozen.planVersion);
      if (plan && version)
        result.set(frozen.repId, {
          repId: frozen.repId,
          period,
          plan,
          planVersion: version,
          facts: frozen.facts,
          lines: frozen.lines,
          totalMinor: frozen.totalMinor,
          closed: true,
        });
    }
    const open = reps.filter((rep) => !result.has(rep.id));
    if (!open.length) return result;
    const reports = await this.kpis.reports(
      'REP',
      open.map((rep) => rep.id),
      period,
      now,
    );
    const asOfDay = period.lastDay < dayKey(now) ? period.lastDay : dayKey(now);
    const overdue = await this.facts.overdueReceivables(
      'REP',
      open.map((rep) => rep.id),
      asOfDay,
    );
    const memberships = await this.memberships.historyOf(open.map((rep) => rep.id));
    for (const rep of open) {
      // The plan of the team the rep was in during the period (on its last day, or today while it runs), once that plan
      // is in force; before, the company plan (libs/domain planInForce).
      const member = memberships.find((row) => row.repId === rep.id && row.fromDay <= asOfDay && (row.toDay === null || asOfDay < row.toDay));
      const found = planInForce(plans, versions, member?.teamId ?? rep.teamId, period.firstDay);
      if (!found) continue;
      const { plan, version } = found;
      const report = reports.get(rep.id);
      const basis = report?.kpis.find((kpi) => kpi.key === (version.terms.basis === 'REVENUE' ? 'REVENUE' : 'COLLECTED'));
      const facts: StatementFacts = {
        basisMinor: basis?.value ?? 0,
        targetMinor: basis?.target ?? null,
        overdueReceivablesMinor: overdue.get(rep.id) ?? 0,
        lateReports: report?.lateReports ?? 0,
      };
      const { lines, totalMinor } = computeStatement(version.terms, facts);
      result.set(rep.id, { repId: rep.id, period, plan, planVersion: version, facts, lines, totalMinor, closed: false });
    }
    return result;
  }

  /** Freezes every active rep's statement for an ended month or quarter. */
  async closePeriod(viewer: Viewer, input: CloseIncentivePeriodInput, now = new Date()): Promise<Statement[]> {
    this.assertDirector(viewer);
    const period = input.period;
    if (period.kind !== 'MONTH' && period.kind !== 'QUARTER') throw badUserInput('input.period', 'statements are closed per month or quarter');
    if (period.lastDay >= dayKey(now)) throw badUserInput('input.period', `${period.label} has not ended yet`);
    if (await this.incentives.isClosed(period.label)) throw badUserInput('input.period', `${period.label} is already closed`);
    const reps = await this.reps.findWorking();
    const statements = [...(await this.statements(reps, period, now)).values()];
    const rows = statements.map((statement) =>
      Object.assign(new IncentiveStatementEntity(), {
        repId: statement.repId,
        period: period.label,
        planId: statement.plan.id,
        planVersion: statement.planVersion.number,
        facts: statement.facts,
        lines: statement.lines,
        totalMinor: statement.totalMinor,
        closedAt: now,
      }),
    );
    await transact(this.database, async (manager) => {
      await this.incentives.close(manager, { period: period.label, closedBy: viewer.subject, closedAt: now }, rows);
      await appendToOutbox(
        manager,
        rows.map((row) => ({
          type: 'IncentiveStatementClosed' as const,
          aggregateId: row.repId,
          payload: { repId: row.repId, period: row.period, planId: row.planId, planVersion: row.planVersion, totalMinor: row.totalMinor },
        })),
      );
    });
    return statements.map((statement) => ({ ...statement, closed: true }));
  }

  private version(planId: string, number: number, month: Period, input: PlanTermsInput, viewer: Viewer, now: Date): IncentivePlanVersionEntity {
    if (month.kind !== 'MONTH') throw badUserInput('input.effectiveFrom', 'a plan takes effect from a month, e.g. 2026-12');
    const terms = this.terms(input);
    const problem = planTermsProblem(terms);
    if (problem) throw badUserInput(`input.terms.${problem.field}`, problem.message);
    return Object.assign(new IncentivePlanVersionEntity(), {
      planId,
      number,
      effectiveFrom: month.firstDay,
      terms,
      publishedBy: viewer.subject,
      publishedAt: now,
    });
  }

  private terms(input: PlanTermsInput): PlanTerms {
    const rate = (percent: number | null | undefined, field: string) => percentBasisPoints(percent ?? 0, field);
    return {
      basis: input.basis,
      tiers: input.tiers.map((tier, index) => ({
        upToMinor: tier.upTo == null ? null : zeroOrMore(tier.upTo, `input.terms.tiers.${index}.upTo`),
        rateBp: rate(tier.ratePercent, `input.terms.tiers.${index}.ratePercent`),
      })),
      acceleratorRateBp: rate(input.acceleratorRatePercent, 'input.terms.acceleratorRatePercent'),
      bonuses: (input.bonuses ?? []).map((bonus, index) => ({
        name: bonus.name.trim(),
        // Attainment runs past 100 %, so a threshold may too.
        minAttainmentBp: percentBasisPoints(bonus.minAttainmentPercent, `input.terms.bonuses.${index}.minAttainmentPercent`, { max: 500, aboveMin: true }),
        amountMinor: zeroOrMore(bonus.amount, `input.terms.bonuses.${index}.amount`),
      })),
      overdueReceivablePenaltyBp: rate(input.overdueReceivablePenaltyPercent, 'input.terms.overdueReceivablePenaltyPercent'),
      lateReportPenaltyMinor: zeroOrMore(input.lateReportPenalty ?? 0, 'input.terms.lateReportPenalty'),
    };
  }

  private assertDirector(viewer: Viewer): void {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins publish incentive plans and close statements');
  }
}
