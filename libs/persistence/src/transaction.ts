import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DatabaseLimits, DEFAULT_DATABASE_LIMITS } from './database-limits';

/**
 * Work a transaction does besides its own, set by whoever handles the request
 * (an idempotency key is claimed in `before` and bound to the result in
 * `after`). They run in the first transaction of the request that commits,
 * and only there.
 */
export interface TransactionHooks {
  before?(manager: EntityManager): Promise<void>;
  after?(manager: EntityManager, result: unknown): Promise<void>;
}

interface RequestScope {
  /** Epoch milliseconds after which nothing more is committed for this request. */
  readonly deadline?: number;
  readonly hooks?: { readonly value: TransactionHooks; used: boolean };
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** Runs a request's work with a deadline: a transaction still running then is rolled back, not committed late. */
export function runWithDeadline<T>(deadline: number, work: () => T): T {
  return requestScope.run({ ...requestScope.getStore(), deadline }, work);
}

/** Runs `work` so that its first committing transaction also runs `hooks`. */
export function runWithTransactionHooks<T>(hooks: TransactionHooks, work: () => T): T {
  return requestScope.run({ ...requestScope.getStore(), hooks: { value: hooks, used: false } }, work);
}

/** The current request's deadline, if it has one. */
export function requestDeadline(): number | undefined {
  return requestScope.getStore()?.deadline;
}

export type TransientReason = 'CONTENTION' | 'DEADLINE' | 'UNAVAILABLE' | 'OUTCOME_UNKNOWN';

/**
 * The database could not do the work now, and nothing was written (except
 * for OUTCOME_UNKNOWN, when the connection died while committing). A client
 * may send the same request again; with an idempotency key that is always safe.
 */
export class TransientDatabaseError extends Error {
  constructor(
    message: string,
    readonly reason: TransientReason,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransientDatabaseError';
  }
}

const limitsByDataSource = new WeakMap<DataSource, DatabaseLimits>();

/** Binds a data source to the limits it was made with (createDataSource does this). */
export function bindDatabaseLimits(dataSource: DataSource, limits: DatabaseLimits): void {
  limitsByDataSource.set(dataSource, limits);
}

export function limitsOf(dataSource: DataSource): DatabaseLimits {
  return limitsByDataSource.get(dataSource) ?? DEFAULT_DATABASE_LIMITS;
}

type Failure = 'retry' | 'busy' | 'lost' | 'other';

interface DriverFailure {
  readonly errno?: number;
  readonly code: string;
  readonly fatal: boolean;
  readonly message?: string;
}

/** The driver's error number and code, whether on the error itself or on the QueryFailedError wrapping it. */
function driverFailure(error: unknown): DriverFailure {
  const candidate = error as {
    errno?: number;
    code?: string;
    fatal?: boolean;
    message?: string;
    driverError?: { errno?: number; code?: string; fatal?: boolean };
  };
  return {
    errno: candidate.errno ?? candidate.driverError?.errno,
    code: candidate.code ?? candidate.driverError?.code ?? '',
    fatal: !!(candidate.fatal || candidate.driverError?.fatal),
    message: candidate.message,
  };
}

/** What a failed attempt means: worth another try, a transient refusal, or a real error. */
export function classifyFailure(error: unknown): Failure {
  const { errno, code, fatal, message } = driverFailure(error);
  // 1213 deadlock, 1205 lock wait timeout (InnoDB); SQLITE_BUSY* and SQLITE_LOCKED when another process holds the file.
  if (errno === 1213 || errno === 1205 || /^SQLITE_(BUSY|LOCKED)/.test(code)) return 'retry';
  // A connection that died (killed, server restart, network): the next attempt gets a fresh one.
  if (errno === 1927 || errno === 2006 || errno === 2013 || errno === 1053) return 'lost';
  if (['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR'].includes(code)) return 'lost';
  if (fatal) return 'lost';
  // 1969 MariaDB max_statement_time, 3024 MySQL max_execution_time; a pool that is full or slow to free a connection.
  if (errno === 1969 || errno === 3024 || code === 'POOL_ACQUIRE_TIMEOUT' || message === 'Queue limit reached.') return 'busy';
  return 'other';
}

/** A unique index refused a row: someone saved the same record first (MySQL 1062, SQLite's UNIQUE/PRIMARY KEY constraints). */
export function isUniqueViolation(error: unknown): boolean {
  const { errno, code } = driverFailure(error);
  return errno === 1062 || code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way to write: `work` runs in a transaction that is tried again on a
 * deadlock, a lock wait timeout, SQLITE_BUSY or a connection lost before
 * commit, with jittered back-off, at most `transactionAttempts` times and
 * never past the request's deadline. Whatever still fails for one of those
 * reasons becomes a TransientDatabaseError (nothing written); any other
 * error, a rule's refusal included, passes through at once. `work` may run
 * more than once, so it must read what it decides on inside the transaction.
 */
export async function transact<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, options: TransactOptions = {}): Promise<T> {
  const limits = limitsOf(dataSource);
  const scope = requestScope.getStore();
  const deadline = scope?.deadline;
  if (options.queueOn && dataSource.options.type !== 'better-sqlite3') {
    return inTurn(dataSource, options.queueOn, deadline, () => attempts(dataSource, work, limits, scope, deadline));
  }
  return attempts(dataSource, work, limits, scope, deadline);
}

export interface TransactOptions {
  /**
   * The record the transaction locks first (e.g. `customer:<id>`): writers of
   * one record then wait their turn in this process, holding no connection,
   * so a record held by a slow writer (or an operator's lock) ties up one
   * connection, not the pool, and writes of other records go on.
   */
  readonly queueOn?: string;
}

async function attempts<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  limits: DatabaseLimits,
  scope: RequestScope | undefined,
  deadline: number | undefined,
): Promise<T> {
  const hooks = scope?.hooks && !scope.hooks.used ? scope.hooks : undefined;
  for (let attempt = 1; ; attempt += 1) {
    let committing = false;
    try {
      const result = await withWriteSlot(dataSource, limits, deadline, () =>
        dataSource.transaction(async (manager) => {
          assertBeforeDeadline(deadline);
          await hooks?.value.before?.(manager);
          const value = await work(manager);
          await hooks?.value.after?.(manager, value);
          assertBeforeDeadline(deadline);
          committing = true;
          return value;
        }),
      );
      if (hooks) hooks.used = true;
      return result;
    } catch (error) {
      if (error instanceof TransientDatabaseError) throw error;
      const failure = classifyFailure(error);
      if (failure === 'other') throw error;
      if (failure === 'lost' && committing) {
        throw new TransientDatabaseError('the database connection was lost while committing: the change may or may not have been saved', 'OUTCOME_UNKNOWN', {
          cause: error,
        });
      }
      const delay = Math.random() * Math.min(400, 20 * 2 ** attempt);
      const timeLeft = deadline === undefined ? Infinity : deadline - Date.now() - delay;
      if (failure !== 'busy' && attempt < limits.transactionAttempts && timeLeft > 0) {
        await sleep(delay);
        continue;
      }
      throw new TransientDatabaseError(
        failure === 'busy' ? 'the database is too busy to answer now' : `the records involved are being changed by other requests (${attempt} attempts)`,
        failure === 'busy' ? 'UNAVAILABLE' : 'CONTENTION',
        { cause: error },
      );
    }
  }
}

function assertBeforeDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() >= deadline) {
    throw new TransientDatabaseError('the request ran out of time before its change could be saved', 'DEADLINE');
  }
}

interface Turns {
  tail: Promise<void>;
  queued: number;
}
const turnsByDataSource = new WeakMap<DataSource, Map<string, Turns>>();

/** Without a request deadline (tools, consumers), how long a writer waits for its record's turn. */
const TURN_WAIT_WITHOUT_DEADLINE_MS = 30_000;

async function inTurn<T>(dataSource: DataSource, key: string, deadline: number | undefined, work: () => Promise<T>): Promise<T> {
  let turns = turnsByDataSource.get(dataSource);
  if (!turns) turnsByDataSource.set(dataSource, (turns = new Map()));
  const entry = turns.get(key) ?? { tail: Promise.resolve(), queued: 0 };
  turns.set(key, entry);
  const previous = entry.tail;
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  entry.tail = previous.then(() => mine);
  entry.queued += 1;
  const release = () => {
    done();
    entry.queued -= 1;
    if (entry.queued === 0) turns.delete(key);
  };
  const waitMs = deadline === undefined ? TURN_WAIT_WITHOUT_DEADLINE_MS : Math.max(0, deadline - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)));
  const outcome = await Promise.race([previous.then(() => 'turn' as const), gaveUp]);
  clearTimeout(timer);
  if (outcome === 'late') {
    // Those behind still wait for the ones ahead, not for this one.
    previous.then(release, release);
    throw new TransientDatabaseError('other changes to the same record are still waiting ahead of this one', 'CONTENTION');
  }
  try {
    return await work();
  } finally {
    release();
  }
}

interface Gate {
  active: number;
  readonly waiting: Array<() => void>;
}
const gates = new WeakMap<DataSource, Gate>();

/**
 * On MySQL, at most pool size − reserved write transactions at once: writers
 * queued behind a held row lock can then never take the connections reads
 * need. SQLite queues transactions on its one connection already.
 */
async function withWriteSlot<T>(dataSource: DataSource, limits: DatabaseLimits, deadline: number | undefined, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') return work();
  const capacity = limits.poolSize - limits.connectionsReservedForReads;
  let gate = gates.get(dataSource);
  if (!gate) gates.set(dataSource, (gate = { active: 0, waiting: [] }));
  if (gate.active >= capacity) {
    const waitMs = Math.min(limits.acquireTimeoutMs, deadline === undefined ? Infinity : Math.max(0, deadline - Date.now()));
    const current = gate;
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const index = current.waiting.indexOf(wake);
        if (index >= 0) current.waiting.splice(index, 1);
        reject(new TransientDatabaseError(`no write slot became free within ${waitMs} ms`, 'UNAVAILABLE'));
      }, waitMs);
      current.waiting.push(wake);
    });
  } else {
    gate.active += 1;
  }
  try {
    return await work();
  } finally {
    // A woken waiter inherits this slot, so `active` stays as it is.
    const next = gate.waiting.shift();
    if (next) next();
    else gate.active -= 1;
  }
}

/**
 * Reads a row and, on MySQL, locks it until the transaction ends: the
 * aggregate root is locked before children are written, so writers of one
 * customer queue instead of deadlocking (an FK check takes a shared lock that
 * a later update of the parent cannot upgrade). SQLite's writers are
 * serialised already. The lock holds across replicas, where `queueOn` only
 * orders one process. Take it before the transaction's first plain read:
 * InnoDB fixes a REPEATABLE READ snapshot at that read, so what is read after
 * the lock includes whatever the lock's previous holder committed.
 */
export async function lockRow<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  const query = manager.createQueryBuilder(entity, 'row').where('row.id = :id', { id });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  return query.getOne();
}
