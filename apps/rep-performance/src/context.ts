import { Viewer } from '@salesgraph/auth';
import { byIdLoader, childListLoader, SubgraphContext } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { OrganisationService } from './organisation.service';
import { SalesRepRepository } from './sales-rep/sales-rep.repository';
import { TeamRepository } from './team/team.repository';

export function createServices(dataSource: DataSource) {
  return { organisation: new OrganisationService(dataSource) };
}

/** The organisation is visible to every signed-in user, so the loaders need no scope. */
export function createLoaders(dataSource: DataSource, _viewer: Viewer) {
  const reps = new SalesRepRepository(dataSource);
  const teams = new TeamRepository(dataSource);
  return {
    salesRep: byIdLoader((ids) => reps.findByIds(ids)),
    team: byIdLoader((ids) => teams.findByIds(ids)),
    teamMembers: childListLoader((teamIds) => reps.findByTeams(teamIds), (rep) => rep.teamId),
  };
}

export type RepPerformanceContext = SubgraphContext<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>>;
