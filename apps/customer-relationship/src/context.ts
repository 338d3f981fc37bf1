import { LoadersOf, ServicesOf, SubgraphContext } from '@salesgraph/subgraph-kit';
import { CustomerEntity } from './customer/customer.entity';
import type { customerRelationshipFeatures } from './subgraph';

export type CustomerRelationshipContext = SubgraphContext<LoadersOf<typeof customerRelationshipFeatures>, ServicesOf<typeof customerRelationshipFeatures>>;

/**
 * The customer of a record credited to a rep (an order, invoice, visit or
 * complaint), as far as the viewer may see it: null once the customer has
 * moved outside the viewer's scope, while the record itself stays visible to
 * the rep it counts for (docs/domain.md#reassignment).
 */
export function creditedRecordCustomer(loaders: CustomerRelationshipContext['loaders'], row: { customerId: string }): Promise<CustomerEntity | null> {
  return loaders.customer.load(row.customerId);
}

/**
 * The customer a visible row belongs to. Rows are visible only through their
 * customer, so a miss means the customer vanished mid-request: an error, not null.
 */
export async function parentCustomer(
  loaders: CustomerRelationshipContext['loaders'],
  row: { id: string; customerId: string },
  what: string,
): Promise<CustomerEntity> {
  const customer = await loaders.customer.load(row.customerId);
  if (!customer) throw new Error(`customer of ${what} ${row.id} not found`);
  return customer;
}
