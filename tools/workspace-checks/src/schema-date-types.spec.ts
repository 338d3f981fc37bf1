import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

const root = join(__dirname, '../../..');

/**
 * A name that says its value is a calendar date or a reporting period: `…Date`,
 * `…Day` (firstDay, lastDay, fromDay), `…On` (issuedOn), `…From`/`…To`/`…Since`/
 * `…Until` (expectedCloseFrom, effectiveFrom), `period`/`…Period`, and the bare
 * `date`, `day`, `from`, `to`, `before`, `since`, `until`. Such a value is a
 * `Date` or a `Period` (docs/scalars.md), or a `DateTime` for an instant, so a
 * client gets one vocabulary and the server refuses a malformed one.
 * (`…Before`/`…After` are left out: they name the old and new values of a change,
 * e.g. productsBefore; `after` is a page cursor.)
 */
const DATE_OR_PERIOD_NAME = /(^(date|day|period|from|to|before|since|until)$)|((Date|Day|On|Period|From|To|Since|Until)$)/;

/** Every field, argument and input field typed String (or a list of it) whose name says it is a date or a period. */
function stringDatesAndPeriods(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const check = (where: string, name: string, type: GraphQLInputType | GraphQLOutputType) => {
    if (getNamedType(type) === GraphQLString && DATE_OR_PERIOD_NAME.test(name)) found.push(`${where}: ${type.toString()}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.name, field.type);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.type);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, field.type);
    }
  }
  return found;
}

describe('dates and periods in the public schema', () => {
  it('types every field, argument and input field named as a date or period Date, Period or DateTime, never String', () => {
    expect(stringDatesAndPeriods(buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8')))).toEqual([]);
  });

  it('lists each one typed String, so it would catch one', () => {
    const schema = buildSchema(`
      scalar Date
      scalar Period
      input DealFilter { expectedCloseFrom: String, expectedCloseTo: Date, nameContains: String }
      type Deal { closeDate: String!, firstDay: [String!], period: Period, outcomeBefore: String, issuedOn: String }
      type Query {
        deals(filter: DealFilter, period: String, after: String, day: String): [Deal!]!
        report(from: String!, to: Date, before: String): String
      }
    `);
    expect(stringDatesAndPeriods(schema)).toEqual([
      'DealFilter.expectedCloseFrom: String',
      'Deal.closeDate: String!',
      'Deal.firstDay: [String!]',
      'Deal.issuedOn: String',
      'Query.deals(period): String',
      'Query.deals(day): String',
      'Query.report(from): String!',
      'Query.report(before): String',
    ]);
  });
});
