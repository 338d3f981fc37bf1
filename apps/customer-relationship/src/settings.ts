import { DEFAULT_STANDARD_PAYMENT_TERMS_DAYS, DEFAULT_VISIT_REPORT_DUE_HOURS } from '@salesgraph/domain';

/** Company rules this subgraph applies that a deployment may change. */
export interface CustomerRelationshipSettings {
  /** Hours after a visit that its report is due (VISIT_REPORT_DUE_HOURS). */
  readonly visitReportDueHours: number;
  /** Payment terms longer than this are flagged as unfavourable (STANDARD_PAYMENT_TERMS_DAYS). */
  readonly standardPaymentTermsDays: number;
  /** Days without a confirmed order after which an ACTIVE customer becomes DORMANT (CUSTOMER_DORMANT_AFTER_DAYS). */
  readonly customerDormantAfterDays: number;
  /** Days without a confirmed order after which an ACTIVE or DORMANT customer becomes CHURNED (CUSTOMER_CHURNED_AFTER_DAYS); more than the dormant days. */
  readonly customerChurnedAfterDays: number;
  /** Minutes between runs of the customer lifecycle in each process (CUSTOMER_LIFECYCLE_INTERVAL_MINUTES). */
  readonly customerLifecycleIntervalMinutes: number;
}

/** Half a year without an order makes a customer dormant, a year churned; the lifecycle runs hourly. */
export const DEFAULT_CUSTOMER_DORMANT_AFTER_DAYS = 180;
export const DEFAULT_CUSTOMER_CHURNED_AFTER_DAYS = 365;
export const DEFAULT_CUSTOMER_LIFECYCLE_INTERVAL_MINUTES = 60;

export function settingsFrom(env: NodeJS.ProcessEnv): CustomerRelationshipSettings {
  const customerDormantAfterDays = wholeSetting(env, 'CUSTOMER_DORMANT_AFTER_DAYS', DEFAULT_CUSTOMER_DORMANT_AFTER_DAYS, 1, 3650);
  const customerChurnedAfterDays = wholeSetting(env, 'CUSTOMER_CHURNED_AFTER_DAYS', DEFAULT_CUSTOMER_CHURNED_AFTER_DAYS, 2, 3650);
  if (customerChurnedAfterDays <= customerDormantAfterDays) {
    throw new Error(
      `CUSTOMER_CHURNED_AFTER_DAYS (${customerChurnedAfterDays}) must be more than CUSTOMER_DORMANT_AFTER_DAYS (${customerDormantAfterDays}): a customer is dormant before it is churned`,
    );
  }
  return {
    visitReportDueHours: wholeSetting(env, 'VISIT_REPORT_DUE_HOURS', DEFAULT_VISIT_REPORT_DUE_HOURS, 1, 24 * 14),
    standardPaymentTermsDays: wholeSetting(env, 'STANDARD_PAYMENT_TERMS_DAYS', DEFAULT_STANDARD_PAYMENT_TERMS_DAYS, 0, 365),
    customerDormantAfterDays,
    customerChurnedAfterDays,
    customerLifecycleIntervalMinutes: wholeSetting(env, 'CUSTOMER_LIFECYCLE_INTERVAL_MINUTES', DEFAULT_CUSTOMER_LIFECYCLE_INTERVAL_MINUTES, 1, 24 * 60),
  };
}

/** A whole-number setting within bounds; a bad value stops start-up with one clear line. */
function wholeSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}
