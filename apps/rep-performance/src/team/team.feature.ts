import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { TeamEntity } from './team.entity';
import teamSdl from './team.graphql';
import { TeamRepository } from './team.repository';
import { teamResolvers } from './team.resolvers';
import { TeamService } from './team.service';

/** Sales teams: their manager and the branch they sit under. */
export const teamFeature = defineFeature({
  name: 'team',
  typeDefs: [teamSdl],
  resolvers: teamResolvers,
  entities: [TeamEntity],
  services: ({ dataSource }: ServiceDeps) => ({ teams: new TeamService(dataSource) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const teams = new TeamRepository(dataSource);
    return {
      team: byIdLoader((ids) => teams.findByIds(ids)),
      branchTeams: childListLoader(
        (branchIds) => teams.findByBranches(branchIds),
        (team) => team.branchId ?? '',
      ),
    };
  },
});
