import { clientError } from './client-errors';

describe('clientError', () => {
  it('keeps input errors with their message and field', () => {
    expect(
      clientError({
        message: 'total must be greater than zero',
        path: ['recordOrder'],
        extensions: { code: 'BAD_USER_INPUT', field: 'input.total', serviceName: 'customer-relationship' },
      }),
    ).toEqual({ message: 'total must be greater than zero', path: ['recordOrder'], extensions: { code: 'BAD_USER_INPUT', field: 'input.total' } });
  });

  it('keeps every invalid field of an input, for a form to mark them all', () => {
    const problems = [
      { field: 'input.name', message: 'name is required' },
      { field: 'input.email', message: '"x" is not an email address' },
    ];
    expect(
      clientError({ message: 'name is required (and 1 more: input.email)', extensions: { code: 'BAD_USER_INPUT', field: 'input.name', problems } }).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name', problems });
  });

  it('keeps the current version of a record changed meanwhile, so a client can reload without parsing the message', () => {
    expect(
      clientError({
        message: 'contact c1 was changed by someone else (now version 3): reload and try again',
        path: ['updateContact'],
        extensions: { code: 'CONFLICT', currentVersion: 3, serviceName: 'customer-relationship' },
      }).extensions,
    ).toEqual({ code: 'CONFLICT', currentVersion: 3 });
  });

  it('says which service is down but not where it lives', () => {
    const error = clientError({
      message: 'The reporting service is unreachable',
      path: ['a'],
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' },
    });
    expect(error).toEqual({
      message: 'The reporting service is unreachable',
      path: ['a'],
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' },
    });
  });

  it('reduces an internal error from a subgraph to the service name, without its body or stack', () => {
    const error = clientError({
      message: 'request to http://10.0.0.5:4003/graphql failed: ECONNRESET',
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'reporting', stacktrace: ['at x (/srv/app.js:1)'], response: { body: 'secret' } },
    });
    expect(JSON.stringify(error)).not.toMatch(/10\.0\.0\.5|ECONNRESET|stacktrace|secret/);
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' });
  });

  it('reduces an unknown gateway error to a plain internal error', () => {
    expect(clientError({ message: 'Cannot read properties of undefined', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
