import { Viewer } from '@salesgraph/auth';
import { dateSortKey, numberSortKey, textSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { CreditNoteEntity, InvoiceEntity, PaymentEntity } from './receivable.entity';

/** Invoices, by due date unless the client sorts otherwise. */
export const invoiceList = defineList<InvoiceEntity, 'DUE_DATE' | 'ISSUED_AT' | 'OUTSTANDING'>({
  type: 'Invoice',
  idColumn: 'invoice.id',
  keys: {
    DUE_DATE: textSortKey('invoice.due_date', (row) => row.dueDate),
    ISSUED_AT: dateSortKey('invoice.issued_at', (row) => row.issuedAt),
    OUTSTANDING: numberSortKey('(invoice.amount_minor - invoice.paid_minor)', (row) => row.amountMinor - row.paidMinor),
  },
  defaultSort: { field: 'DUE_DATE', direction: 'ASC' },
});

export interface InvoiceListFilter {
  customerId?: string | null;
  repId?: string | null;
  status?: 'OPEN' | 'PAID' | null;
  overdue?: boolean | null;
}

/** Invoices, payments and credit notes; invoices are as visible as their customers (or, for reading, the rep they are credited to). */
export class ReceivableRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visibleInvoices(viewer: Viewer, credited = false) {
    return visibleThroughCustomer(this.dataSource, InvoiceEntity, 'invoice', viewer, credited);
  }

  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<InvoiceEntity[]> {
    return this.visibleInvoices(viewer, credited).andWhere('invoice.id IN (:...ids)', { ids }).getMany();
  }

  /** One page (plus one row, to tell if more follow) and the total count; `today` decides what is overdue. */
  async page(
    viewer: Viewer,
    filter: InvoiceListFilter,
    page: ListPage<'DUE_DATE' | 'ISSUED_AT' | 'OUTSTANDING'>,
    today: string,
  ): Promise<[InvoiceEntity[], number]> {
    const query = this.visibleInvoices(viewer, true);
    if (filter.customerId) query.andWhere('invoice.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('invoice.rep_id = :repId', { repId: filter.repId });
    if (filter.status) query.andWhere(filter.status === 'OPEN' ? 'invoice.paid_minor < invoice.amount_minor' : 'invoice.paid_minor >= invoice.amount_minor');
    if (filter.overdue != null) {
      query.andWhere(
        filter.overdue
          ? '(invoice.paid_minor < invoice.amount_minor AND invoice.due_date < :today)'
          : 'NOT (invoice.paid_minor < invoice.amount_minor AND invoice.due_date < :today)',
        { today },
      );
    }
    const total = await query.clone().getCount();
    return [await invoiceList.fetch(query, page).getMany(), total];
  }

  /** Open (not fully paid) invoices of some customers or reps. */
  openInvoicesOf(key: 'customer_id' | 'rep_id', ids: readonly string[]): Promise<InvoiceEntity[]> {
    return this.dataSource
      .getRepository(InvoiceEntity)
      .createQueryBuilder('invoice')
      .where(`invoice.${key} IN (:...ids)`, { ids })
      .andWhere('invoice.paid_minor < invoice.amount_minor')
      .getMany();
  }

  invoicesOfOrders(orderIds: readonly string[]): Promise<InvoiceEntity[]> {
    return this.dataSource.getRepository(InvoiceEntity).find({ where: { orderId: In([...orderIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  }

  insertInvoice(manager: EntityManager, invoice: InvoiceEntity): Promise<unknown> {
    return manager.insert(InvoiceEntity, invoice);
  }

  insertPayment(manager: EntityManager, payment: PaymentEntity): Promise<unknown> {
    return manager.insert(PaymentEntity, payment);
  }

  /** A payment as committed, or within `manager`'s transaction (under its invoice's lock). */
  findPayment(id: string, manager: EntityManager = this.dataSource.manager): Promise<PaymentEntity | null> {
    return manager.findOneBy(PaymentEntity, { id });
  }

  markPaymentReversed(manager: EntityManager, id: string, reversal: Pick<PaymentEntity, 'reversedAt' | 'reversedBy' | 'reversedReason'>): Promise<unknown> {
    return manager.update(PaymentEntity, { id }, reversal);
  }

  paymentsOf(invoiceIds: readonly string[]): Promise<PaymentEntity[]> {
    return this.dataSource.getRepository(PaymentEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { receivedAt: 'ASC', id: 'ASC' } });
  }

  insertCreditNote(manager: EntityManager, note: CreditNoteEntity): Promise<unknown> {
    return manager.insert(CreditNoteEntity, note);
  }

  findCreditNote(id: string): Promise<CreditNoteEntity | null> {
    return this.dataSource.getRepository(CreditNoteEntity).findOneBy({ id });
  }

  creditNotesOf(invoiceIds: readonly string[]): Promise<CreditNoteEntity[]> {
    return this.dataSource.getRepository(CreditNoteEntity).find({ where: { invoiceId: In([...invoiceIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  }
}
