export * from './contracts';
export * from './outbox.entity';
export * from './outbox';
export * from './outbox.migration';
export * from './feed-source';
export * from './feed-consumer';
