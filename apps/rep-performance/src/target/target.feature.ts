import { OwnerKind } from '@salesgraph/domain';
import { defineFeature, groupedLoader, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { MarketSizeEntity, TargetEntity } from './target.entity';
import targetSdl from './target.graphql';
import { targetResolvers } from './target.resolvers';
import { TargetService } from './target.service';

/** Targets per owner and period, their splits down the organisation, and market sizes. */
export const targetFeature = defineFeature({
  name: 'target',
  typeDefs: [targetSdl],
  resolvers: targetResolvers,
  entities: [TargetEntity, MarketSizeEntity],
  services: ({ dataSource }: ServiceDeps) => ({ targets: new TargetService(dataSource) }),
  loaders: ({ services }: LoaderDeps<{ targets: TargetService }>) => ({
    /** Every target of owners of one kind: one fetch per kind. */
    targets: groupedLoader<OwnerKind, TargetEntity[]>(
      (kind) => kind,
      async (kind, ids) => {
        const found = await services.targets.findByOwners(kind, ids);
        return new Map(ids.map((id) => [id, found.filter((target) => target.ownerId === id)]));
      },
    ),
  }),
});
