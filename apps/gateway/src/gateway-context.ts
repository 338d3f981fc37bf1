import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';

/** The verified caller and what the gateway sends subgraphs on their behalf. */
export interface GatewayContext {
  readonly viewer: Viewer;
  readonly requestId: string;
  /** The gateway's signed credential for this request: subgraphs accept nothing else. */
  readonly credential: string;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The client's X-Request-Id when it looks like one, so its logs and ours
 * line up; else a new one. It is signed into the credential, so it must not
 * carry anything a log line could be misled by.
 */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && REQUEST_ID.test(header) ? header : randomUUID();
}
