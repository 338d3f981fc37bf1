import { Viewer } from '@salesgraph/auth';

/** The verified caller, whose token is forwarded to every subgraph. */
export interface GatewayContext {
  readonly viewer: Viewer;
  readonly token: string;
  readonly requestId: string;
}
