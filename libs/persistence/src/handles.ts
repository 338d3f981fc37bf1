import { DataSource, EntityManager } from 'typeorm';

/**
 * What a service holds of its subgraph's database: a handle to open
 * transactions with (transact, saveVersioned) and to give to repositories.
 * Services and resolvers never query through it; lint keeps every query in a
 * repository (docs/architecture.md#data-access).
 */
export type Database = DataSource;

/** An open transaction, as `transact` hands it to its work: passed on to repositories and the outbox. */
export type Transaction = EntityManager;
