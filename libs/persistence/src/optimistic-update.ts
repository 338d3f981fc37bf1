import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`:
 * true when this writer won, false when someone changed the row first.
 * @VersionColumn alone does not stop lost updates; this does.
 */
export async function updateIfVersion<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: version + 1 } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return result.affected === 1;
}
