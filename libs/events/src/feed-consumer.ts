import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventPayload, EventType, EventVersion } from './contracts';
import { ConsumerCheckpointEntity } from './outbox.entity';
import { FeedSource } from './feed-source';

/** Applies one event of a contract version to a read model, inside the consumer's transaction. */
export type EventHandler<T extends EventType, V extends EventVersion<T> = EventVersion<T>> = (
  manager: EntityManager,
  payload: EventPayload<T, V>,
  event: EventEnvelope<T>,
) => Promise<void>;

/**
 * Handlers by event type and contract version. Events of a type with no entry
 * are passed over: each consumer names the types it needs. An event of a named
 * type in a version with no handler stops the consumer (see FeedConsumer).
 */
export type EventHandlers = { [T in EventType]?: { [V in EventVersion<T>]?: EventHandler<T, V> } };

/** Where a consumer stands, for /ready and the log. */
export type ConsumerStatus =
  | { status: 'running' | 'stopped' }
  /** The feed or the database failed outside any handler; retried every poll. */
  | { status: 'retrying'; reason: string; since: string }
  /** An event of a type the consumer handles cannot be applied; the checkpoint holds just before it. */
  | { status: 'blocked'; at: number; reason: string; since: string };

/** apply() and catchUp() stopped at an event; everything before it is committed. */
export class ConsumerBlockedError extends Error {
  constructor(
    readonly feed: string,
    readonly at: number,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`feed ${feed} blocked at event ${at}: ${reason}; its checkpoint holds before it until it can be applied`, { cause });
    this.name = 'ConsumerBlockedError';
  }
}

export interface FeedConsumerOptions {
  /** The checkpoint's key: one per producer feed. */
  feed: string;
  source: FeedSource;
  dataSource: DataSource;
  handlers: EventHandlers;
  batchSize?: number;
  pollIntervalMs?: number;
  /** How often a consumer blocked at a version it cannot read looks again (default 5 s). */
  blockedPollIntervalMs?: number;
  /**
   * Called once when the consumer starts failing: the feed or the database
   * unreachable (retried every poll), or blocked at an event (a ConsumerBlockedError, once per event).
   */
  onError?: (error: unknown, feed: string) => void;
  /** Called when the failure or block reported through onError is over. */
  onRecovered?: (feed: string, was: 'retrying' | 'blocked') => void;
}

/** A handler threw: carries the event out of the rolled-back transaction. */
class HandlerFailure extends Error {
  constructor(
    readonly event: EventEnvelope,
    readonly failure: unknown,
  ) {
    super(messageOf(failure));
  }
}

type Problem = Exclude<ConsumerStatus, { status: 'running' | 'stopped' }>;

/**
 * Pulls a producer's feed and applies it at least once, idempotently: each
 * batch and the checkpoint after it commit in one transaction, and events at
 * or below the checkpoint are passed over, so a restart or a redelivery never
 * applies an event twice.
 *
 * Nothing is passed over that the consumer needs: at an event of a type it
 * handles but in a version it has no handler for, or whose handler throws, it
 * commits the events before it and stops there, the checkpoint held just
 * before it, until a consumer that can apply it (a retry, or a restart with
 * newer handlers) does.
 */
export class FeedConsumer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private problem: Problem | undefined;
  /** The block is a version this process cannot read: only a restart with new handlers (or another replica) moves past it. */
  private unreadable = false;
  private checkpointRowMade = false;

  constructor(private readonly options: FeedConsumerOptions) {}

  get feed(): string {
    return this.options.feed;
  }

  /** What /ready reports: running or stopped, else why the consumer is not keeping up. */
  status(): ConsumerStatus {
    return this.problem ?? { status: this.stopped ? 'stopped' : 'running' };
  }

  /** The sequence of the last event applied. */
  async checkpoint(): Promise<number> {
    const row = await this.options.dataSource.getRepository(ConsumerCheckpointEntity).findOneBy({ feed: this.options.feed });
    return row?.sequence ?? 0;
  }

  /**
   * Fetches and applies batches until the feed has nothing newer; returns how
   * many events were applied. Rejects with a ConsumerBlockedError when it stops at an event.
   */
  async catchUp(): Promise<number> {
    let applied = 0;
    try {
      for (;;) {
        const checkpoint = await this.checkpoint();
        // Another replica (one with newer handlers) may have applied what blocked this one.
        if (this.problem?.status === 'blocked' && checkpoint >= this.problem.at) this.report(undefined);
        const events = await this.options.source.fetch(checkpoint, this.options.batchSize ?? 200);
        if (events.length === 0) break;
        applied += await this.apply(events);
      }
    } catch (error) {
      if (!(error instanceof ConsumerBlockedError)) this.report({ status: 'retrying', reason: messageOf(error), since: new Date().toISOString() }, error);
      throw error;
    }
    if (this.problem?.status === 'retrying') this.report(undefined);
    return applied;
  }

  /**
   * Applies a batch in one transaction with the checkpoint; returns how many
   * were new. Rejects with a ConsumerBlockedError at an event it cannot apply,
   * once the events before it are committed.
   */
  async apply(events: EventEnvelope[]): Promise<number> {
    const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
    await this.ensureCheckpointRow();
    let outcome: { applied: number; checkpoint: number; unreadable?: EventEnvelope };
    try {
      outcome = await this.options.dataSource.transaction((manager) => this.applyIn(manager, ordered));
    } catch (error) {
      if (!(error instanceof HandlerFailure)) throw error;
      // The throw rolled the whole batch back: commit what came before the failing event, so only it waits.
      const before = ordered.filter((event) => event.sequence < error.event.sequence);
      if (before.length > 0) await this.apply(before);
      throw this.block(error.event, `${error.event.type} v${error.event.version} failed: ${messageOf(error.failure)}`, false, error.failure);
    }
    if (this.problem?.status === 'blocked' && outcome.checkpoint >= this.problem.at) this.report(undefined);
    if (outcome.unreadable) {
      const known = Object.keys(this.options.handlers[outcome.unreadable.type] ?? {}).map((version) => `v${version}`);
      throw this.block(
        outcome.unreadable,
        `${outcome.unreadable.type} v${outcome.unreadable.version} is not understood (this consumer reads ${known.join(', ')})`,
        true,
      );
    }
    return outcome.applied;
  }

  /** Polls in the background until stop(); failures are reported through status() and onError, and retried. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = () => {
      this.running = this.catchUp()
        .then(
          () => undefined,
          () => undefined, // already in status() and, once, in onError
        )
        .finally(() => {
          if (this.stopped) return;
          const blockedForGood = this.problem?.status === 'blocked' && this.unreadable;
          this.timer = setTimeout(tick, blockedForGood ? (this.options.blockedPollIntervalMs ?? 5000) : (this.options.pollIntervalMs ?? 250));
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Makes the feed's checkpoint row once (at 0, by whichever replica comes first), so that applyIn has a row to lock. */
  private async ensureCheckpointRow(): Promise<void> {
    if (this.checkpointRowMade) return;
    const checkpoints = this.options.dataSource.getRepository(ConsumerCheckpointEntity);
    const feed = this.options.feed;
    if (!(await checkpoints.existsBy({ feed }))) {
      try {
        await checkpoints.insert({ feed, sequence: 0 });
      } catch (error) {
        // Another replica made it first.
        if (!(await checkpoints.existsBy({ feed }))) throw error;
      }
    }
    this.checkpointRowMade = true;
  }

  private async applyIn(manager: EntityManager, ordered: EventEnvelope[]): Promise<{ applied: number; checkpoint: number; unreadable?: EventEnvelope }> {
    const checkpoints = manager.getRepository(ConsumerCheckpointEntity);
    // Replicas of a consumer apply the same feed. On MySQL the checkpoint is read locked, before anything else: a
    // replica that read it while another was applying the same events would apply them again on the rows as it read
    // them (read-modify-write handlers then count twice, and its older checkpoint sends later events round again).
    // Locked, it waits for the other to commit, then reads past what that one applied. SQLite has one writer at a time.
    const read = checkpoints.createQueryBuilder('checkpoint').where('checkpoint.feed = :feed', { feed: this.options.feed });
    if (manager.connection.options.type !== 'better-sqlite3') read.setLock('pessimistic_write');
    const current = (await read.getOne())?.sequence ?? 0;
    let last = current;
    let applied = 0;
    let unreadable: EventEnvelope | undefined;
    for (const event of ordered) {
      if (event.sequence <= last) continue;
      const versions = this.options.handlers[event.type] as Record<number, EventHandler<EventType>> | undefined;
      if (versions) {
        const handler = versions[event.version];
        if (!handler) {
          unreadable = event;
          break;
        }
        try {
          await handler(manager, event.payload, event);
        } catch (error) {
          throw new HandlerFailure(event, error);
        }
        applied += 1;
      }
      last = event.sequence;
    }
    if (last !== current) await checkpoints.save({ feed: this.options.feed, sequence: last });
    return { applied, checkpoint: last, unreadable };
  }

  private block(event: EventEnvelope, reason: string, unreadable: boolean, cause?: unknown): ConsumerBlockedError {
    const error = new ConsumerBlockedError(this.options.feed, event.sequence, reason, cause);
    this.unreadable = unreadable;
    const since = this.problem?.status === 'blocked' && this.problem.at === event.sequence ? this.problem.since : new Date().toISOString();
    this.report({ status: 'blocked', at: event.sequence, reason, since }, error);
    return error;
  }

  /** Moves to a new problem (or to none), telling onError and onRecovered once per change. */
  private report(next: Problem | undefined, error?: unknown): void {
    const previous = this.problem;
    // A block outranks an unreachable feed: it is what needs a person, and it stays until its event is applied.
    if (previous?.status === 'blocked' && next?.status === 'retrying') return;
    this.problem = next;
    if (!next) {
      if (previous) this.options.onRecovered?.(this.options.feed, previous.status);
      return;
    }
    const same = previous?.status === next.status && (next.status !== 'blocked' || (previous as { at: number }).at === next.at);
    if (!same) this.options.onError?.(error, this.options.feed);
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // /ready repeats it: one line, bounded.
  return message.split('\n')[0].slice(0, 300);
}
