import { databaseKind, databaseUrlVariable, dataSourceOptions, redactUrl, resolveDatabaseUrl } from './data-source';

const database = { subgraph: 'customer-relationship', entities: [], migrations: [] };

describe('database settings', () => {
  it('names one variable per subgraph', () => {
    expect(databaseUrlVariable('customer-relationship')).toBe('CUSTOMER_RELATIONSHIP_DATABASE_URL');
  });

  it('prefers the subgraph’s own URL, then DATABASE_URL, then an SQLite file under the data folder', () => {
    expect(resolveDatabaseUrl('reporting', { REPORTING_DATABASE_URL: 'mysql://a/b', DATABASE_URL: 'mysql://c/d' })).toBe('mysql://a/b');
    expect(resolveDatabaseUrl('reporting', { DATABASE_URL: 'mysql://c/d' })).toBe('mysql://c/d');
    expect(resolveDatabaseUrl('reporting', { SALESGRAPH_DATA_DIR: '/tmp/sg' })).toBe('sqlite:/tmp/sg/reporting.sqlite');
  });

  it('chooses the driver from the scheme: MariaDB gets its own', () => {
    expect(databaseKind('sqlite:/x.sqlite')).toBe('sqlite');
    expect(dataSourceOptions(database, 'mysql://u@h/db').type).toBe('mysql');
    expect(dataSourceOptions(database, 'mariadb://u@h/db').type).toBe('mariadb');
    expect(dataSourceOptions(database, 'sqlite::memory:').type).toBe('better-sqlite3');
    expect(() => databaseKind('postgres://h/db')).toThrow(/Unsupported database URL/);
  });

  it('never synchronises the schema: migrations only', () => {
    expect(dataSourceOptions(database, 'sqlite::memory:').synchronize).toBe(false);
    expect(dataSourceOptions(database, 'mysql://u@h/db').synchronize).toBe(false);
  });

  it('hides passwords when printing a URL', () => {
    expect(redactUrl('mysql://app:s3cret@db:3306/x')).toBe('mysql://app:***@db:3306/x');
  });
});
