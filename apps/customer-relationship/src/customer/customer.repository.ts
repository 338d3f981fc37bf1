import { dateSortKey, textSortKey, updateIfVersion } from '@salesgraph/persistence';
import { Viewer } from '@salesgraph/auth';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CustomerClass, CustomerEntity, CustomerStatus } from './customer.entity';
import { directoryScope, scopedRepsSubquery } from '../rep-directory/directory-scope';

export interface CustomerListFilter {
  class?: CustomerClass[] | null;
  status?: CustomerStatus[] | null;
  ownerId?: string | null;
  teamId?: string | null;
  nameContains?: string | null;
  region?: string[] | null;
  createdFrom?: Date | null;
  createdBefore?: Date | null;
  overdue?: boolean | null;
  withoutCoach?: boolean | null;
}

/** Customer rows, always seen through the viewer's row scope. */
export class CustomerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The customers among `ids` that the viewer may see. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[]): Promise<CustomerEntity[]> {
    return this.visible(viewer).andWhere('customer.id IN (:...ids)', { ids }).getMany();
  }

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(
    viewer: Viewer,
    filter: CustomerListFilter,
    page: ListPage<CustomerSortField>,
    overdueBefore?: Map<CustomerClass, Date>,
  ): Promise<[CustomerEntity[], number]> {
    const query = this.visible(viewer);
    if (filter.teamId) query.andWhere('customer.owner_id IN (SELECT rep_id FROM rep_directory WHERE team_id = :teamId)', { teamId: filter.teamId });
    if (filter.region?.length) query.andWhere('customer.region IN (:...regions)', { regions: filter.region });
    if (filter.createdFrom) query.andWhere('customer.created_at >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdBefore) query.andWhere('customer.created_at < :createdBefore', { createdBefore: filter.createdBefore });
    if (filter.withoutCoach != null) {
      const coach = `EXISTS (SELECT 1 FROM contact JOIN contact_role ON contact_role.contact_id = contact.id WHERE contact.customer_id = customer.id AND contact.deactivated_at IS NULL AND contact_role.role = 'COACH')`;
      query.andWhere(filter.withoutCoach ? `NOT ${coach}` : coach);
    }
    if (filter.overdue != null && overdueBefore) {
      // One threshold per class, computed in TypeScript: date arithmetic differs between SQLite and MySQL.
      const parameters: Record<string, unknown> = {};
      const byClass = [...overdueBefore].map(([customerClass, before]) => {
        parameters[`overdueClass${customerClass}`] = customerClass;
        parameters[`overdueBefore${customerClass}`] = before;
        return `(customer.class = :overdueClass${customerClass} AND COALESCE(customer.last_visit_at, customer.created_at) < :overdueBefore${customerClass})`;
      });
      // Churned customers owe no visits (libs/domain owesVisits): they are never overdue.
      const overdue = byClass.length ? `(customer.status <> 'CHURNED' AND (${byClass.join(' OR ')}))` : '1 = 0';
      query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, parameters);
    }
    if (filter.class?.length) query.andWhere('customer.class IN (:...classes)', { classes: filter.class });
    if (filter.status?.length) query.andWhere('customer.status IN (:...statuses)', { statuses: filter.status });
    if (filter.ownerId) query.andWhere('customer.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.nameContains) {
      query.andWhere('LOWER(customer.name) LIKE :name', { name: `%${escapeLike(filter.nameContains.toLowerCase())}%` });
    }
    const total = await query.clone().getCount();
    return [await customerList.fetch(query, page).getMany(), total];
  }

  insert(manager: EntityManager, customer: CustomerEntity): Promise<unknown> {
    return manager.insert(CustomerEntity, customer);
  }

  /** Moves the customer's last visit on to `at` unless a later one is known. System-kept, so without the customer's version. */
  async moveLastVisitOn(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CustomerEntity)
      .set({ lastVisitAt: at })
      .where('id = :id AND (last_visit_at IS NULL OR last_visit_at < :at)', { id, at })
      .execute();
  }

  /** Sets a status the caller decided under the customer's row lock, a version on from `customer`. */
  async setStatus(manager: EntityManager, customer: Pick<CustomerEntity, 'id' | 'version'>, status: CustomerStatus): Promise<void> {
    await manager.update(CustomerEntity, { id: customer.id }, { status, version: customer.version + 1 });
  }

  /** Updates the row only if it is still at `version`; false when someone else changed it first. */
  updateIfVersion(manager: EntityManager, id: string, version: number, changes: Partial<CustomerEntity>): Promise<boolean> {
    return updateIfVersion(manager, CustomerEntity, id, version, changes);
  }

  private visible(viewer: Viewer): SelectQueryBuilder<CustomerEntity> {
    return whereCustomerVisible(this.dataSource.getRepository(CustomerEntity).createQueryBuilder('customer').where('1 = 1'), viewer, 'customer');
  }
}

/**
 * Narrows a query joined to `customer` (as `alias`) to the customers the viewer
 * may see: a rep their own, a manager the team's, a branch head the branch's
 * (through the rep directory).
 * With `creditedColumn` (a record's rep column), a record credited to the
 * viewer (or, for a manager, to their team) stays visible after its customer
 * moved to another rep: every record that counts in a rep's figures can be
 * read by that rep (docs/domain.md#reassignment).
 */
export function whereCustomerVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  viewer: Viewer,
  alias: string,
  creditedColumn?: string,
): SelectQueryBuilder<T> {
  const scope = directoryScope(viewer);
  const orCredited = (condition: (column: string) => string) =>
    creditedColumn ? `(${condition(`${alias}.owner_id`)} OR ${condition(creditedColumn)})` : condition(`${alias}.owner_id`);
  switch (scope.kind) {
    case 'ALL':
      return query;
    case 'OWNER':
      return query.andWhere(
        orCredited((column) => `${column} = :scopeRep`),
        { scopeRep: scope.repId },
      );
    case 'TEAM':
    case 'BRANCH': {
      const reps = scopedRepsSubquery(scope);
      return query.andWhere(
        orCredited((column) => `${column} IN (${reps.sql})`),
        reps.params,
      );
    }
    case 'NONE':
      return query.andWhere('1 = 0');
  }
}

export type CustomerSortField = 'NAME' | 'CREATED_AT' | 'CLASS';

/** Customers, by name unless the client sorts otherwise; the overdue list is the same list filtered. */
export const customerList = defineList<CustomerEntity, CustomerSortField>({
  type: 'Customer',
  idColumn: 'customer.id',
  keys: {
    NAME: textSortKey('customer.name', (row) => row.name),
    CREATED_AT: dateSortKey('customer.created_at', (row) => row.createdAt),
    CLASS: textSortKey('customer.class', (row) => row.class),
  },
  defaultSort: { field: 'NAME', direction: 'ASC' },
});

/**
 * A query over a table with a customer_id column, narrowed to rows whose
 * customer the viewer may see, or with `credited`, also to rows credited to
 * the viewer's scope through the table's rep_id (reads only: writes go
 * through the customer's current owner).
 */
export function visibleThroughCustomer<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  viewer: Viewer,
  credited = false,
): SelectQueryBuilder<T> {
  const query = dataSource
    .getRepository(entity)
    .createQueryBuilder(alias)
    .innerJoin('customer', 'customer', `customer.id = ${alias}.customer_id`)
    .where('1 = 1');
  return whereCustomerVisible(query, viewer, 'customer', credited ? `${alias}.rep_id` : undefined);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
