import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { GatewayContext } from './gateway-context';

/**
 * Calls a subgraph with the gateway's credential for this request (the
 * verified viewer and the request id, signed) and gives up after `timeoutMs`,
 * so a slow or dead subgraph costs its fields, not the whole request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(name: string, url: string, timeoutMs: number) {
    super({
      url,
      fetcher: (async (input: string, init: RequestInit) => {
        try {
          return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        } catch (error) {
          // Refused, reset or timed out: say which service, never where it lives.
          const reason = (error as Error).name === 'TimeoutError' ? `did not answer within ${timeoutMs} ms` : 'is unreachable';
          throw new GraphQLError(`The ${name} service ${reason}`, { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: name } });
        }
      }) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.name = name;
  }

  readonly name: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('credential' in context)) return;
    headers.set('authorization', `Bearer ${context.credential}`);
    headers.set('x-request-id', context.requestId);
  }
}
