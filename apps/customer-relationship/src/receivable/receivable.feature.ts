import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { CreditNoteEntity, InvoiceEntity, PaymentEntity } from './receivable.entity';
import receivableSdl from './receivable.graphql';
import { receivableResolvers } from './receivable.resolvers';
import { ReceivablesSummary, ReceivableService } from './receivable.service';

/** Invoices of orders, payments against them and credit notes. */
export const receivableFeature = defineFeature({
  name: 'receivable',
  typeDefs: [receivableSdl],
  resolvers: receivableResolvers,
  entities: [InvoiceEntity, PaymentEntity, CreditNoteEntity],
  services: ({ dataSource }: ServiceDeps) => ({ receivables: new ReceivableService(dataSource) }),
  loaders: ({ viewer, services }: LoaderDeps<{ receivables: ReceivableService }>) => ({
    orderInvoices: childListLoader(
      (ids) => services.receivables.invoicesOfOrders(ids),
      (row) => row.orderId,
    ),
    invoice: byIdLoader((ids) => services.receivables.findVisibleByIds(viewer, ids, true)),
    payments: childListLoader(
      (ids) => services.receivables.paymentsOf(ids),
      (row) => row.invoiceId,
    ),
    creditNotes: childListLoader(
      (ids) => services.receivables.creditNotesOf(ids),
      (row) => row.invoiceId,
    ),
    /** Receivables of a page of customers: open invoices and 90-day sales, one query each. */
    receivables: new DataLoader<string, ReceivablesSummary>(async (customerIds) => {
      const summaries = await services.receivables.summariesByCustomer(customerIds);
      return customerIds.map((id) => summaries.get(id) as ReceivablesSummary);
    }),
  }),
});
