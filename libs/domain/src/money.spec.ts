import { formatMoney, MoneyFormatError, parseMoney } from './money';

describe('money', () => {
  it('parses decimals into minor units without floating-point error', () => {
    expect(parseMoney('1234.5')).toBe(123450);
    expect(parseMoney('0.10')).toBe(10);
    expect(parseMoney('19.99')).toBe(1999);
    expect(parseMoney('-3')).toBe(-300);
  });

  it('refuses text that is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '1,000', '1e3', '.5']) {
      expect(() => parseMoney(bad)).toThrow(MoneyFormatError);
    }
  });

  it('formats minor units with exactly two places', () => {
    expect(formatMoney(123450)).toBe('1234.50');
    expect(formatMoney(5)).toBe('0.05');
    expect(formatMoney(-1999)).toBe('-19.99');
    expect(formatMoney(0)).toBe('0.00');
  });

  it('round-trips', () => {
    for (const text of ['0.01', '99999.99', '12.30']) expect(formatMoney(parseMoney(text))).toBe(text);
  });
});
