import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { REQUEST_TIMEOUT_HEADER } from '@salesgraph/subgraph-kit';
import { GatewayContext } from './gateway-context';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** A subgraph's refusal of the client's input, to hand on as its errors rather than as a failed call. */
class SubgraphRefusedInput extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super('the subgraph refused the input');
  }
}

/**
 * Calls a subgraph with the gateway's credential for this request (the
 * verified viewer and the request id, signed) and gives up after `timeoutMs`,
 * so a slow or dead subgraph costs its fields, not the whole request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    name: string,
    url: string,
    timeoutMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {
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
    this.timeoutMs = timeoutMs;
  }

  readonly name: string;
  private readonly timeoutMs: number;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('credential' in context)) return;
    headers.set('authorization', `Bearer ${context.credential}`);
    headers.set('x-request-id', context.requestId);
    // The subgraph stops short of this, so it never commits a write after the gateway has told the client it failed.
    headers.set(REQUEST_TIMEOUT_HEADER, String(this.timeoutMs));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      // The gateway then reports these as the subgraph's errors for its fields, code, message and argument path kept.
      if (error instanceof SubgraphRefusedInput) return { errors: error.errors };
      throw error;
    }
  }

  /**
   * A subgraph answers 400 when it refuses the request before running it. The
   * gateway treats Money, DateTime and text lengths as opaque, so a subgraph's
   * BAD_USER_INPUT is the client's to see. Any other refusal (our credential,
   * a document the subgraph does not know) is the gateway's fault: logged
   * here, shown to the client only as this service failing.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = await this.parseBody(response);
    const errors =
      typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors)
        ? (body as { errors: GraphQLFormattedError[] }).errors
        : [];
    if (response.status === 400 && errors.length > 0 && errors.every((error) => error.extensions?.['code'] === 'BAD_USER_INPUT')) {
      return new SubgraphRefusedInput(errors);
    }
    const detail = errors.map((error) => error.message).join('; ') || (typeof body === 'string' ? body.slice(0, 200) : '');
    this.log(`${this.name} answered ${response.status}: ${detail}`);
    return new GraphQLError(`The ${this.name} service could not answer this part of the request`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: this.name },
    });
  }
}
