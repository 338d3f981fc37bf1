export * from './demo-data';
export * from './seed-demo';
export * from './performance-demo-data';
