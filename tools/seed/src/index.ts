export * from './demo-data';
export * from './graphql-client';
export * from './seed-demo';
export * from './performance-demo-data';
