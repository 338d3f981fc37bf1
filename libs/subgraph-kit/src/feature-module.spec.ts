import { EventHandlers } from '@salesgraph/events';
import { DataSource } from 'typeorm';
import { composeSubgraph, defineFeature, LoaderDeps, mergeProjections, ServiceDeps } from './feature-module';

class Counter {
  constructor(readonly start: number) {}
}
class Doubler {
  constructor(readonly counter: Counter) {}
}
class First1700000000002 {}
class Second1700000000001 {}

const dataSource = {} as DataSource;
const viewer = { subject: 'ann', role: 'REP' as const };

const counting = defineFeature({
  name: 'counting',
  typeDefs: ['type Query { count: Int }'],
  resolvers: { Query: { count: () => 1 } },
  migrations: [First1700000000002],
  services: ({ env }: ServiceDeps) => ({ counter: new Counter(Number(env['START'] ?? 0)) }),
  loaders: ({ viewer }: LoaderDeps) => ({ who: () => viewer.subject }),
});
const doubling = defineFeature({
  name: 'doubling',
  typeDefs: ['extend type Query { double: Int }'],
  resolvers: { Query: { double: () => 2 } },
  migrations: [Second1700000000001],
  services: ({ services }: ServiceDeps<{ counter: Counter }>) => ({ doubler: new Doubler(services.counter) }),
  loaders: ({ loaders }: LoaderDeps<unknown, { who: () => string }>) => ({ shout: () => loaders.who().toUpperCase() }),
});

describe('composeSubgraph', () => {
  const subgraph = composeSubgraph({ name: 'demo', defaultPort: 4999, features: [counting, doubling] as const });

  it('makes one subgraph of its features: SDL in list order, merged resolvers, migrations in timestamp order', () => {
    expect(subgraph.typeDefs).toEqual(['type Query { count: Int }', 'extend type Query { double: Int }']);
    expect(Object.keys((subgraph.resolvers as { Query: object }).Query)).toEqual(['count', 'double']);
    expect(subgraph.database.migrations).toEqual([Second1700000000001, First1700000000002]);
    expect(subgraph.database.entities).toEqual([]);
    expect(subgraph.consumers).toBeUndefined();
  });

  it('builds services and loaders in list order, each feature given those of the features before it', () => {
    const services = subgraph.createServices(dataSource, { START: '5' });
    expect(services.doubler.counter).toBe(services.counter);
    expect(services.counter.start).toBe(5);
    expect(subgraph.createLoaders(dataSource, viewer, services).shout()).toBe('ANN');
  });

  it('fails at start-up, naming both, when a feature uses a service no feature before it provides', () => {
    const backwards = composeSubgraph({ name: 'demo', defaultPort: 4999, features: [doubling, counting] as const });
    expect(() => backwards.createServices(dataSource, {})).toThrow('demo: feature doubling uses services.counter, which no feature listed before it provides');
  });

  it('refuses a feature listed twice and a service provided twice', () => {
    expect(() => composeSubgraph({ name: 'demo', defaultPort: 4999, features: [counting, counting] })).toThrow('feature counting is listed twice');
    const again = defineFeature({ name: 'again', services: () => ({ counter: new Counter(1) }) });
    expect(() => composeSubgraph({ name: 'demo', defaultPort: 4999, features: [counting, again] }).createServices(dataSource, {})).toThrow(
      'demo: feature again provides services.counter again',
    );
  });

  it('refuses a migration whose class name does not end in its timestamp', () => {
    class Unstamped {}
    expect(() => composeSubgraph({ name: 'demo', defaultPort: 4999, features: [defineFeature({ name: 'x', migrations: [Unstamped] })] })).toThrow(
      'migration Unstamped does not end in its 13-digit timestamp',
    );
  });
});

describe('mergeProjections', () => {
  const calls: string[] = [];
  const handler = (who: string) => async () => void calls.push(who);
  const revenue = { SalesRepRegistered: { 1: handler('revenue v1'), 2: handler('revenue v2') } } as EventHandlers;
  const directory = { SalesRepRegistered: { 1: handler('directory v1') }, TeamCreated: { 1: handler('directory team') } } as unknown as EventHandlers;

  it('gives each feed one set of handlers, running every reader of a version in list order', async () => {
    const merged = mergeProjections([
      { feed: 'rep-performance', defaultPort: 4002, handlers: revenue },
      { feed: 'rep-performance', defaultPort: 4002, handlers: directory },
    ]);
    expect([...merged.keys()]).toEqual(['rep-performance']);
    const handlers = merged.get('rep-performance')?.handlers as Record<string, Record<string, (...args: unknown[]) => Promise<void>>>;
    await handlers['SalesRepRegistered'][1]();
    await handlers['TeamCreated'][1]();
    expect(calls).toEqual(['revenue v1', 'directory v1', 'directory team']);
    // v2 is read by one of the two readers of the type: the consumer must stop at it rather than let the other pass it over.
    expect(Object.keys(handlers['SalesRepRegistered'])).toEqual(['1']);
  });
});
