/** Types of the whole federated API for clients and end-to-end tests, generated from schema.graphql. */
export * from './salesgraph.generated';
