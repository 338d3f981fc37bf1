/**
 * The customer lifecycle of DOMAIN.md §1: PROSPECT → ACTIVE → DORMANT or
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
