import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './pagination';

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

  it('tells from the extra row whether a next page exists', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, { first: 2 }, 3, 'T', (row) => row.id);
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor('T', 'b') });
    const last = toConnection(rows.slice(2), { first: 2, after: 'b' }, 3, 'T', (row) => row.id);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
