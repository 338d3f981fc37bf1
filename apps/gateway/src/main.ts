import { resolve } from 'node:path';
import { authSecret } from '@salesgraph/auth';
import { settingPrefix } from '@salesgraph/subgraph-kit';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, startGateway } from './gateway';

const SUBGRAPHS = ['customer-relationship', 'rep-performance', 'reporting'];

async function main(env = process.env): Promise<void> {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.flatMap((name) => {
      const url = env[`${settingPrefix(name)}_URL`];
      return url ? [[name, url]] : [];
    }),
  );
  const gateway = await startGateway({
    supergraphPath: resolve(env['SUPERGRAPH_PATH'] ?? 'supergraph.graphql'),
    secret: authSecret(env),
    port: Number(env['GATEWAY_PORT'] ?? env['PORT'] ?? 4000),
    host: env['HOST'] ?? '127.0.0.1',
    subgraphUrls,
    subgraphTimeoutMs: Number(env['SUBGRAPH_TIMEOUT_MS'] ?? DEFAULT_SUBGRAPH_TIMEOUT_MS),
  });
  console.log(`[gateway] serving ${gateway.url}`);
  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: Error) => {
  console.error(`[gateway] ${error.message}`);
  process.exit(1);
});
