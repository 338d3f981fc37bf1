import { termsBeyondStandard } from '@salesgraph/domain';
import { idempotent } from '@salesgraph/subgraph-kit';
import { orderList } from './order.repository';
import { creditedRecordCustomer, CustomerRelationshipContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { OrderLineEntity } from './order.entity';

export const orderResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    order: (_parent, { id }, { loaders }) => loaders.order.load(id),
    orders: async (_parent, args, { viewer, services }) => {
      const page = orderList.page(args, args.sort);
      const [rows, total] = await services.orders.list(viewer, args.filter ?? {}, page);
      return orderList.connection(rows, page, total);
    },
  },
  Mutation: {
    recordOrder: (_parent, { input }, context) =>
      idempotent(
        context,
        'recordOrder',
        input,
        () => context.services.orders.record(context.viewer, input),
        (id) => context.loaders.order.load(id),
      ),
    approveOrderDiscount: (_parent, { input }, { viewer, services }) => services.orders.decide(viewer, input, true),
    rejectOrderDiscount: (_parent, { input }, { viewer, services }) => services.orders.decide(viewer, input, false),
    cancelOrder: (_parent, { input }, { viewer, services }) => services.orders.cancel(viewer, input),
    reviseOrder: (_parent, { input }, context) =>
      idempotent(
        context,
        'reviseOrder',
        input,
        () => context.services.orders.revise(context.viewer, input),
        (id) => context.loaders.order.load(id),
      ),
    withdrawOrder: (_parent, { input }, { viewer, services }) => services.orders.withdraw(viewer, input),
  },
  Order: {
    __resolveReference: (reference, { loaders }) => loaders.order.load(reference.id),
    customer: (order, _args, { loaders }) => creditedRecordCustomer(loaders, order),
    rep: (order) => ({ __typename: 'SalesRep', id: order.repId }),
    total: (order) => order.totalMinor,
    lines: (order, _args, { loaders }) => loaders.orderLines.load(order.id),
    grossProfit: (order) => order.grossProfitMinor,
    termsBeyondStandard: (order, _args, { services }) => termsBeyondStandard(order.paymentTermsDays, services.orders.standardTermsDays),
    maxDiscountPercent: (order) => order.maxDiscountBp / 100,
    discountApprovedBy: (order) => order.approvedBy,
    discountRejection: (order) =>
      order.status === 'REJECTED' && order.rejectedReason != null && order.rejectedBy != null && order.rejectedAt != null
        ? { reason: order.rejectedReason, by: order.rejectedBy, at: order.rejectedAt }
        : null,
    cancellation: (order) =>
      order.status === 'CANCELLED' && order.cancelledReason != null && order.cancelledBy != null && order.cancelledAt != null
        ? { reason: order.cancelledReason, by: order.cancelledBy, at: order.cancelledAt }
        : null,
    withdrawal: (order) =>
      order.status === 'WITHDRAWN' && order.withdrawnReason != null && order.withdrawnBy != null && order.withdrawnAt != null
        ? { reason: order.withdrawnReason, by: order.withdrawnBy, at: order.withdrawnAt }
        : null,
    revisions: (order, _args, { loaders }) => loaders.orderRevisions.load(order.id),
    invoiced: (order) => order.invoicedMinor,
    invoices: (order, _args, { loaders }) => loaders.orderInvoices.load(order.id),
  },
  OrderRevision: {
    number: (revision) => revision.position,
    by: (revision) => revision.revisedBy,
    at: (revision) => revision.revisedAt,
    rejection: (revision) =>
      revision.rejectedReason != null && revision.rejectedBy != null && revision.rejectedAt != null
        ? { reason: revision.rejectedReason, by: revision.rejectedBy, at: revision.rejectedAt }
        : null,
    previousLines: (revision) => JSON.parse(revision.linesBefore) as OrderLineEntity[],
    previousTotal: (revision) => revision.totalBeforeMinor,
    previousGrossProfit: (revision) => revision.grossProfitBeforeMinor,
    previousMaxDiscountPercent: (revision) => revision.maxDiscountBpBefore / 100,
    previousPaymentTermsDays: (revision) => revision.paymentTermsDaysBefore,
    previousOrderedAt: (revision) => revision.orderedAtBefore,
  },
  OrderLine: {
    listPrice: (line) => line.listPriceMinor,
    discountPercent: (line) => line.discountBp / 100,
    netPrice: (line) => line.netPriceMinor,
    unitCost: (line) => line.unitCostMinor,
    lineTotal: (line) => line.lineTotalMinor,
    grossProfit: (line) => line.grossProfitMinor,
  },
};
