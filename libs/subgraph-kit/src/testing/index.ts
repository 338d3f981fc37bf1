export * from './test-subgraph';
export * from './feature-layout';
