import type { Logger } from '../src/logger';
import type { Config } from '../src/config';
import { GroupUseCases } from '../src/app/groups';
import type { Repositories } from '../src/app/ports';

/** Everything a handler may call: the use cases over the repositories. Built once per process. */
export interface Services {
  config: Config;
  log: Logger;
  repos: Repositories;
  groups: GroupUseCases;
  now: () => Date;
}

export function createServices(config: Config, log: Logger, repos: Repositories, now: () => Date = () => new Date()): Services {
  return { config, log, repos, now, groups: new GroupUseCases(repos, now) };
}
