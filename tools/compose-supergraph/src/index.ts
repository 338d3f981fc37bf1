export * from './compose';
export * from './subgraph-sdl';
