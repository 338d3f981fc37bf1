import { MoneyScalar } from './scalars';
import { mergeResolvers } from './merge-resolvers';

describe('mergeResolvers', () => {
  it('merges the fields of one type from several features', () => {
    const a = () => 1;
    const b = () => 2;
    expect(mergeResolvers({ Query: { a } }, { Query: { b } })).toEqual({ Query: { a, b } });
  });

  it('refuses a field defined by two features instead of silently keeping one', () => {
    expect(() => mergeResolvers({ Query: { a: () => 1 } }, { Query: { a: () => 2 } })).toThrow('Resolver Query.a is defined twice');
  });

  it('keeps scalars whole', () => {
    expect(mergeResolvers({ Money: MoneyScalar })).toEqual({ Money: MoneyScalar });
  });
});
