import { DateBound, dateOutOfBounds, dayOutOfBounds } from '@salesgraph/domain';
import { badUserInput } from '@salesgraph/subgraph-kit';

/** An instant within its bounds (libs/domain date-bounds), or BAD_USER_INPUT on `field` naming the bound it breaks. */
export function dateWithin(at: Date, field: string, lower: readonly DateBound[], upper: readonly DateBound[] = []): Date {
  const problem = dateOutOfBounds(at, lower, upper);
  if (problem) throw badUserInput(field, `${field.split('.').pop()} ${problem}`);
  return at;
}

/** A calendar day (YYYY-MM-DD) within its bounds, or BAD_USER_INPUT on `field`. */
export function dayWithin(day: string, field: string, lower: readonly DateBound[], upper: readonly DateBound[] = []): string {
  const problem = dayOutOfBounds(day, lower, upper);
  if (problem) throw badUserInput(field, `${field.split('.').pop()} ${problem}`);
  return day;
}
