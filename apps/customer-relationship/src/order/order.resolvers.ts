import { termsBeyondStandard } from '@salesgraph/domain';
import { idempotent, pageRequest, toConnection } from '@salesgraph/subgraph-kit';
import { sortCursor } from '../sorting';
import { DEFAULT_ORDER_SORT, ORDER_SORT_KEYS } from './order.repository';
import { CustomerRelationshipContext, parentCustomer } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

const CURSOR_TYPE = 'Order';

export const orderResolvers: Resolvers<CustomerRelationshipContext> = {
  Query: {
    order: (_parent, { id }, { loaders }) => loaders.order.load(id),
    orders: async (_parent, args, { viewer, services }) => {
      const page = pageRequest(args, CURSOR_TYPE);
      const [rows, total] = await services.orders.list(viewer, args.filter ?? {}, page, args.sort);
      return toConnection(rows, page, total, CURSOR_TYPE, (row) => sortCursor(ORDER_SORT_KEYS, args.sort ?? DEFAULT_ORDER_SORT, row));
    },
  },
  Mutation: {
    recordOrder: (_parent, { input }, context) =>
      idempotent(context, 'recordOrder', input, () => context.services.orders.record(context.viewer, input), (id) => context.loaders.order.load(id)),
    approveOrderDiscount: (_parent, { input }, { viewer, services }) => services.orders.decide(viewer, input, true),
    rejectOrderDiscount: (_parent, { input }, { viewer, services }) => services.orders.decide(viewer, input, false),
  },
  Order: {
    __resolveReference: (reference, { loaders }) => loaders.order.load(reference.id),
    customer: (order, _args, { loaders }) => parentCustomer(loaders, order, 'order'),
    rep: (order) => ({ __typename: 'SalesRep', id: order.repId }),
    total: (order) => order.totalMinor,
    lines: (order, _args, { loaders }) => loaders.orderLines.load(order.id),
    grossProfit: (order) => order.grossProfitMinor,
    termsBeyondStandard: (order, _args, { services }) => termsBeyondStandard(order.paymentTermsDays, services.orders.standardTermsDays),
    maxDiscountPercent: (order) => order.maxDiscountBp / 100,
    discountApprovedBy: (order) => order.approvedBy,
    invoiced: (order) => order.invoicedMinor,
    invoices: (order, _args, { loaders }) => loaders.orderInvoices.load(order.id),
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
