import { DEFAULT_STANDARD_PAYMENT_TERMS_DAYS, DEFAULT_VISIT_REPORT_DUE_HOURS } from '@salesgraph/domain';

/** Company rules this subgraph applies that a deployment may change. */
export interface CustomerRelationshipSettings {
  /** Hours after a visit that its report is due (VISIT_REPORT_DUE_HOURS). */
  readonly visitReportDueHours: number;
  /** Payment terms longer than this are flagged as unfavourable (STANDARD_PAYMENT_TERMS_DAYS). */
  readonly standardPaymentTermsDays: number;
}

export function settingsFrom(env: NodeJS.ProcessEnv): CustomerRelationshipSettings {
  return {
    visitReportDueHours: wholeSetting(env, 'VISIT_REPORT_DUE_HOURS', DEFAULT_VISIT_REPORT_DUE_HOURS, 1, 24 * 14),
    standardPaymentTermsDays: wholeSetting(env, 'STANDARD_PAYMENT_TERMS_DAYS', DEFAULT_STANDARD_PAYMENT_TERMS_DAYS, 0, 365),
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
