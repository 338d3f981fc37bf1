/**
 * The graph's client package: the types of the whole federated API, a typed
 * document (TypedDocumentNode) for every operation in an app's or tool's
 * operations/ folder, generated from schema.graphql by `npm run codegen`, and
 * a small fetch client that sends them.
 */
export * from './generated/graphql';
export * from './client';
export * from './scalars';
