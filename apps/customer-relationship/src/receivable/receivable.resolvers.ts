import { agingBucket, daysPastDue } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { invoiceList } from './receivable.repository';
import { creditedRecordCustomer, CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const receivableResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    invoice: (_parent, { id }, { loaders }) => loaders.invoice.load(id),
    invoices: async (_parent, args, { viewer, services }) => {
      const page = invoiceList.page(args, args.sort);
      const [rows, total] = await services.receivables.list(viewer, args.filter ?? {}, page);
      return invoiceList.connection(rows, page, total);
    },
    repReceivables: (_parent, { repId }, { viewer, services }) => services.receivables.repSummary(viewer, repId),
  },
  Mutation: {
    invoiceOrder: (_parent, { input }, context) =>
      idempotent(
        context,
        'invoiceOrder',
        input,
        () => context.services.receivables.invoiceOrder(context.viewer, input),
        (id) => context.loaders.invoice.load(id),
      ),
    applyPayment: (_parent, { input }, context) =>
      idempotent(
        context,
        'applyPayment',
        input,
        () => context.services.receivables.applyPayment(context.viewer, input),
        (id) => context.loaders.invoice.load(id),
      ),
    issueCreditNote: (_parent, { input }, context) =>
      idempotent(
        context,
        'issueCreditNote',
        input,
        () => context.services.receivables.issueCreditNote(context.viewer, input),
        (id) => context.services.receivables.creditNote(context.viewer, id),
      ),
    reversePayment: (_parent, { input }, context) =>
      idempotent(
        context,
        'reversePayment',
        input,
        () => context.services.receivables.reversePayment(context.viewer, input),
        (id) => context.loaders.invoice.load(id),
      ),
  },
  Customer: {
    receivables: (customer, _args, { loaders }) => loaders.receivables.load(customer.id),
  },
  Invoice: {
    __resolveReference: (reference, { loaders }) => loaders.invoice.load(reference.id),
    order: async (invoice, _args, { loaders }) => {
      const order = await loaders.order.load(invoice.orderId);
      if (!order) throw new Error(`order of invoice ${invoice.id} not found`);
      return order;
    },
    customer: (invoice, _args, { loaders }) => creditedRecordCustomer(loaders, invoice),
    rep: (invoice) => ({ __typename: 'SalesRep', id: invoice.repId }),
    amount: (invoice) => invoice.amountMinor,
    invoicedAmount: (invoice) => invoice.amountMinor + invoice.creditedMinor,
    credited: (invoice) => invoice.creditedMinor,
    creditNotes: (invoice, _args, { loaders }) => loaders.creditNotes.load(invoice.id),
    paid: (invoice) => invoice.paidMinor,
    outstanding: (invoice) => invoice.amountMinor - invoice.paidMinor,
    daysPastDue: (invoice) => daysPastDue(invoice.dueDate, new Date()),
    agingBucket: (invoice) => agingBucket(invoice.paidMinor >= invoice.amountMinor ? 0 : daysPastDue(invoice.dueDate, new Date())),
    status: (invoice) => (invoice.paidMinor >= invoice.amountMinor ? 'PAID' : 'OPEN'),
    payments: (invoice, _args, { loaders }) => loaders.payments.load(invoice.id),
  },
  CreditNote: {
    invoice: async (note, _args, { loaders }) => {
      const invoice = await loaders.invoice.load(note.invoiceId);
      if (!invoice) throw new Error(`invoice of credit note ${note.id} not found`);
      return invoice;
    },
    amount: (note) => note.amountMinor,
  },
  Payment: {
    amount: (payment) => payment.amountMinor,
    reversal: (payment) =>
      payment.reversedAt != null && payment.reversedBy != null && payment.reversedReason != null
        ? { reason: payment.reversedReason, by: payment.reversedBy, at: payment.reversedAt }
        : null,
  },
  ReceivablesSummary: {
    outstanding: (summary) => summary.outstandingMinor,
    overdue: (summary) => summary.overdueMinor,
    current: (summary) => summary.CURRENT,
    days1To30: (summary) => summary.DAYS_1_30,
    days31To60: (summary) => summary.DAYS_31_60,
    days61To90: (summary) => summary.DAYS_61_90,
    over90: (summary) => summary.OVER_90,
  },
};
