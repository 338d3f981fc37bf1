import { Viewer } from '@salesgraph/auth';
import { FeedConsumer } from '@salesgraph/events';
import { SubgraphDatabase } from '@salesgraph/persistence';
import { DataSource } from 'typeorm';
import { PeriodicJob } from './periodic-jobs';

/** Everything that makes a subgraph app: the kit turns it into a running server. */
export interface SubgraphDefinition<TLoaders = unknown, TServices = unknown> {
  /** kebab-case name: the supergraph's subgraph name and the prefix of its settings. */
  readonly name: string;
  readonly defaultPort: number;
  /** The feature SDL files, without the kit's common SDL. */
  readonly typeDefs: readonly string[];
  readonly resolvers: object;
  readonly database: SubgraphDatabase;
  readonly createServices: (dataSource: DataSource, env?: NodeJS.ProcessEnv) => TServices;
  /** Per request; it may batch through the process's services rather than build its own. */
  readonly createLoaders: (dataSource: DataSource, viewer: Viewer, services: TServices) => TLoaders;
  /**
   * The branch a rep heads, as this subgraph's own records know it: a token's branch claim stands only when they
   * agree (withConfirmedBranch). A subgraph without it drops every branch claim.
   */
  readonly headedBranch?: (dataSource: DataSource, repId: string) => Promise<string | null>;
  /** Serve this subgraph's outbox at GET /events. */
  readonly producesFeed?: boolean;
  /** The feeds this subgraph consumes, built once the database is ready. */
  readonly consumers?: (deps: ConsumerDeps) => FeedConsumer[];
  /**
   * Work done on a timer by every process of this subgraph (started with the
   * consumers, stopped with the server): each job idempotent and safe with
   * several replicas running it at once.
   */
  readonly periodicJobs?: (deps: PeriodicJobDeps<TServices>) => PeriodicJob[];
}

export interface PeriodicJobDeps<TServices = unknown> {
  readonly dataSource: DataSource;
  readonly services: TServices;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
}

export interface ConsumerDeps {
  readonly dataSource: DataSource;
  /** A fresh service token for calling a producer's feed. */
  readonly serviceToken: () => string;
  readonly env: NodeJS.ProcessEnv;
  /** Once when a feed fails (unreachable, retried) or blocks at an event (a ConsumerBlockedError). */
  readonly onError: (error: unknown, feed: string) => void;
  /** Once when that is over. */
  readonly onRecovered: (feed: string, was: 'retrying' | 'blocked') => void;
}

/** `customer-relationship` → `CUSTOMER_RELATIONSHIP`, the prefix of its settings. */
export function settingPrefix(subgraph: string): string {
  return subgraph.toUpperCase().replace(/-/g, '_');
}

/** Where a producer's feed is: `<PRODUCER>_FEED_URL`, else the producer's default local port. */
export function feedUrl(env: NodeJS.ProcessEnv, producer: string, defaultPort: number): string {
  return env[`${settingPrefix(producer)}_FEED_URL`] ?? `http://127.0.0.1:${defaultPort}/events`;
}
