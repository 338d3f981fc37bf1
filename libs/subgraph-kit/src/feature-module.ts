import { Viewer } from '@salesgraph/auth';
import { ConsumerCheckpointEntity, EventHandlers, FeedConsumer, HttpFeedSource, OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { IdempotencyKeyEntity, SubgraphDatabase } from '@salesgraph/persistence';
import { DataSource } from 'typeorm';
import { mergeResolvers } from './merge-resolvers';
import { PeriodicJob } from './periodic-jobs';
import { ConsumerDeps, feedUrl, PeriodicJobDeps, SubgraphDefinition } from './subgraph-definition';

// TypeORM takes entity and migration classes as plain constructors.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

/** What a feature's services are made of, once per process. `services` holds those of the features listed before it. */
export interface ServiceDeps<TNeeds = unknown> {
  readonly dataSource: DataSource;
  readonly env: NodeJS.ProcessEnv;
  readonly services: TNeeds;
}

/** What a feature's loaders are made of, per request. `loaders` holds those of the features listed before it. */
export interface LoaderDeps<TServices = unknown, TLoaders = unknown> {
  readonly dataSource: DataSource;
  readonly viewer: Viewer;
  readonly services: TServices;
  readonly loaders: TLoaders;
}

/** Events of another subgraph's feed that a feature folds into its own tables (docs/architecture.md#events). */
export interface FeedProjection {
  /** The producing subgraph: its feed's name and checkpoint key. */
  readonly feed: string;
  /** Where the producer listens when `<PRODUCER>_FEED_URL` is not set. */
  readonly defaultPort: number;
  readonly handlers: EventHandlers;
}

/**
 * One feature folder as the subgraph sees it: everything the feature adds, so
 * adding a feature is its folder plus one line in the app's subgraph.ts
 * (docs/architecture.md#adding-a-feature).
 */
export interface FeatureModule<TServices extends object = object, TLoaders extends object = object> {
  /** The folder's name. */
  readonly name: string;
  readonly typeDefs?: readonly string[];
  readonly resolvers?: object;
  readonly entities?: readonly Constructor[];
  /** The migrations that create and change its tables (TypeORM runs every feature's in timestamp order). */
  readonly migrations?: readonly Constructor[];
  readonly services?: (deps: ServiceDeps<any>) => TServices; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly loaders?: (deps: LoaderDeps<any, any>) => TLoaders; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly projections?: readonly FeedProjection[];
  readonly periodicJobs?: (deps: PeriodicJobDeps<any>) => PeriodicJob[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** See SubgraphDefinition.headedBranch: at most one feature of a subgraph answers it. */
  readonly headedBranch?: (dataSource: DataSource, repId: string) => Promise<string | null>;
}

/** Declares a feature; only for its inferred types. */
export function defineFeature<TServices extends object = object, TLoaders extends object = object>(
  feature: FeatureModule<TServices, TLoaders>,
): FeatureModule<TServices, TLoaders> {
  return feature;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFeature = FeatureModule<any, any>;
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;
type ServicesOfFeature<F> = F extends FeatureModule<infer S, object> ? S : never;
type LoadersOfFeature<F> = F extends FeatureModule<object, infer L> ? L : never;

/** Every service of a subgraph: what its features' `services` return, together. */
export type ServicesOf<F extends readonly AnyFeature[]> = UnionToIntersection<ServicesOfFeature<F[number]>>;
/** Every loader of a subgraph's requests. */
export type LoadersOf<F extends readonly AnyFeature[]> = UnionToIntersection<LoadersOfFeature<F[number]>>;

export interface SubgraphPlan<F extends readonly AnyFeature[]> {
  readonly name: string;
  readonly defaultPort: number;
  /** In dependency order: a feature's services and loaders may use those of the features before it. */
  readonly features: F;
  /** The subgraph's own SDL, before its features': the root types they extend. */
  readonly typeDefs?: readonly string[];
  /** Serve this subgraph's outbox at GET /events (its tables come with it). */
  readonly producesFeed?: boolean;
  /** Its mutations take idempotency keys (`idempotent`): the keys' table comes with it. */
  readonly idempotentWrites?: boolean;
}

/** The running subgraph's definition, made of its features. */
export function composeSubgraph<F extends readonly AnyFeature[]>(plan: SubgraphPlan<F>): SubgraphDefinition<LoadersOf<F>, ServicesOf<F>> {
  const { features } = plan;
  refuseDuplicateNames(features);
  const projections = features.flatMap((feature) => feature.projections ?? []);
  const heads = features.filter((feature) => feature.headedBranch);
  if (heads.length > 1) throw new Error(`${plan.name}: only one feature may answer headedBranch, not ${heads.map((feature) => feature.name).join(' and ')}`);
  const database: SubgraphDatabase = {
    subgraph: plan.name,
    entities: [
      ...features.flatMap((feature) => feature.entities ?? []),
      ...(plan.idempotentWrites ? [IdempotencyKeyEntity] : []),
      ...(plan.producesFeed ? [OutboxEventEntity, OutboxSequenceEntity] : []),
      ...(projections.length ? [ConsumerCheckpointEntity] : []),
    ],
    migrations: inTimestampOrder(features.flatMap((feature) => feature.migrations ?? [])),
  };
  return {
    name: plan.name,
    defaultPort: plan.defaultPort,
    typeDefs: [...(plan.typeDefs ?? []), ...features.flatMap((feature) => feature.typeDefs ?? [])],
    resolvers: mergeResolvers(...features.flatMap((feature) => (feature.resolvers ? [feature.resolvers as Record<string, unknown>] : []))),
    database,
    producesFeed: plan.producesFeed,
    headedBranch: heads[0]?.headedBranch,
    createServices: (dataSource, env = process.env) =>
      buildInOrder(plan.name, 'services', features, (feature, services) => feature.services?.({ dataSource, env, services })) as ServicesOf<F>,
    createLoaders: (dataSource, viewer, services) =>
      buildInOrder(plan.name, 'loaders', features, (feature, loaders) => feature.loaders?.({ dataSource, viewer, services, loaders })) as LoadersOf<F>,
    consumers: projections.length ? (deps) => feedConsumers(projections, deps) : undefined,
    periodicJobs: (deps) => features.flatMap((feature) => feature.periodicJobs?.(deps) ?? []),
  };
}

/** TypeORM's rule: a migration's class name ends in its timestamp, the order migrations run in. */
function inTimestampOrder(migrations: readonly Constructor[]): Constructor[] {
  const stamped = migrations.map((migration) => {
    const timestamp = /(\d{13})$/.exec(migration.name)?.[1];
    if (!timestamp) throw new Error(`migration ${migration.name} does not end in its 13-digit timestamp`);
    return { migration, at: Number(timestamp) };
  });
  return stamped.sort((a, b) => a.at - b.at).map(({ migration }) => migration);
}

function refuseDuplicateNames(features: readonly AnyFeature[]): void {
  const seen = new Set<string>();
  for (const { name } of features) {
    if (seen.has(name)) throw new Error(`feature ${name} is listed twice`);
    seen.add(name);
  }
}

/**
 * Builds each feature's part in list order into one object. A feature that
 * reaches for a part no earlier feature made fails at start-up with the names
 * to fix, rather than meeting undefined on its first request.
 */
function buildInOrder(
  subgraph: string,
  part: 'services' | 'loaders',
  features: readonly AnyFeature[],
  build: (feature: AnyFeature, earlier: object) => object | undefined,
): object {
  const built: Record<string, unknown> = {};
  for (const feature of features) {
    const earlier = new Proxy(built, {
      get(target, key) {
        if (typeof key === 'string' && !(key in target)) {
          throw new Error(`${subgraph}: feature ${feature.name} uses ${part}.${key}, which no feature listed before it provides`);
        }
        return target[key as string];
      },
    });
    for (const [key, value] of Object.entries(build(feature, earlier) ?? {})) {
      if (key in built) throw new Error(`${subgraph}: feature ${feature.name} provides ${part}.${key} again`);
      built[key] = value;
    }
  }
  return built;
}

type AnyHandler = (...args: unknown[]) => Promise<void>;

/**
 * One consumer per producer's feed (one checkpoint), with the handlers of
 * every feature that reads it, run in list order in the event's transaction.
 * A version counts as read only when every feature reading its type reads it:
 * otherwise the consumer stops at it, as for a version nobody reads, instead
 * of one read model silently passing it over.
 */
export function mergeProjections(projections: readonly FeedProjection[]): Map<string, { defaultPort: number; handlers: EventHandlers }> {
  const byFeed = new Map<string, FeedProjection[]>();
  for (const projection of projections) byFeed.set(projection.feed, [...(byFeed.get(projection.feed) ?? []), projection]);
  return new Map(
    [...byFeed].map(([feed, readers]) => {
      const handlers: Record<string, Record<string, AnyHandler>> = {};
      const types = new Set(readers.flatMap((reader) => Object.keys(reader.handlers)));
      for (const type of types) {
        const byReader = readers.flatMap((reader) => {
          const versions = (reader.handlers as Record<string, Record<string, AnyHandler> | undefined>)[type];
          return versions ? [versions] : [];
        });
        const shared = Object.keys(byReader[0]).filter((version) => byReader.every((versions) => versions[version]));
        handlers[type] = Object.fromEntries(
          shared.map((version) => [
            version,
            async (...args: unknown[]) => {
              for (const versions of byReader) await versions[version](...args);
            },
          ]),
        );
      }
      return [feed, { defaultPort: readers[0].defaultPort, handlers: handlers as EventHandlers }];
    }),
  );
}

function feedConsumers(projections: readonly FeedProjection[], deps: ConsumerDeps): FeedConsumer[] {
  return [...mergeProjections(projections)].map(
    ([feed, { defaultPort, handlers }]) =>
      new FeedConsumer({
        feed,
        source: new HttpFeedSource(feedUrl(deps.env, feed, defaultPort), deps.serviceToken),
        dataSource: deps.dataSource,
        handlers,
        onError: deps.onError,
        onRecovered: deps.onRecovered,
      }),
  );
}
