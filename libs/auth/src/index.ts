export * from './viewer';
export * from './token';
