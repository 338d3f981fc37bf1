import { DateTimeScalar, MoneyScalar } from './scalars';

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
});
