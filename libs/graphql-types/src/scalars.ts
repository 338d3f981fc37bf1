/**
 * The graph's custom scalars as a client sees them: every one a string on the
 * wire, and so typed `string` in the generated types (codegen.ts). Reuse it in
 * an Apollo Client or urql codegen config, or to parse values where a screen
 * needs more than the text. Each format is specified in docs/scalars.md.
 */
export const SCALARS = {
  Money: {
    type: 'string',
    format: 'A decimal string with two places in the deployment currency; keep it a string or a decimal, never a float.',
    example: '1234.50',
    specifiedBy: 'https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#money',
  },
  DateTime: {
    type: 'string',
    format: 'An RFC 3339 date-time, in UTC with milliseconds when sent by the graph.',
    example: '2026-11-29T09:30:00.000Z',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  },
  Date: {
    type: 'string',
    format: 'A calendar date YYYY-MM-DD (RFC 3339 full-date), with no time or zone; not a JavaScript Date.',
    example: '2026-11-29',
    specifiedBy: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  },
  Period: {
    type: 'string',
    format: 'A year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29).',
    example: '2026-Q4',
    specifiedBy: 'https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#period',
  },
} as const;

export type ScalarName = keyof typeof SCALARS;

/** Each scalar's TypeScript type alone, the shape a codegen `scalars` config takes (e.g. `{ Money: 'string', … }`). */
export const SCALAR_TYPES = Object.fromEntries(Object.entries(SCALARS).map(([name, scalar]) => [name, scalar.type])) as {
  readonly [Name in ScalarName]: (typeof SCALARS)[Name]['type'];
};
