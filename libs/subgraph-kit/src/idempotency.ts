import { createHash } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { IdempotencyKeyEntity, isUniqueViolation, runWithTransactionHooks } from '@salesgraph/persistence';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { badUserInput, conflict } from './errors';

/** How long a key is remembered (README, "Idempotency keys"). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

const KEY_PATTERN = /^[\x21-\x7e]{8,100}$/;

/** Another request committed this key first. */
class KeyTaken extends Error {}

/**
 * Runs a create or money mutation at most once per idempotency key: the key
 * is claimed first in the mutation's own transaction (a parallel repeat waits
 * on it, then finds it) and bound to the record the mutation answers with, so
 * the key exists exactly when the change does. A repeat with the same key and
 * input answers with that record as it is now; the same key with other input
 * is refused. Without a key the mutation simply runs.
 *
 * `run` must write through one `transact()` whose work returns the record
 * (or updateLocked's `{ row, result }`); `replay` loads a record by id as the
 * viewer may see it.
 */
export async function idempotent<T>(
  context: { readonly viewer: Viewer; readonly dataSource: DataSource },
  operation: string,
  input: Readonly<Record<string, unknown>> & { readonly idempotencyKey?: string | null },
  run: () => Promise<T>,
  replay: (id: string) => Promise<T | null | undefined>,
  now = new Date(),
): Promise<T> {
  const key = input.idempotencyKey;
  if (key == null) return run();
  if (!KEY_PATTERN.test(key)) throw badUserInput('input.idempotencyKey', 'an idempotency key is 8 to 100 visible characters without spaces, such as a UUID');
  const { idempotencyKey: _key, ...payload } = input;
  const requestHash = createHash('sha256')
    .update(`${operation}\n${canonicalJson(payload)}`)
    .digest('hex');
  const subject = context.viewer.subject;
  const keys = context.dataSource.getRepository(IdempotencyKeyEntity);

  const answer = async (row: IdempotencyKeyEntity): Promise<T> => {
    if (row.operation !== operation || row.requestHash !== requestHash) {
      const what = row.operation === operation ? `${operation} with other input` : row.operation;
      throw badUserInput('input.idempotencyKey', `this idempotency key was already used for ${what}: send a new key for a new request`);
    }
    const result = row.resultId ? await replay(row.resultId) : undefined;
    if (!result) throw conflict(`the request with this idempotency key was done, but its result is no longer visible to you`);
    return result;
  };

  const existing = await keys.findOneBy({ subject, key });
  if (existing && new Date(existing.expiresAt) > now) return answer(existing);
  let bound = false;
  try {
    const result = await runWithTransactionHooks(
      {
        before: async (manager) => {
          if (existing) await manager.delete(IdempotencyKeyEntity, { subject, key, expiresAt: LessThanOrEqual(now) });
          const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
          await manager
            .insert(IdempotencyKeyEntity, { subject, key, operation, requestHash, resultId: null, createdAt: now, expiresAt })
            .catch((error: unknown) => {
              throw isUniqueViolation(error) ? new KeyTaken() : error;
            });
        },
        after: async (manager, value) => {
          const resultId = resultIdOf(value);
          if (!resultId) throw new Error(`${operation}'s transaction returned no record to bind its idempotency key to`);
          await manager.update(IdempotencyKeyEntity, { subject, key }, { resultId });
          bound = true;
        },
      },
      run,
    );
    if (!bound) throw new Error(`${operation} wrote nothing through transact(), so its idempotency key could not be kept`);
    return result;
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    return answer(await keys.findOneByOrFail({ subject, key }));
  }
}

/** Drops keys past their time; the servers call it now and then. */
export async function pruneIdempotencyKeys(dataSource: DataSource, now = new Date()): Promise<number> {
  const result = await dataSource.getRepository(IdempotencyKeyEntity).delete({ expiresAt: LessThanOrEqual(now) });
  return result.affected ?? 0;
}

function resultIdOf(value: unknown): string | undefined {
  const candidate = value as { id?: unknown; result?: { id?: unknown } | null; row?: { id?: unknown } } | null | undefined;
  if (typeof candidate?.id === 'string') return candidate.id;
  if (typeof candidate?.result?.id === 'string') return candidate.result.id;
  if (typeof candidate?.row?.id === 'string') return candidate.row.id;
  return undefined;
}

/** The same input always hashes the same: keys sorted, dates as ISO strings. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_name, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)) {
      return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}
