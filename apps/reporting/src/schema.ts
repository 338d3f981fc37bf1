import revenueSdl from './revenue/revenue.graphql';

/** Every SDL file of this subgraph; the compose tool and a contract test check none is missing. */
export const typeDefs = [revenueSdl];
