export * from './data-source';
export * from './migrate';
export * from './column-types';
export * from './query-counting-logger';
export * from './optimistic-update';
export * from './migration-helpers';
export * from './keyset';
