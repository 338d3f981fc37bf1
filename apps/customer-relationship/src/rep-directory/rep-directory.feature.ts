import { defineFeature } from '@salesgraph/subgraph-kit';
import { RepDirectoryEntity } from './rep-directory.entity';
import { repDirectoryProjection } from './rep-directory.projection';
import { RepDirectoryRepository } from './rep-directory.repository';

/** Which team and branch each rep is in, as rep-performance announces it: the row scope and owner checks of every other feature. */
export const repDirectoryFeature = defineFeature({
  name: 'rep-directory',
  entities: [RepDirectoryEntity],
  projections: [{ feed: 'rep-performance', defaultPort: 4002, handlers: repDirectoryProjection }],
  headedBranch: (dataSource, repId) => new RepDirectoryRepository(dataSource).headedBranch(repId),
});
