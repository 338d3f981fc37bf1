export * from './dev-files';
export * from './processes';
