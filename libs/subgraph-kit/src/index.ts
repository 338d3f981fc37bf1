export * from './context';
export * from './errors';
export * from './http-errors';
export * from './input-bounds';
export * from './merge-resolvers';
// The list helper is the one way to page (list.ts); pagination.ts holds its internals.
export { type Connection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';
export * from './query-limits';
export * from './scalars';
export * from './server';
export * from './run-subgraph';
export * from './subgraph-definition';
export * from './loaders';
export * from './input';
export * from './save-versioned';
export * from './idempotency';
export * from './periodic-jobs';
export * from './feature-module';
export * from './list';
