import { dateSortKey, textSortKey } from '@salesgraph/persistence';
import { GraphQLError } from 'graphql';
import { defineList } from './list';

interface Row {
  id: string;
  name: string;
  createdAt: Date;
}

const rows: Row[] = ['a', 'b', 'c'].map((id, index) => ({ id, name: `N${id}`, createdAt: new Date(Date.UTC(2026, 0, index + 1)) }));
const list = defineList<Row, 'NAME' | 'CREATED_AT'>({
  type: 'Thing',
  idColumn: 'thing.id',
  keys: { NAME: textSortKey('thing.name', (row) => row.name), CREATED_AT: dateSortKey('thing.created_at', (row) => row.createdAt) },
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
});

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
  throw new Error('accepted');
};

describe('defineList', () => {
  it('pages by the default sort, 20 rows unless asked, and a named field ascending unless told', () => {
    expect(list.page({})).toEqual({ first: 20, sort: { field: 'CREATED_AT', direction: 'DESC' }, cursorType: 'Thing.CREATED_AT.DESC' });
    expect(list.page({ first: 5 }, { field: 'NAME' })).toMatchObject({ first: 5, sort: { field: 'NAME', direction: 'ASC' } });
  });

  it.each([0, 101, 2.5])('refuses first = %s on first', (first) => {
    expect(refusal(() => list.page({ first }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('answers a connection whose end cursor continues after the last row, with the sort value parsed back', () => {
    const page = list.page({ first: 2 });
    const connection = list.connection(rows, page, 3);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = list.page({ first: 2, after: connection.pageInfo.endCursor });
    expect(next.after).toEqual({ value: rows[1].createdAt, id: 'b' });
    expect(list.connection(rows.slice(2), next, 3).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses on after a cursor of another sort, naming the sort, and one of another list', () => {
    const byName = list.connection(rows, list.page({ first: 1 }, { field: 'NAME' }), 3).pageInfo.endCursor;
    expect(refusal(() => list.page({ after: byName }))).toEqual({
      message:
        'after comes from this list under another sort: continue with the sort of the page it came from, or start again without after for CREATED_AT DESC',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    const other = defineList<Row, 'NAME'>({
      type: 'Other',
      idColumn: 'o.id',
      keys: { NAME: textSortKey('o.name', (row) => row.name) },
      defaultSort: { field: 'NAME' },
    });
    const foreign = other.connection(rows, other.page({ first: 1 }), 3).pageInfo.endCursor;
    expect(refusal(() => list.page({ after: foreign }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
