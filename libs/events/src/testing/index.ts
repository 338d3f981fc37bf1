export * from './revenue-read-model';
export * from './order-lives';
