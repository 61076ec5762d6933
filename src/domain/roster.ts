/** A person on the group's roster ("Inviterte"), representing one organization (kommune/region). */
export interface RosterMember {
  /** Stable id derived from the normalized name, so importing the same list twice changes nothing. */
  id: string;
  firstName: string;
  lastName: string;
  organization: string;
  email?: string;
  /** A note the roster wrote in parentheses beside the name ("vara", "til 11.00"); never part of the name. */
  note?: string;
  /** Teams user (AAD object id), linked the first time this person talks to the bot. */
  aadObjectId?: string;
}

export type GroupRole = 'secretariat' | 'chair';
