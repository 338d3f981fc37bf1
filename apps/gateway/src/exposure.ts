/** The setting that lets a development gateway answer the Apollo-Query-Plan-Experimental request header. */
export const EXPOSE_QUERY_PLANS_VARIABLE = 'EXPOSE_QUERY_PLANS';

/**
 * Whether the gateway returns query plans to clients that ask. Apollo's
 * gateway does so whenever NODE_ENV is not "production", which `npm start`
 * and a forgotten variable both are; here it takes EXPOSE_QUERY_PLANS=true,
 * and a production gateway refuses to start with it rather than leak plans.
 * Stack traces and internal detail are never shown, in any mode.
 */
export function exposeQueryPlans(env: NodeJS.ProcessEnv): boolean {
  const setting = env[EXPOSE_QUERY_PLANS_VARIABLE];
  if (setting === undefined || setting === '' || setting === 'false') return false;
  if (setting !== 'true') throw new Error(`${EXPOSE_QUERY_PLANS_VARIABLE} must be "true" or "false", not "${setting}"`);
  if (env['NODE_ENV'] === 'production') {
    throw new Error(`${EXPOSE_QUERY_PLANS_VARIABLE}=true is for development: a production gateway (NODE_ENV=production) never shows query plans`);
  }
  return true;
}
