import salesRepSdl from './sales-rep/sales-rep.graphql';
import teamSdl from './team/team.graphql';

/** Every SDL file of this subgraph; the compose tool and a contract test check none is missing. */
export const typeDefs = [teamSdl, salesRepSdl];
