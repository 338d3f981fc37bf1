import { ValueTransformer } from 'typeorm';

/**
 * mysql2 hands back BIGINT as a string when it could overflow a double; our
 * amounts are minor units well inside 2^53, so they are plain numbers here.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
