import type { GroupRole } from './roster';

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

export interface GroupSettings {
  /** «Vedtak: » before outcomes in the referat (default off: the outcome is written as the sentence it is). */
  decisionLabel?: boolean;
  /** Keep the internal markers on round-table input in the locked referat (default off). */
  keepMarkers?: boolean;
}
