import { defineFeature, PeriodicJobDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { settingsFrom } from '../settings';
import lifecycleSdl from './lifecycle.graphql';
import { lifecycleResolvers } from './lifecycle.resolvers';
import { CustomerLifecycleService } from './lifecycle.service';

/** Customers becoming DORMANT and CHURNED without orders. */
export const lifecycleFeature = defineFeature({
  name: 'lifecycle',
  typeDefs: [lifecycleSdl],
  resolvers: lifecycleResolvers,
  services: ({ dataSource, env }: ServiceDeps) => {
    const settings = settingsFrom(env);
    return {
      lifecycle: new CustomerLifecycleService(dataSource, {
        dormantAfterDays: settings.customerDormantAfterDays,
        churnedAfterDays: settings.customerChurnedAfterDays,
      }),
    };
  },
  // Every process runs it, at start and then every CUSTOMER_LIFECYCLE_INTERVAL_MINUTES; it is idempotent and decides each customer under its lock.
  periodicJobs: ({ services, env }: PeriodicJobDeps<{ lifecycle: CustomerLifecycleService }>) => [
    { name: 'customer lifecycle', intervalMs: settingsFrom(env).customerLifecycleIntervalMinutes * 60_000, run: () => services.lifecycle.run() },
  ],
});
