import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar, MoneyScalar, PeriodScalar } from './scalars';

describe('scalars', () => {
  it('shows minor units as a decimal string and reads it back', () => {
    expect(MoneyScalar.serialize(123450)).toBe('1234.50');
    expect(MoneyScalar.parseValue('1234.5')).toBe(123450);
  });

  it('refuses money that is not a decimal string, as BAD_USER_INPUT', () => {
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(/decimal string/);
    expect(() => MoneyScalar.parseValue('12.345')).toThrow(/not an amount/);
  });

  it('reads ISO instants with a zone and refuses others', () => {
    expect((DateTimeScalar.parseValue('2026-11-29T09:30:00Z') as Date).toISOString()).toBe('2026-11-29T09:30:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-11-29')).toThrow(/ISO-8601/);
    expect(() => DateTimeScalar.parseValue('2026-11-29T09:30:00')).toThrow(/ISO-8601/);
    expect(DateTimeScalar.serialize(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-04-31T12:00:00Z',
    '2027-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T23:60:00Z',
    '2026-01-01T23:59:60Z',
    '2026-01-01T10:00:00+24:00',
    '2026-01-01T10:00:00+01:60',
  ])('refuses %s, a date or time that does not exist, naming it, rather than moving it to another day', (text) => {
    expect(() => DateTimeScalar.parseValue(text)).toThrow(`"${text}" is not a date and time that exists`);
  });

  it('reads the last day and minute that do exist, leap days included', () => {
    for (const text of ['2028-02-29T23:59:59Z', '2000-02-29T00:00:00Z', '2026-04-30T00:00:00Z', '2026-12-31T23:59:59.999+14:00', '2026-01-01T00:00-12:00']) {
      expect(Number.isNaN((DateTimeScalar.parseValue(text) as Date).getTime())).toBe(false);
    }
    expect((DateTimeScalar.parseValue('2028-02-29T23:59:59+01:00') as Date).toISOString()).toBe('2028-02-29T22:59:59.000Z');
  });

  it('takes calendar dates that exist and refuses the rest, naming them, as BAD_USER_INPUT', () => {
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
    expect(DateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-11-29' })).toBe('2026-11-29');
    for (const bad of [
      '2026-02-30',
      '2026-04-31',
      '2027-02-29',
      '2100-02-29',
      '2026-00-10',
      '2026-01-00',
      '2026-13-01',
      '28/02/2026',
      '2026-2-28',
      '',
      '2026-11-29T00:00:00Z',
    ]) {
      expect(() => DateScalar.parseValue(bad)).toThrow(
        expect.objectContaining({ message: `"${bad}" is not a date: use YYYY-MM-DD`, extensions: { code: 'BAD_USER_INPUT' } }),
      );
      expect(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: bad })).toThrow(`"${bad}" is not a date: use YYYY-MM-DD`);
    }
    expect(() => DateScalar.parseValue(20261129)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20261129' })).toThrow(/YYYY-MM-DD/);
  });

  it('shows a stored day, or the UTC day of an instant, as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-11-29')).toBe('2026-11-29');
    expect(DateScalar.serialize('2026-11-29T00:00:00.000Z')).toBe('2026-11-29');
    expect(DateScalar.serialize(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(() => DateScalar.serialize('soon')).toThrow(TypeError);
  });

  it('reads a period into the domain Period and shows it as its label', () => {
    expect(PeriodScalar.parseValue('2026-Q4')).toMatchObject({ kind: 'QUARTER', label: '2026-Q4', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(PeriodScalar.parseLiteral({ kind: Kind.STRING, value: '2026-W48' })).toMatchObject({ kind: 'WEEK', firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(PeriodScalar.serialize(PeriodScalar.parseValue('2026-11'))).toBe('2026-11');
    expect(PeriodScalar.serialize('2026')).toBe('2026');
  });

  it('refuses text that is not a period with the domain’s message (parsePeriod), as BAD_USER_INPUT', () => {
    const message = '"last month" is not a period: use a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29)';
    expect(() => PeriodScalar.parseValue('last month')).toThrow(expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => PeriodScalar.parseLiteral({ kind: Kind.STRING, value: 'last month' })).toThrow(message);
    expect(() => PeriodScalar.parseValue(2026)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => PeriodScalar.parseLiteral({ kind: Kind.INT, value: '2026' })).toThrow(/^Period is a string/);
  });

  it('names where each scalar is specified', () => {
    expect(DateTimeScalar.specifiedByURL).toBe('https://www.rfc-editor.org/rfc/rfc3339#section-5.6');
    expect(DateScalar.specifiedByURL).toBe('https://www.rfc-editor.org/rfc/rfc3339#section-5.6');
    expect(MoneyScalar.specifiedByURL).toBe('https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#money');
    expect(PeriodScalar.specifiedByURL).toBe('https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md#period');
  });
});
