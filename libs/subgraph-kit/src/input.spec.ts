import { GraphQLError } from 'graphql';
import { definedOnly, notInFuture, optionalText, percentBasisPoints, positiveAmount, requiredText, wholeNumber, zeroOrMore } from './input';
import { allValid } from './errors';

const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  throw new Error('accepted');
};

describe('input rules', () => {
  it('trims required text and refuses blank or long text on its field', () => {
    expect(requiredText('  Acme ', 'input.name', 10)).toBe('Acme');
    expect(fieldOf(() => requiredText('  ', 'input.name', 10))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(fieldOf(() => requiredText('x'.repeat(11), 'input.name', 10))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('leaves out undefined, clears null and blank, refuses long optional text', () => {
    expect(optionalText(undefined, 'f', 5)).toBeUndefined();
    expect(optionalText(null, 'f', 5)).toBeNull();
    expect(optionalText('  ', 'f', 5)).toBeNull();
    expect(optionalText(' ab ', 'f', 5)).toBe('ab');
    expect(fieldOf(() => optionalText('abcdef', 'input.region', 5))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.region' });
  });

  it('bounds whole numbers and amounts', () => {
    expect(wholeNumber(7, 'f', 1, 365)).toBe(7);
    expect(fieldOf(() => wholeNumber(0, 'input.intervalDays', 1, 365))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.intervalDays' });
    expect(fieldOf(() => wholeNumber(1.5, 'f', 1, 365))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(positiveAmount(1, 'f')).toBe(1);
    expect(fieldOf(() => positiveAmount(0, 'input.amount'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
  });

  it('keeps only what an update sets', () => {
    expect(definedOnly({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });
});

describe('notInFuture', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  it('allows the past and five minutes of clock skew, and refuses the future on its field', () => {
    expect(notInFuture(new Date('2026-11-29T10:04:59Z'), 'input.at', now)).toEqual(new Date('2026-11-29T10:04:59Z'));
    expect(() => notInFuture(new Date('2026-11-29T10:05:01Z'), 'input.visitedAt', now)).toThrow('visitedAt may not be in the future');
  });
});

describe('percentBasisPoints', () => {
  it('turns a percentage with two decimals into basis points, within its range', () => {
    expect(percentBasisPoints(12.5, 'input.rate')).toBe(1250);
    expect(percentBasisPoints(0, 'input.rate')).toBe(0);
    expect(percentBasisPoints(250, 'input.threshold', { max: 500, aboveMin: true })).toBe(25_000);
    for (const [percent, range] of [
      [100.01, {}],
      [-1, {}],
      [12.345, {}],
      [0, { aboveMin: true }],
      [501, { max: 500 }],
    ] as const) {
      expect(() => percentBasisPoints(percent, 'input.rate', range)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.rate' } }),
      );
    }
  });
});

describe('zeroOrMore', () => {
  it('takes whole numbers from zero up and refuses the rest on the field', () => {
    expect(zeroOrMore(0, 'input.amount')).toBe(0);
    expect(zeroOrMore(1_250, 'input.amount')).toBe(1_250);
    for (const bad of [-1, 1.5, Number.NaN]) {
      expect(() => zeroOrMore(bad, 'input.amount')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } }));
    }
  });
});

describe('allValid', () => {
  it('answers every check’s value when all pass', () => {
    expect(allValid({ name: () => requiredText(' Acme ', 'input.name', 10), size: () => wholeNumber(3, 'input.size', 0, 9) })).toEqual({
      name: 'Acme',
      size: 3,
    });
  });

  it('refuses once with every invalid field, the first as field and message', () => {
    try {
      allValid({
        name: () => requiredText('', 'input.name', 10),
        size: () => wholeNumber(30, 'input.size', 0, 9),
        note: () => optionalText('fine', 'input.note', 10),
        influence: () => wholeNumber(-1, 'input.influence', 0, 100),
      });
      throw new Error('accepted');
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      expect(extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
        problems: [
          { field: 'input.name', message: expect.any(String) },
          { field: 'input.size', message: expect.any(String) },
          { field: 'input.influence', message: expect.any(String) },
        ],
      });
      expect(message).toMatch(/\(and 2 more: input\.size, input\.influence\)$/);
    }
  });

  it('gathers the problems of a nested check (an order’s lines) with the rest', () => {
    const line = (units: number, at: string) =>
      allValid({ units: () => wholeNumber(units, `${at}.units`, 1, 9), product: () => requiredText('', `${at}.product`, 9) });
    try {
      allValid({ lines: () => [line(0, 'input.lines.0'), line(1, 'input.lines.1')], terms: () => wholeNumber(400, 'input.terms', 0, 365) });
      throw new Error('accepted');
    } catch (error) {
      expect(((error as GraphQLError).extensions['problems'] as Array<{ field: string }>).map((problem) => problem.field)).toEqual([
        'input.lines.0.units',
        'input.lines.0.product',
        'input.terms',
      ]);
    }
  });

  it('lets any other error through as it is', () => {
    expect(() =>
      allValid({
        a: () => {
          throw new Error('database gone');
        },
      }),
    ).toThrow('database gone');
  });
});
