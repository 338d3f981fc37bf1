import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { SupergraphSdlHook } from '@apollo/gateway';

/**
 * Serves the gateway's supergraph from a file and hands it each new version
 * the file takes. The gateway swaps schemas between requests, so none is
 * dropped; a broken file is logged and the running schema kept.
 */
export function supergraphFromFile(path: string, log: (line: string) => void, intervalMs = 500): SupergraphSdlHook {
  return async ({ update }) => {
    if (!existsSync(path)) throw new Error(`No supergraph at ${path}: run "npm run compose"`);
    let current = readFileSync(path, 'utf8');
    const listener = () => {
      let next: string;
      try {
        next = readFileSync(path, 'utf8');
      } catch (error) {
        log(`supergraph unreadable, keeping the running one: ${(error as Error).message}`);
        return;
      }
      if (next === current) return;
      try {
        update(next);
        current = next;
        log(`supergraph reloaded from ${path}`);
      } catch (error) {
        log(`supergraph rejected, keeping the running one: ${(error as Error).message}`);
      }
    };
    // Polling rather than fs.watch: it survives the write-then-rename that the compose tool does.
    watchFile(path, { interval: intervalMs }, listener);
    // watchFile's first stat is taken later: a change landing before it would never fire, so look once more.
    const settle = setTimeout(listener, intervalMs * 2);
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(settle);
        unwatchFile(path, listener);
      },
    };
  };
}
