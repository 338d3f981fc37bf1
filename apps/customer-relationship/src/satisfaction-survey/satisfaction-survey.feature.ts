import { childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { SatisfactionSurveyEntity } from './satisfaction-survey.entity';
import satisfactionSurveySdl from './satisfaction-survey.graphql';
import { satisfactionSurveyResolvers } from './satisfaction-survey.resolvers';
import { SatisfactionSurveyService } from './satisfaction-survey.service';

/** Customers' satisfaction surveys. */
export const satisfactionSurveyFeature = defineFeature({
  name: 'satisfaction-survey',
  typeDefs: [satisfactionSurveySdl],
  resolvers: satisfactionSurveyResolvers,
  entities: [SatisfactionSurveyEntity],
  services: ({ dataSource, services }: ServiceDeps<{ customers: CustomerService }>) => ({
    surveys: new SatisfactionSurveyService(dataSource, services.customers),
  }),
  loaders: ({ services }: LoaderDeps<{ surveys: SatisfactionSurveyService }>) => ({
    surveys: childListLoader(
      (ids) => services.surveys.surveysOf(ids),
      (row) => row.customerId,
    ),
  }),
});
