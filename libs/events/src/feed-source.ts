import { EventEnvelope } from './contracts';

/**
 * Where a consumer reads a producer's events from. The HTTP feed needs
 * nothing but the apps; a JetStream source can take its place at scale.
 */
export interface FeedSource {
  /** Events after `after`, oldest first, at most `limit`. */
  fetch(after: number, limit: number): Promise<EventEnvelope[]>;
}

/** Reads `GET <url>?after=&limit=` with a service token. */
export class HttpFeedSource implements FeedSource {
  constructor(
    private readonly url: string,
    private readonly token: () => string,
    private readonly timeoutMs = 5000,
  ) {}

  async fetch(after: number, limit: number): Promise<EventEnvelope[]> {
    const response = await fetch(`${this.url}?after=${after}&limit=${limit}`, {
      headers: { authorization: `Bearer ${this.token()}` },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`feed ${this.url} answered ${response.status}`);
    const body = (await response.json()) as { events: EventEnvelope[] };
    return body.events;
  }
}
