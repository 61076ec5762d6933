import { formatDate, formatDeadline } from '../../domain/norwegian-time';
import type { MeetingData } from '../../domain/meeting-types';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import type { ExportVersion } from '../ports';
import { minutesTexts as t } from '../texts-minutes';
import { card, type CardOf, type Fields } from './card';

/** cards/download.json: a personal download link to one export version (and the calendar file with an innkalling). */
export interface DownloadCardData {
  title: string;
  labels: ReturnType<typeof t.downloadCard>['labels'];
  meeting: string;
  version: string;
  validUntil: string;
  note: string;
  button: string;
  url: string;
  hasCalendar: boolean;
  calendarButton: string;
  calendarUrl: string;
}

export const downloadFields: Fields<DownloadCardData> = {
  title: true,
  labels: true,
  meeting: true,
  version: true,
  validUntil: true,
  note: true,
  button: true,
  url: true,
  hasCalendar: true,
  calendarButton: true,
  calendarUrl: true,
};

/** The export and its signed link (made by the use case, which holds the secret), valid for linkTtlSeconds. */
export interface DownloadOf {
  groupName: string;
  meeting: MeetingData;
  version: ExportVersion;
  url: string;
  linkTtlSeconds: number;
  /** The calendar file offered beside an innkalling, with its own link. */
  calendarUrl?: string;
}

export function downloadCard(l: Locale, d: DownloadOf): CardOf<'download'> {
  const words = t.downloadCard(l, d.version.format === 'arkiv' ? 'arkiv' : d.version.kind, d.version.format);
  const stamp = (at: Date) => formatDeadline(at.toISOString(), l);
  return card('download', {
    title: cardText(words.title),
    labels: words.labels,
    meeting: cardText(`${d.groupName}, ${formatDate(d.meeting.date)}`),
    version: cardText(words.version(stamp(new Date(d.version.createdAt)))),
    validUntil: cardText(stamp(new Date(Date.parse(d.version.createdAt) + d.linkTtlSeconds * 1000))),
    note: cardText(words.note),
    button: cardText(words.button),
    url: d.url,
    hasCalendar: d.calendarUrl !== undefined,
    calendarButton: cardText(t.calendarButton(l)),
    calendarUrl: d.calendarUrl ?? '',
  });
}
