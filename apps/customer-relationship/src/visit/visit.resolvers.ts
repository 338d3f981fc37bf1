import { reportOnTime } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { visitList } from './visit.repository';
import { ContactEntity } from '../contact/contact.entity';
import { creditedRecordCustomer, CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { parseQuestions } from './visit.service';

export const visitResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    visit: (_parent, { id }, { loaders }) => loaders.visit.load(id),
    visits: async (_parent, args, { viewer, services }) => {
      const page = visitList.page(args, args.sort);
      const [rows, total] = await services.visits.list(viewer, args.filter ?? {}, page);
      return visitList.connection(rows, page, total);
    },
    assessmentQuestionSet: (_parent, _args, { services }) => services.visits.visits.currentQuestionSet(),
  },
  Mutation: {
    logVisit: (_parent, { input }, context) =>
      idempotent(
        context,
        'logVisit',
        input,
        () => context.services.visits.log(context.viewer, input),
        (id) => context.loaders.visit.load(id),
      ),
    submitVisitReport: (_parent, { input }, { viewer, services }) => services.visits.submitReport(viewer, input),
    amendVisitReport: (_parent, { input }, { viewer, services }) => services.visits.amendReport(viewer, input),
    publishAssessmentQuestionSet: (_parent, { input }, { viewer, services }) => services.visits.publishQuestionSet(viewer, input.questions),
  },
  Customer: {
    lastVisit: (customer, _args, { loaders }) => loaders.lastVisit.load(customer.id),
  },
  Visit: {
    __resolveReference: (reference, { loaders }) => loaders.visit.load(reference.id),
    customer: (visit, _args, { loaders }) => creditedRecordCustomer(loaders, visit),
    rep: (visit) => ({ __typename: 'SalesRep', id: visit.repId }),
    jointManager: (visit) => (visit.jointManagerId ? { __typename: 'SalesRep', id: visit.jointManagerId } : null),
    expenses: (visit) => visit.expensesMinor,
    contactsMet: async (visit, _args, { loaders }) => {
      const met = await loaders.contactsMet.load(visit.id);
      const contacts = await loaders.contact.loadMany(met.map((row) => row.contactId));
      return contacts.filter((contact): contact is ContactEntity => contact instanceof ContactEntity).sort((a, b) => a.name.localeCompare(b.name));
    },
    assessment: async (visit, _args, { loaders }) => (await loaders.assessment.load(visit.id))[0] ?? null,
    reportAmendments: (visit, _args, { loaders }) => loaders.reportAmendments.load(visit.id),
    reportOnTime: (visit) => reportOnTime(new Date(visit.reportDueAt), visit.reportSubmittedAt ? new Date(visit.reportSubmittedAt) : null, new Date()),
  },
  WillingnessAssessment: {
    contact: (assessment, _args, { loaders }) => (assessment.contactId ? loaders.contact.load(assessment.contactId) : null),
    answers: async (assessment, _args, { loaders }) => {
      const set = await loaders.questionSet.load(assessment.questionSetVersion);
      const questions = new Map((set ? parseQuestions(set).questions : []).map((question) => [question.key, question]));
      return (JSON.parse(assessment.answers) as Array<{ key: string; points: number }>).map((answer) => ({
        key: answer.key,
        points: answer.points,
        question: questions.get(answer.key)?.text ?? answer.key,
        maxPoints: questions.get(answer.key)?.maxPoints ?? 0,
      }));
    },
  },
  AssessmentQuestionSet: {
    questions: (set) => parseQuestions(set).questions.map((question) => ({ ...question })),
  },
};
