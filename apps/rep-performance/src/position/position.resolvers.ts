import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { PositionEntity } from './position.entity';

export const positionResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    positions: (_parent, _args, { dataSource }) => dataSource.getRepository(PositionEntity).find({ order: { title: 'ASC' } }),
  },
  Mutation: {
    createPosition: (_parent, { input }, { viewer, services }) => services.positions.createPosition(viewer, input),
  },
  Position: {
    reportsTo: (position, _args, { loaders }) => (position.reportsToId ? loaders.position.load(position.reportsToId) : null),
  },
};
