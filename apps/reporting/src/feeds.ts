import { FeedConsumer, HttpFeedSource } from '@salesgraph/events';
import { ConsumerDeps, feedUrl } from '@salesgraph/subgraph-kit';
import { repDimensionProjection } from './rep-dimension/rep-dimension.projection';
import { revenueProjection } from './revenue/revenue.projection';

/** reporting reads both producers' feeds. */
export function reportingConsumers(deps: ConsumerDeps): FeedConsumer[] {
  const consumer = (producer: string, port: number, handlers: ConstructorParameters<typeof FeedConsumer>[0]['handlers']) =>
    new FeedConsumer({
      feed: producer,
      source: new HttpFeedSource(feedUrl(deps.env, producer, port), deps.serviceToken),
      dataSource: deps.dataSource,
      handlers,
      onError: deps.onError,
      onRecovered: deps.onRecovered,
    });
  return [consumer('customer-relationship', 4001, revenueProjection), consumer('rep-performance', 4002, repDimensionProjection)];
}
