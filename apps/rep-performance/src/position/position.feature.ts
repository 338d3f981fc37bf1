import { byIdLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { PositionEntity } from './position.entity';
import positionSdl from './position.graphql';
import { PositionRepository } from './position.repository';
import { positionResolvers } from './position.resolvers';
import { PositionService } from './position.service';

/** Positions and their job descriptions. */
export const positionFeature = defineFeature({
  name: 'position',
  typeDefs: [positionSdl],
  resolvers: positionResolvers,
  entities: [PositionEntity],
  services: ({ dataSource }: ServiceDeps) => ({ positions: new PositionService(dataSource) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const positions = new PositionRepository(dataSource);
    return { position: byIdLoader((ids) => positions.findByIds(ids)) };
  },
});
