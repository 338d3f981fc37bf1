import { defineFeature, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { SuccessCaseEntity } from './success-case.entity';
import successCaseSdl from './success-case.graphql';
import { successCaseResolvers } from './success-case.resolvers';
import { SuccessCaseService } from './success-case.service';

/** Success cases reps submit for others to learn from. */
export const successCaseFeature = defineFeature({
  name: 'success-case',
  typeDefs: [successCaseSdl],
  resolvers: successCaseResolvers,
  entities: [SuccessCaseEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    successCases: new SuccessCaseService(dataSource, services.customers),
  }),
});
