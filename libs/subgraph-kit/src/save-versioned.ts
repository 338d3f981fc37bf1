import { lockRow, transact, updateIfVersion } from '@salesgraph/persistence';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from './errors';

type Versioned = ObjectLiteral & { id: string; version: number };

/** CONFLICT for a record someone else changed since the caller read it: what it is now, and what to do. */
export function changedMeanwhile(what: string, id: string, version: number) {
  return conflict(`${what} ${id} was changed by someone else (now version ${version}): reload and try again`, { currentVersion: version });
}

/** CONFLICT for a record deleted since the caller read it. */
function goneMeanwhile(what: string, id: string) {
  return conflict(`${what} ${id} no longer exists`);
}

/**
 * Writes `changes` to `row` only if the caller read its current version, and
 * only if nobody changed it since, together with `alongside` (history rows,
 * events) in one transaction. Either way a lost update is CONFLICT, nothing written.
 */
export async function saveVersioned<T extends Versioned>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  what: string,
  row: T,
  readVersion: number,
  changes: Partial<T>,
  alongside: (manager: EntityManager) => Promise<unknown> = async () => undefined,
): Promise<void> {
  if (readVersion !== row.version) throw changedMeanwhile(what, row.id, row.version);
  await transact(
    dataSource,
    async (manager) => {
      if (!(await updateIfVersion(manager, entity, row.id, readVersion, changes))) {
        // Someone wrote it between our read and this update: say the version it has now, not the one we read.
        const now = await manager.getRepository(entity).findOneBy({ id: row.id } as never);
        throw now ? changedMeanwhile(what, row.id, now.version) : goneMeanwhile(what, row.id);
      }
      await alongside(manager);
    },
    { queueOn: `${dataSource.getMetadata(entity).tableName}:${row.id}` },
  );
}

/**
 * A change decided on the row as it is now: the row is locked, `decide`
 * checks the rules against it (what remains of a fund, what is left to
 * invoice) and says what to change, and the change, its version step and
 * `alongside` commit together. Concurrent writers of one row queue instead of
 * refusing each other, and none can decide on a figure another has moved.
 * With `expectedVersion` (the version a person edited), a newer row is CONFLICT.
 */
export async function updateLocked<T extends Versioned, R = void>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion: number | undefined,
  decide: (current: T, manager: EntityManager) => Promise<Partial<T>> | Partial<T>,
  alongside: (manager: EntityManager, updated: T) => Promise<R> = async () => undefined as R,
): Promise<{ row: T; result: R }> {
  const queueOn = `${dataSource.getMetadata(entity).tableName}:${id}`;
  return transact(
    dataSource,
    async (manager) => {
      const current = await lockRow(manager, entity, id);
      if (!current) throw goneMeanwhile(what, id);
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw changedMeanwhile(what, id, current.version);
      }
      const changes = await decide(current, manager);
      const row = Object.assign(Object.create(Object.getPrototypeOf(current)) as T, current, changes, { version: current.version + 1 });
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ ...changes, version: row.version } as never)
        .where('id = :id', { id })
        .execute();
      return { row, result: await alongside(manager, row) };
    },
    { queueOn },
  );
}
