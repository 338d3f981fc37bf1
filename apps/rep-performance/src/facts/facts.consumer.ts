import { FeedConsumer, HttpFeedSource } from '@salesgraph/events';
import { ConsumerDeps, feedUrl } from '@salesgraph/subgraph-kit';
import { factsProjection } from './facts.projection';

export const CUSTOMER_RELATIONSHIP_FEED = 'customer-relationship';

/** Keeps the KPI facts in step with customer-relationship's feed. */
export function factsConsumer(deps: ConsumerDeps): FeedConsumer {
  return new FeedConsumer({
    feed: CUSTOMER_RELATIONSHIP_FEED,
    source: new HttpFeedSource(feedUrl(deps.env, CUSTOMER_RELATIONSHIP_FEED, 4001), deps.serviceToken),
    dataSource: deps.dataSource,
    handlers: factsProjection,
    onError: deps.onError,
    onRecovered: deps.onRecovered,
  });
}
