import { ValueTransformer } from 'typeorm';

/**
 * mysql2 hands back BIGINT as a string when it could overflow a double; our
 * amounts are minor units well inside 2^53, so they are plain numbers here.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * A structured value kept as JSON in a `text` column: portable across SQLite
 * and MySQL/MariaDB (whose json types differ and confuse schema diffs).
 */
export function jsonText<T>(): ValueTransformer {
  return {
    to: (value: T | null | undefined) => (value === undefined || value === null ? value : JSON.stringify(value)),
    from: (value: string | null) => (value === null ? null : (JSON.parse(value) as T)),
  };
}
