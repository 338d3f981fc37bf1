import { updateIfVersion } from '@salesgraph/persistence';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from './errors';

/**
 * Writes `changes` to `row` only if the caller read its current version, and
 * only if nobody changed it since, together with `alongside` (history rows,
 * events) in one transaction. Either way a lost update is CONFLICT, nothing written.
 */
export async function saveVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  what: string,
  row: T,
  readVersion: number,
  changes: Partial<T>,
  alongside: (manager: EntityManager) => Promise<unknown> = async () => undefined,
): Promise<void> {
  const stale = () => conflict(`${what} ${row.id} was changed by someone else (now version ${row.version}): reload and try again`);
  if (readVersion !== row.version) throw stale();
  await dataSource.transaction(async (manager) => {
    if (!(await updateIfVersion(manager, entity, row.id, readVersion, changes))) throw stale();
    await alongside(manager);
  });
}
