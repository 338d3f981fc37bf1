/**
 * How long anything may wait on the database, so one held row lock or one
 * slow statement costs its own request, never the whole subgraph. Every
 * setting has a documented default (README, "Writes, retries and timeouts").
 */
export interface DatabaseLimits {
  /** MySQL connections per subgraph process. */
  readonly poolSize: number;
  /** Requests that may wait for a connection; one more is refused at once. */
  readonly poolQueueLimit: number;
  /** How long a request waits for a pooled connection. */
  readonly acquireTimeoutMs: number;
  /** The longest one statement may run (MariaDB `max_statement_time`, MySQL `max_execution_time` for reads). */
  readonly statementTimeoutMs: number;
  /** How long a statement waits for a row lock (InnoDB, whole seconds). */
  readonly lockWaitTimeoutSeconds: number;
  /** Connections kept free of write transactions, so reads still answer while writers wait on a lock. */
  readonly connectionsReservedForReads: number;
  /** Attempts of a transaction that hit a deadlock, a lock wait timeout or SQLITE_BUSY. */
  readonly transactionAttempts: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  poolQueueLimit: 200,
  acquireTimeoutMs: 2000,
  statementTimeoutMs: 3000,
  lockWaitTimeoutSeconds: 2,
  connectionsReservedForReads: 2,
  transactionAttempts: 5,
};

const VARIABLES: Record<keyof DatabaseLimits, string> = {
  poolSize: 'DATABASE_POOL_SIZE',
  poolQueueLimit: 'DATABASE_POOL_QUEUE_LIMIT',
  acquireTimeoutMs: 'DATABASE_ACQUIRE_TIMEOUT_MS',
  statementTimeoutMs: 'DATABASE_STATEMENT_TIMEOUT_MS',
  lockWaitTimeoutSeconds: 'DATABASE_LOCK_WAIT_TIMEOUT_SECONDS',
  connectionsReservedForReads: 'DATABASE_CONNECTIONS_RESERVED_FOR_READS',
  transactionAttempts: 'DATABASE_TRANSACTION_ATTEMPTS',
};

/** The limits from the environment; a malformed value stops the process with the variable's name. */
export function databaseLimits(env: NodeJS.ProcessEnv = process.env): DatabaseLimits {
  const limits = { ...DEFAULT_DATABASE_LIMITS } as Record<keyof DatabaseLimits, number>;
  for (const key of Object.keys(VARIABLES) as Array<keyof DatabaseLimits>) {
    const raw = env[VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    const minimum = key === 'connectionsReservedForReads' ? 0 : 1;
    if (!Number.isInteger(value) || value < minimum) throw new Error(`${VARIABLES[key]} must be a whole number of at least ${minimum}, not "${raw}"`);
    limits[key] = value;
  }
  if (limits.connectionsReservedForReads >= limits.poolSize) {
    throw new Error(
      `${VARIABLES.connectionsReservedForReads} (${limits.connectionsReservedForReads}) must be below ${VARIABLES.poolSize} (${limits.poolSize})`,
    );
  }
  return limits;
}

/** The variable that sets a limit: for messages and the README. */
export function databaseLimitVariable(key: keyof DatabaseLimits): string {
  return VARIABLES[key];
}

type Callback = (error: Error | null, connection?: PooledConnection) => void;

interface PooledConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
  release(): void;
  destroy(): void;
  __salesgraphSession?: boolean;
  // mysql2's own state: set once the server closed or killed the connection.
  _fatalError?: unknown;
  _protocolError?: unknown;
  _closing?: boolean;
  stream?: { destroyed?: boolean };
}

interface Pool {
  getConnection(callback: Callback): void;
}

/** An error that says a request could not get a connection in time. */
export class ConnectionWaitTimeoutError extends Error {
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
}

/**
 * mysql2's pool has a queue limit but no acquire timeout, and no hook to set
 * session variables on each new connection: both are added here, on the one
 * function TypeORM calls for a connection. The session settings go straight
 * to the connection (not through TypeORM), so they never count as a
 * request's statements.
 */
export function guardMysqlPool(pool: Pool, limits: DatabaseLimits, mariadb: boolean): void {
  const getConnection = pool.getConnection.bind(pool);
  const session = [
    `SET SESSION innodb_lock_wait_timeout = ${limits.lockWaitTimeoutSeconds}`,
    mariadb ? `SET SESSION max_statement_time = ${limits.statementTimeoutMs / 1000}` : `SET SESSION max_execution_time = ${limits.statementTimeoutMs}`,
  ];
  pool.getConnection = (callback: Callback) => {
    let settled = false;
    const finish: Callback = (failure, ready) => {
      if (settled) {
        // The request gave up waiting: hand the connection straight back.
        ready?.release();
        return;
      }
      settled = true;
      clearTimeout(timer);
      callback(failure, ready);
    };
    const timer = setTimeout(
      () => finish(new ConnectionWaitTimeoutError(`no database connection became free within ${limits.acquireTimeoutMs} ms`)),
      limits.acquireTimeoutMs,
    );
    const checkOut = (connection: PooledConnection) => {
      if (settled) return connection.release();
      if (isDead(connection)) {
        // Killed or dropped while idle in the pool: mysql2 would hand it out anyway. Drop it and take another.
        connection.destroy();
        return take();
      }
      if (connection.__salesgraphSession) return finish(null, connection);
      applySession(connection, session, (failure) => {
        if (failure) {
          connection.destroy();
          return finish(failure);
        }
        connection.__salesgraphSession = true;
        finish(null, connection);
      });
    };
    const take = () =>
      getConnection((error, connection) => {
        if (error || !connection) return finish(error ?? new Error('no connection'));
        // One turn of the event loop first, so a close the server already sent (KILL, restart) is seen before use.
        setImmediate(() => checkOut(connection));
      });
    take();
  };
}

function isDead(connection: PooledConnection): boolean {
  return !!(connection._fatalError || connection._protocolError || connection._closing || connection.stream?.destroyed);
}

function applySession(connection: PooledConnection, statements: string[], callback: (error: Error | null) => void): void {
  const [first, ...rest] = statements;
  if (!first) return callback(null);
  connection.query(first, (error) => (error ? callback(error) : applySession(connection, rest, callback)));
}
