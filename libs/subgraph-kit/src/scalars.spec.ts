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
});
