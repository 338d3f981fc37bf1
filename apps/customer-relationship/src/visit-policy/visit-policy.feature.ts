import { defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { VisitPolicyEntity } from './visit-policy.entity';
import visitPolicySdl from './visit-policy.graphql';
import { visitPolicyResolvers } from './visit-policy.resolvers';
import { VisitPolicyService } from './visit-policy.service';

/** How often each customer class is to be visited. */
export const visitPolicyFeature = defineFeature({
  name: 'visit-policy',
  typeDefs: [visitPolicySdl],
  resolvers: visitPolicyResolvers,
  entities: [VisitPolicyEntity],
  services: ({ dataSource }: ServiceDeps) => ({ visitPolicies: new VisitPolicyService(dataSource) }),
  loaders: ({ services }: LoaderDeps<{ visitPolicies: VisitPolicyService }>) => {
    let policies: Promise<Map<string, VisitPolicyEntity>> | undefined;
    return {
      /** The four class policies, read once per request. */
      visitPolicies: () => (policies ??= services.visitPolicies.list().then((rows) => new Map(rows.map((row) => [row.class, row])))),
    };
  },
});
