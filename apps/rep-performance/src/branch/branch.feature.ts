import { byIdLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { BranchEntity } from './branch.entity';
import branchSdl from './branch.graphql';
import { BranchRepository } from './branch.repository';
import { branchResolvers } from './branch.resolvers';
import { BranchService } from './branch.service';

/** Regional branches and their heads; it brings the root types every feature extends, as the first feature with SDL. */
export const branchFeature = defineFeature({
  name: 'branch',
  typeDefs: [branchSdl],
  resolvers: branchResolvers,
  entities: [BranchEntity],
  services: ({ dataSource }: ServiceDeps) => ({ branches: new BranchService(dataSource) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const branches = new BranchRepository(dataSource);
    return { branch: byIdLoader((ids) => branches.findByIds(ids)) };
  },
  headedBranch: (dataSource, repId) => new BranchRepository(dataSource).headedBranch(repId),
});
