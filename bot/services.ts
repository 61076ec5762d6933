import type { Logger } from '../src/logger';
import type { Config } from '../src/config';
import { GroupUseCases } from '../src/app/groups';
import { InputUseCases } from '../src/app/inputs';
import { MeetingUseCases } from '../src/app/meetings';
import { ApprovalUseCases } from '../src/app/approvals';
import { MinutesUseCases } from '../src/app/minutes';
import type { Repositories } from '../src/app/ports';
import { MeetingRunUseCases } from '../src/app/meeting-run';
import { MeetingEndUseCases } from '../src/app/meeting-end';
import { RoundTableUseCases } from '../src/app/round-table';
import { AttendanceUseCases } from '../src/app/attendance';
import { PrivacyUseCases, withDraftRetention } from '../src/app/privacy';
import { FollowUpUseCases } from '../src/app/follow-ups';
import { SearchUseCases } from '../src/app/search';
import { ReviewUseCases } from '../src/app/review';

/** Everything a handler may call: the use cases over the repositories. Built once per process. */
export interface Services {
  config: Config;
  log: Logger;
  repos: Repositories;
  groups: GroupUseCases;
  input: InputUseCases;
  meetings: MeetingUseCases;
  approvals: ApprovalUseCases;
  minutes: MinutesUseCases;
  run: MeetingRunUseCases;
  ending: MeetingEndUseCases;
  roundTable: RoundTableUseCases;
  attendance: AttendanceUseCases;
  privacy: PrivacyUseCases;
  followUps: FollowUpUseCases;
  search: SearchUseCases;
  review: ReviewUseCases;
  now: () => Date;
}

/** `publicUrl` is the bot's base URL for download links (PUBLIC_URL, else the local listening address). */
export function createServices(
  config: Config,
  log: Logger,
  store: Repositories,
  now: () => Date = () => new Date(),
  publicUrl: () => string = () => config.publicUrl ?? '',
): Services {
  // Input drafts older than DRAFT_RETENTION_DAYS are dropped when read (issue #8): no timer, nothing in memory.
  const repos: Repositories = { ...store, people: withDraftRetention(store.people, config.draftRetentionDays, now) };
  const minutes = new MinutesUseCases(repos, publicUrl, now);
  const followUps = new FollowUpUseCases(repos, now);
  return {
    config,
    log,
    repos,
    now,
    groups: new GroupUseCases(repos, now),
    input: new InputUseCases(repos, now),
    meetings: new MeetingUseCases(repos, now),
    approvals: new ApprovalUseCases(repos, now, (m) => minutes.lockPrevious(m)),
    minutes,
    run: new MeetingRunUseCases(repos, now, (m, l) => followUps.itemCards(m, l)),
    ending: new MeetingEndUseCases(repos, now),
    roundTable: new RoundTableUseCases(repos, now),
    attendance: new AttendanceUseCases(repos, now),
    privacy: new PrivacyUseCases(repos, now, config.draftRetentionDays),
    followUps,
    search: new SearchUseCases(repos),
    review: new ReviewUseCases(repos, minutes, now),
  };
}
