import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface ComposeService {
  build?: { context: string; dockerfile: string };
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}

// Docker cannot run on the development machines: these checks keep the files honest instead.
describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
  const subgraphs = { 'customer-relationship': 4001, 'rep-performance': 4002, reporting: 4003 } as const;

  it('runs MySQL 8 and the four apps', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['customer-relationship', 'gateway', 'mysql', 'rep-performance', 'reporting']);
    expect(compose.services['mysql'].image).toMatch(/^mysql:8/);
  });

  it.each(Object.entries(subgraphs))('gives %s its own database, port, secret and the feeds it reads', (name, port) => {
    const service = compose.services[name];
    expect(service.build).toEqual({ context: '.', dockerfile: `apps/${name}/Dockerfile` });
    const env = service.environment ?? {};
    const database = new URL(env['DATABASE_URL']);
    expect(database.protocol).toBe('mysql:');
    expect(database.hostname).toBe('mysql');
    expect(database.pathname).toBe(`/${name.replace(/-/g, '_')}`);
    expect(env['PORT']).toBe(String(port));
    expect(env['HOST']).toBe('0.0.0.0');
    expect(env['AUTH_SECRET']).toContain('AUTH_SECRET');
    expect(env['CUSTOMER_RELATIONSHIP_FEED_URL']).toBe('http://customer-relationship:4001/events');
    expect(env['REP_PERFORMANCE_FEED_URL']).toBe('http://rep-performance:4002/events');
    expect(service.depends_on?.['mysql']).toEqual({ condition: 'service_healthy' });
  });

  it('gives each subgraph a different database, each created by the init script', () => {
    const databases = Object.keys(subgraphs).map((name) => new URL(compose.services[name].environment?.['DATABASE_URL'] ?? '').pathname.slice(1));
    expect(new Set(databases).size).toBe(3);
    const init = read('deploy/mysql-init.sql');
    for (const database of databases) expect(init).toContain(`CREATE DATABASE IF NOT EXISTS ${database}`);
  });

  it('wires the gateway to every subgraph and publishes port 4000', () => {
    const gateway = compose.services['gateway'];
    expect(gateway.ports).toEqual(['4000:4000']);
    for (const [name, port] of Object.entries(subgraphs)) {
      const variable = `${name.toUpperCase().replace(/-/g, '_')}_URL`;
      expect(gateway.environment?.[variable]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
  });
});

describe('Dockerfiles', () => {
  it.each(['customer-relationship', 'rep-performance', 'reporting', 'gateway'])('%s builds its own bundle and serves it', (name) => {
    const dockerfile = read(`apps/${name}/Dockerfile`);
    expect(dockerfile).toContain('RUN npm ci');
    expect(dockerfile).toContain(`nx run ${name}:build`);
    expect(dockerfile).toContain(`COPY --from=build /workspace/dist/apps/${name}/ ./`);
    expect(dockerfile).toMatch(/USER node/);
    if (name === 'gateway') expect(dockerfile).toContain('COPY supergraph.graphql');
    else expect(dockerfile).toContain('node main.js migrate && exec node main.js');
  });
});
