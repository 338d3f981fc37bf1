export * from './revenue-read-model';
