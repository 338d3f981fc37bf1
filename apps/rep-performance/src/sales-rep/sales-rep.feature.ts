import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { SalesRepEntity } from './sales-rep.entity';
import salesRepSdl from './sales-rep.graphql';
import { SalesRepRepository } from './sales-rep.repository';
import { salesRepResolvers } from './sales-rep.resolvers';
import { SalesRepService } from './sales-rep.service';

/** The sales force: reps, their teams' members, their discount authority, position and status. */
export const salesRepFeature = defineFeature({
  name: 'sales-rep',
  typeDefs: [salesRepSdl],
  resolvers: salesRepResolvers,
  entities: [SalesRepEntity],
  services: ({ dataSource }: ServiceDeps) => ({ salesReps: new SalesRepService(dataSource) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const reps = new SalesRepRepository(dataSource);
    return {
      salesRep: byIdLoader((ids) => reps.findByIds(ids)),
      teamMembers: childListLoader(
        (teamIds) => reps.findByTeams(teamIds),
        (rep) => rep.teamId,
      ),
    };
  },
});
