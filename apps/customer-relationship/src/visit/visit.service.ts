import { randomUUID } from 'node:crypto';
import { canManageOrganisation, isManagerial, Viewer } from '@salesgraph/auth';
import {
  AssessmentQuestion,
  AssessmentQuestionSet,
  DEFAULT_VISIT_REPORT_DUE_HOURS,
  EARLIEST_BOUND,
  jointManagerProblem,
  nowBound,
  planningHorizon,
  questionSetProblems,
  reportDueAt,
  scoreAssessment,
} from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { allValid, badUserInput, forbidden, optionalText, ListPage, requiredText, saveVersioned } from '@salesgraph/subgraph-kit';
import { dateWithin } from '../dates';
import { Database, transact } from '@salesgraph/persistence';
import { ContactRepository } from '../contact/contact.repository';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { CustomerService } from '../customer/customer.service';
import { RepDirectoryRepository } from '../rep-directory/rep-directory.repository';
import { AssessmentQuestionSetEntity, VisitEntity, VisitReportAmendmentEntity } from './visit.entity';
import { VisitListFilter, VisitRepository, VisitSortField } from './visit.repository';
import { AmendVisitReportInput, LogVisitInput, SubmitVisitReportInput } from '../generated/resolvers.generated';

export function parseQuestions(set: AssessmentQuestionSetEntity): AssessmentQuestionSet {
  return { version: set.version, questions: JSON.parse(set.questions) as AssessmentQuestion[] };
}

export class VisitService {
  readonly visits: VisitRepository;
  private readonly contacts: ContactRepository;
  private readonly directory: RepDirectoryRepository;
  private readonly customerRows: CustomerRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
    private readonly reportDueHours = DEFAULT_VISIT_REPORT_DUE_HOURS,
  ) {
    this.visits = new VisitRepository(dataSource);
    this.customerRows = new CustomerRepository(dataSource);
    this.contacts = new ContactRepository(dataSource);
    this.directory = new RepDirectoryRepository(dataSource);
  }

  list(viewer: Viewer, filter: VisitListFilter, page: ListPage<VisitSortField>): Promise<[VisitEntity[], number]> {
    return this.visits.page(viewer, filter, page);
  }

  /**
   * Logs a visit with the contacts met and its assessment, and moves the
   * customer's last visit on, in one transaction.
   */
  async log(viewer: Viewer, input: LogVisitInput, now = new Date()): Promise<VisitEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    // Every field checked at once: a form learns of each field to correct in one answer.
    const { nextStepAt, purpose, outcome, nextStep } = allValid({
      // A visit in 1900 or tomorrow would bend coverage and report timeliness.
      visitedAt: () => dateWithin(input.visitedAt, 'input.visitedAt', [EARLIEST_BOUND], [nowBound(now)]),
      nextStepAt: () => (input.nextStepAt == null ? null : nextStepWithin(input.nextStepAt, input.visitedAt, 'input.nextStepAt', now)),
      purpose: () => requiredText(input.purpose, 'input.purpose', 500),
      outcome: () => optionalText(input.outcome, 'input.outcome', 2000) ?? null,
      nextStep: () => optionalText(input.nextStep, 'input.nextStep', 500) ?? null,
      expenses: () => {
        if (input.expenses != null && (!Number.isSafeInteger(input.expenses) || input.expenses < 0))
          throw badUserInput('input.expenses', 'expenses cannot be negative');
      },
    });
    const contactIds = [...new Set(input.contactIds ?? [])];
    await this.assertContactsOf(customer, contactIds, 'input.contactIds');
    const repId = viewer.repId ?? customer.ownerId;
    if (input.jointManagerId) await this.assertJointManager(input.jointManagerId, repId);
    // The assessment scores a contact the rep met on this visit: otherwise nothing backs its score.
    const assessedContact = input.assessment?.contactId;
    if (assessedContact && !contactIds.includes(assessedContact)) {
      throw badUserInput(
        'input.assessment.contactId',
        `the contact assessed must be one of the contacts met (input.contactIds): ${assessedContact} is not among them`,
      );
    }
    const assessment = input.assessment ? await this.scored(customer, input.assessment) : undefined;

    const visit = Object.assign(new VisitEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId,
      jointManagerId: input.jointManagerId ?? null,
      kind: input.kind,
      visitedAt: input.visitedAt,
      purpose,
      outcome,
      nextStep,
      nextStepAt,
      expensesMinor: input.expenses ?? null,
      reportDueAt: reportDueAt(input.visitedAt, this.reportDueHours),
      reportSubmittedAt: outcome ? now : null,
      recordedAt: now,
      version: 1,
    });
    return transact(
      this.dataSource,
      async (manager) => {
        await this.customers.lockForChildren(manager, customer.id);
        await this.visits.insert(manager, visit);
        if (contactIds.length)
          await this.visits.insertContactsMet(
            manager,
            contactIds.map((contactId) => ({ visitId: visit.id, contactId })),
          );
        if (assessment) await this.visits.insertAssessment(manager, { visitId: visit.id, ...assessment });
        // System-kept, so it moves without the customer's version: a visit never makes a profile edit conflict.
        await this.customerRows.moveLastVisitOn(manager, customer.id, visit.visitedAt);
        await appendToOutbox(manager, [
          {
            type: 'VisitLogged',
            aggregateId: visit.id,
            payload: {
              visitId: visit.id,
              customerId: customer.id,
              repId: visit.repId,
              jointManagerId: visit.jointManagerId,
              kind: visit.kind,
              visitedAt: visit.visitedAt.toISOString(),
              expensesMinor: visit.expensesMinor ?? 0,
              assessmentTotal: assessment?.total ?? null,
              reportDueAt: visit.reportDueAt.toISOString(),
              reportSubmittedAt: visit.reportSubmittedAt?.toISOString() ?? null,
            },
          },
        ]);
        return visit;
      },
      { queueOn: `customer:${customer.id}` },
    );
  }

  /** The visit report: by the visiting rep or a manager, once, from the version read. */
  async submitReport(viewer: Viewer, input: SubmitVisitReportInput, now = new Date()): Promise<VisitEntity> {
    const [visit] = await this.visits.findVisibleByIds(viewer, [input.visitId]);
    if (!visit) throw badUserInput('input.visitId', `no visit ${input.visitId} that you may work on`);
    if (visit.repId !== viewer.repId && !isManagerial(viewer)) throw forbidden('Only the visiting rep or a manager files the report');
    if (visit.reportSubmittedAt) throw badUserInput('input.visitId', 'the report of this visit is already filed');
    if (input.nextStepAt != null) nextStepWithin(input.nextStepAt, new Date(visit.visitedAt), 'input.nextStepAt', now);
    const changes = {
      outcome: requiredText(input.outcome, 'input.outcome', 2000),
      nextStep: optionalText(input.nextStep, 'input.nextStep', 500) ?? visit.nextStep,
      nextStepAt: input.nextStepAt ?? visit.nextStepAt,
      reportSubmittedAt: now,
    };
    await saveVersioned(this.dataSource, VisitEntity, 'visit', visit, input.version, changes, (manager) =>
      appendToOutbox(manager, [
        {
          type: 'VisitReportSubmitted',
          aggregateId: visit.id,
          payload: { visitId: visit.id, repId: visit.repId, dueAt: visit.reportDueAt.toISOString(), submittedAt: now.toISOString() },
        },
      ]),
    );
    return Object.assign(new VisitEntity(), { ...visit, ...changes, version: visit.version + 1 });
  }

  /**
   * Amends a filed visit report, from the version read: by the visiting rep or a manager who sees the visit. The
   * report before and after is kept with who, when and why (the first amendment's "before" is the original as filed),
   * and the report's timeliness stays that of its first filing: `reportSubmittedAt` does not move. Announced as
   * VisitReportAmended.
   */
  async amendReport(viewer: Viewer, input: AmendVisitReportInput, now = new Date()): Promise<VisitEntity> {
    const [visit] = await this.visits.findVisibleByIds(viewer, [input.visitId]);
    if (!visit) throw badUserInput('input.visitId', `no visit ${input.visitId} that you may work on`);
    if (visit.repId !== viewer.repId && !isManagerial(viewer)) throw forbidden('Only the visiting rep or a manager amends the report');
    if (!visit.reportSubmittedAt) throw badUserInput('input.visitId', 'the report of this visit is not filed yet: file it with submitVisitReport');
    if (input.outcome == null && input.nextStep === undefined && input.nextStepAt === undefined) {
      throw badUserInput('input', 'give the outcome, the next step or its date to amend');
    }
    if (input.nextStepAt != null) nextStepWithin(input.nextStepAt, new Date(visit.visitedAt), 'input.nextStepAt', now);
    const changes = {
      outcome: input.outcome == null ? visit.outcome : requiredText(input.outcome, 'input.outcome', 2000),
      nextStep: input.nextStep === undefined ? visit.nextStep : (optionalText(input.nextStep, 'input.nextStep', 500) ?? null),
      nextStepAt: input.nextStepAt === undefined ? visit.nextStepAt : input.nextStepAt,
    };
    const reason = optionalText(input.reason, 'input.reason', 500) ?? null;
    const amendmentId = randomUUID();
    await saveVersioned(this.dataSource, VisitEntity, 'visit', visit, input.version, changes, async (manager) => {
      const position = (await this.visits.amendmentCount(manager, visit.id)) + 1;
      await this.visits.insertAmendment(manager, {
        id: amendmentId,
        visitId: visit.id,
        position,
        outcomeBefore: visit.outcome,
        outcomeAfter: changes.outcome,
        nextStepBefore: visit.nextStep,
        nextStepAfter: changes.nextStep,
        nextStepAtBefore: visit.nextStepAt,
        nextStepAtAfter: changes.nextStepAt,
        reason,
        amendedBy: viewer.subject,
        amendedAt: now,
      });
      await appendToOutbox(manager, [
        {
          type: 'VisitReportAmended',
          aggregateId: visit.id,
          payload: {
            visitId: visit.id,
            repId: visit.repId,
            amendmentId,
            amendedBy: viewer.subject,
            amendedAt: now.toISOString(),
            reason,
            submittedAt: new Date(visit.reportSubmittedAt ?? now).toISOString(),
          },
        },
      ]);
    });
    return Object.assign(new VisitEntity(), { ...visit, ...changes, version: visit.version + 1 });
  }

  amendmentsOf(visitIds: readonly string[]): Promise<VisitReportAmendmentEntity[]> {
    return this.visits.amendmentsOf(visitIds);
  }

  async publishQuestionSet(viewer: Viewer, questions: AssessmentQuestion[], now = new Date()): Promise<AssessmentQuestionSetEntity> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins publish assessment questions');
    const cleaned = questions.map((question) => ({ key: question.key.trim(), text: question.text.trim(), maxPoints: question.maxPoints }));
    const [problem] = questionSetProblems(cleaned);
    if (problem) throw badUserInput(`input.${problem.at}`, problem.problem);
    return transact(this.dataSource, async (manager) => {
      const current = await this.visits.latestQuestionSet(manager);
      const set = Object.assign(new AssessmentQuestionSetEntity(), {
        version: (current?.version ?? 0) + 1,
        questions: JSON.stringify(cleaned),
        publishedBy: viewer.subject,
        publishedAt: now,
      });
      await this.visits.insertQuestionSet(manager, set);
      return set;
    });
  }

  private async scored(customer: CustomerEntity, input: NonNullable<LogVisitInput['assessment']>) {
    if (input.contactId) await this.assertContactsOf(customer, [input.contactId], 'input.assessment.contactId');
    const set = parseQuestions(await this.visits.currentQuestionSet());
    const scored = scoreAssessment(set, input.answers);
    if (!scored.ok) throw badUserInput(`input.assessment.${scored.problems[0].at}`, scored.problems.map((problem) => problem.problem).join('; '));
    return {
      contactId: input.contactId ?? null,
      questionSetVersion: set.version,
      answers: JSON.stringify(input.answers.map(({ key, points }) => ({ key, points }))),
      total: scored.result.total,
      band: scored.result.band,
    };
  }

  /** The joint manager stands above the visiting rep (libs/domain oversight): their own manager or a director. */
  private async assertJointManager(jointManagerId: string, repId: string): Promise<void> {
    const joint = await this.directory.find(jointManagerId);
    if (!joint) throw badUserInput('input.jointManagerId', `no rep ${jointManagerId} is known`);
    const rep = await this.directory.find(repId);
    const problem = jointManagerProblem(joint, { repId, teamId: rep?.teamId ?? null, role: rep?.role ?? null, branchId: rep?.branchId ?? null });
    if (problem) throw badUserInput('input.jointManagerId', problem);
  }

  private async assertContactsOf(customer: CustomerEntity, contactIds: readonly string[], field: string): Promise<void> {
    if (!contactIds.length) return;
    const mine = (await this.contacts.findByIds(contactIds)).filter((contact) => contact.customerId === customer.id);
    const found = new Set(mine.map((contact) => contact.id));
    const index = contactIds.findIndex((id) => !found.has(id));
    if (index >= 0) throw badUserInput(field.endsWith('contactId') ? field : `${field}.${index}`, `${contactIds[index]} is not a contact of this customer`);
    // A deactivated contact stays on the visits that met them, but is not chosen for a new one.
    const inactive = new Set(mine.filter((contact) => contact.deactivatedAt != null).map((contact) => contact.id));
    const gone = contactIds.findIndex((id) => inactive.has(id));
    if (gone >= 0)
      throw badUserInput(field.endsWith('contactId') ? field : `${field}.${gone}`, `${contactIds[gone]} is no longer an active contact of this customer`);
  }
}

/** A next step comes after the visit it follows, and within the planning horizon. */
function nextStepWithin(at: Date, visitedAt: Date, field: string, now: Date): Date {
  return dateWithin(at, field, [{ at: visitedAt, what: 'the visit' }], [planningHorizon(now)]);
}
