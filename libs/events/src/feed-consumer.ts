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

/** Handlers by event type and contract version; events of other types or versions are passed over. */
export type EventHandlers = { [T in EventType]?: { [V in EventVersion<T>]?: EventHandler<T, V> } };

export interface FeedConsumerOptions {
  /** The checkpoint's key: one per producer feed. */
  feed: string;
  source: FeedSource;
  dataSource: DataSource;
  handlers: EventHandlers;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Called on the first failure of an outage. */
  onError?: (error: unknown, feed: string) => void;
  /** Called when the feed answers again after an outage. */
  onRecovered?: (feed: string) => void;
}

/**
 * Pulls a producer's feed and applies it at least once, idempotently: each
 * batch and the checkpoint after it commit in one transaction, and events at
 * or below the checkpoint are passed over, so a restart or a redelivery never
 * applies an event twice.
 */
export class FeedConsumer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: FeedConsumerOptions) {}

  /** The sequence of the last event applied. */
  async checkpoint(): Promise<number> {
    const row = await this.options.dataSource.getRepository(ConsumerCheckpointEntity).findOneBy({ feed: this.options.feed });
    return row?.sequence ?? 0;
  }

  /** Fetches and applies batches until the feed has nothing newer; returns how many events were applied. */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (;;) {
      const events = await this.options.source.fetch(await this.checkpoint(), this.options.batchSize ?? 200);
      if (events.length === 0) return applied;
      applied += await this.apply(events);
    }
  }

  /** Applies a batch in one transaction with the checkpoint; returns how many were new. */
  async apply(events: EventEnvelope[]): Promise<number> {
    return this.options.dataSource.transaction(async (manager) => {
      const checkpoints = manager.getRepository(ConsumerCheckpointEntity);
      const current = (await checkpoints.findOneBy({ feed: this.options.feed }))?.sequence ?? 0;
      let last = current;
      let applied = 0;
      for (const event of [...events].sort((a, b) => a.sequence - b.sequence)) {
        if (event.sequence <= last) continue;
        const handler = (this.options.handlers[event.type] as Record<number, EventHandler<EventType>> | undefined)?.[event.version];
        if (handler) {
          await handler(manager, event.payload, event);
          applied += 1;
        }
        last = event.sequence;
      }
      if (last !== current) await checkpoints.save({ feed: this.options.feed, sequence: last });
      return applied;
    });
  }

  /** Polls in the background until stop(); errors are reported and retried on the next tick. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    let failing = false;
    const tick = () => {
      this.running = this.catchUp()
        .then(
          () => {
            if (failing) this.options.onRecovered?.(this.options.feed);
            failing = false;
          },
          (error) => {
            // Once per outage: a producer that is down for a minute is one line, not 240.
            if (!failing) this.options.onError?.(error, this.options.feed);
            failing = true;
          },
        )
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollIntervalMs ?? 250);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
