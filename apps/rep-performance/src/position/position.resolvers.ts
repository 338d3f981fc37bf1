import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const positionResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    positions: (_parent, _args, { services }) => services.positions.allPositions(),
  },
  Mutation: {
    createPosition: (_parent, { input }, { viewer, services }) => services.positions.createPosition(viewer, input),
  },
  Position: {
    reportsTo: (position, _args, { loaders }) => (position.reportsToId ? loaders.position.load(position.reportsToId) : null),
  },
};
