import { defineFeature } from '@salesgraph/subgraph-kit';
import viewerSdl from './viewer.graphql';
import { viewerResolvers } from './viewer.resolvers';

/** The signed-in user, for screens: who, where, whose rows and what they may do. */
export const viewerFeature = defineFeature({
  name: 'viewer',
  typeDefs: [viewerSdl],
  resolvers: viewerResolvers,
});
