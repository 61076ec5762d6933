import type { IncomingMessage } from 'node:http';

/** Counts the requests the store receives, by kind, so a turn's store operations can be read off. */
export class StoreCounter {
  pointReads = 0;
  writes = 0;
  queries = 0;
  metadata = 0;

  observe = (req: IncomingMessage): void => {
    const url = req.url ?? '';
    const isDoc = /\/docs(\/|$)/.test(url);
    if (!isDoc) {
      this.metadata++;
      return;
    }
    if (req.headers['x-ms-documentdb-isquery'] !== undefined) this.queries++;
    else if (req.method === 'GET') this.pointReads++;
    else this.writes++;
  };

  reset(): void {
    this.pointReads = this.writes = this.queries = this.metadata = 0;
  }

  get total(): number {
    return this.pointReads + this.writes + this.queries;
  }
}
