import { childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { KeyAccountFundEntryEntity } from './key-account-fund-entry.entity';
import keyAccountFundSdl from './key-account-fund.graphql';
import { keyAccountFundResolvers } from './key-account-fund.resolvers';
import { KeyAccountFundService } from './key-account-fund.service';

/** A key account's fund: its budget and what was spent of it. */
export const keyAccountFundFeature = defineFeature({
  name: 'key-account-fund',
  typeDefs: [keyAccountFundSdl],
  resolvers: keyAccountFundResolvers,
  entities: [KeyAccountFundEntryEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    keyAccountFunds: new KeyAccountFundService(dataSource, services.customers),
  }),
  loaders: ({ services }: LoaderDeps<{ keyAccountFunds: KeyAccountFundService }>) => ({
    keyAccountFundEntries: childListLoader(
      (ids) => services.keyAccountFunds.entriesOf(ids),
      (row) => row.customerId,
    ),
  }),
});
