import { Viewer } from '@salesgraph/auth';
import { DataSource } from 'typeorm';

/** What every resolver gets: the verified caller, the database and this request's DataLoaders. */
export interface SubgraphContext<TLoaders = unknown, TServices = unknown> {
  readonly viewer: Viewer;
  readonly requestId: string;
  readonly dataSource: DataSource;
  /** Created per request, so batching never leaks rows across callers. */
  readonly loaders: TLoaders;
  /** The subgraph's services, made once per process: rules and transactions. */
  readonly services: TServices;
}
