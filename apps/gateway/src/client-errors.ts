import { isClientErrorCode } from '@salesgraph/subgraph-kit';
import { GraphQLFormattedError } from 'graphql';

/**
 * What a client may see of an error. Input, auth and validation errors pass
 * with their message and field (every invalid field of an input in `problems`, a
 * CONFLICT with the record's current version); anything else (a dead subgraph, a bug) is
 * reduced to which service failed: no internal URL, stack or subgraph body.
 */
export function clientError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = extensions['code'];
  const serviceName = typeof extensions['serviceName'] === 'string' ? extensions['serviceName'] : undefined;
  if (code === 'SERVICE_UNAVAILABLE' && serviceName) {
    return { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code, serviceName } };
  }
  if (isClientErrorCode(code)) {
    const field = extensions['field'];
    const currentVersion = extensions['currentVersion'];
    const problems = extensions['problems'];
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code,
        ...(field !== undefined ? { field } : {}),
        ...(Array.isArray(problems) ? { problems } : {}),
        ...(typeof currentVersion === 'number' ? { currentVersion } : {}),
      },
    };
  }
  return {
    message: serviceName ? `The ${serviceName} service could not answer this part of the request` : 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: serviceName ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', ...(serviceName ? { serviceName } : {}) },
  };
}
