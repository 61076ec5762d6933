import type { GroupRole } from './roster';
import { pick, type Locale } from './language';
import type { ReminderSettings } from './schedule';
import type { ShortNames } from './short-names';

/** «Sekretariatet for <group>»: who the documents are from when the group has set no sender. */
export const secretariatOf = (group: string, l: Locale): string =>
  pick(l, { nb: `Sekretariatet for ${group}`, nn: `Sekretariatet for ${group}`, en: `The secretariat of ${group}` });

/** A working group ("faggruppe"): its name, home conversation and who holds which role. */
export interface GroupData {
  groupId: string;
  name: string;
  /** The conversation the group was created in; notices and cards are posted there. */
  homeConversationId: string;
  /** Roles by Teams user (AAD object id, or the channel user id when no AAD id is known). */
  roles: Record<string, { name: string; roles: GroupRole[] }>;
  createdAt: string;
  /** How the group writes its documents; absent fields take the defaults of the group's own layout. */
  settings?: GroupSettings;
}

/** The reminder settings (`innstilling påminnelse …`, #18 §4) are in ReminderSettings. */
export interface GroupSettings extends ReminderSettings {
  /** «Vedtak: » before outcomes in the referat (default off: the outcome is written as the sentence it is). */
  decisionLabel?: boolean;
  /** Keep the internal markers on round-table input in the locked referat (default off). */
  keepMarkers?: boolean;
  /** Who sends the innkalling and authors the documents («Sekretariatet for Osloregionen»); default «Sekretariatet for <group>». */
  sender?: string;
  /** The saksbehandler's phone number on the innkalling («Tlf 22 33 44 55»). */
  phone?: string;
  /** «Arkivkode:» on the innkalling (the municipality's archive code); empty by default, as the group's notices print it. */
  archiveCode?: string;
  /** The group's language (`språk`, #19): group-chat answers, cards and every document. Absent: Bokmål. */
  language?: Locale;
  /** Short organization names for the round table's headings (`innstilling kortnavn`, #17 §1.3); absent: the full names. */
  shortNames?: ShortNames;
}

/** The organization the group's documents are sent from and signed by. */
export function senderOf(group: Pick<GroupData, 'name' | 'settings'>): string {
  return group.settings?.sender?.trim() || secretariatOf(group.name, group.settings?.language ?? 'nb');
}
