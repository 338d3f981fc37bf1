import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * Counts statements so tests can pin the number of SQL round trips a request
 * makes (the N+1 guard), and prints slow-query warnings; otherwise silent.
 */
export class QueryCountingLogger extends AbstractLogger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  /** Runs `work` and returns how many statements it sent. */
  async countDuring(work: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    // Transaction bookkeeping is not a data round trip a resolver chose to make.
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) {
      this.count += 1;
      if (process.env['SQL_DEBUG']) console.log(query.slice(0, 160));
    }
    super.logQuery(query, parameters, queryRunner);
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | LogMessage[]): void {
    for (const message of Array.isArray(logMessage) ? logMessage : [logMessage]) {
      if (level === 'warn' || level === 'error' || message.type === 'query-slow') {
        console.warn(`[typeorm] ${message.type ?? level}: ${String(message.message)}`);
      }
    }
  }
}
