import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageRequest } from './pagination';

describe('pagination', () => {
  it('defaults to 20 and accepts 1–100', () => {
    expect(pageRequest({}, 'T')).toEqual({ first: 20 });
    expect(pageRequest({ first: 100 }, 'T')).toEqual({ first: 100 });
  });

  it.each([0, 101, -1, 2.5])('refuses first = %s as BAD_USER_INPUT on first', (first) => {
    try {
      pageRequest({ first }, 'T');
      throw new Error('accepted');
    } catch (error) {
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('round-trips cursors and refuses another list’s cursor', () => {
    expect(decodeCursor(encodeCursor('Customer', 'abc'), 'Customer')).toBe('abc');
    expect(() => decodeCursor(encodeCursor('Order', 'abc'), 'Customer')).toThrow(/not a cursor from this list/);
  });
});
