/**
 * The customer lifecycle of docs/domain.md#customer-lifecycle: PROSPECT → ACTIVE → DORMANT or
 * CHURNED. A dormant customer can be woken, a churned one won back; nobody
 * becomes a prospect again.
 */
export const CUSTOMER_STATUSES = ['PROSPECT', 'ACTIVE', 'DORMANT', 'CHURNED'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const NEXT: Record<CustomerStatus, readonly CustomerStatus[]> = {
  PROSPECT: ['ACTIVE', 'CHURNED'],
  ACTIVE: ['DORMANT', 'CHURNED'],
  DORMANT: ['ACTIVE', 'CHURNED'],
  CHURNED: ['ACTIVE'],
};

export function canChangeStatus(from: CustomerStatus, to: CustomerStatus): boolean {
  return NEXT[from].includes(to);
}

export function allowedNextStatuses(from: CustomerStatus): readonly CustomerStatus[] {
  return NEXT[from];
}

/**
 * What a confirmed order makes of its customer: a prospect becomes active,
 * a dormant customer is woken and a churned one won back (docs/domain.md#customer-lifecycle: an order
 * on a DORMANT or CHURNED customer must not leave it so).
 */
export function statusAfterOrder(status: CustomerStatus): CustomerStatus {
  return canChangeStatus(status, 'ACTIVE') ? 'ACTIVE' : status;
}

/** Whether the class's visit policy applies: a churned customer is not visited, so never overdue (docs/domain.md#visit-policy). */
export function owesVisits(status: CustomerStatus): boolean {
  return status !== 'CHURNED';
}
