// The signed-in member's own profile, read once and shared by the screens (greeting, time zone).
import { callOrNull } from './api.js';
import { session } from './auth.js';

let profile;

/** The member's profile from members-service; null when they have not registered yet. */
export async function me({ reload = false } = {}) {
  if (profile === undefined || reload) {
    profile = session.signedIn ? await callOrNull('members', 'GET', `/api/v1/members/${session.memberId}`) : null;
  }
  return profile;
}

export function rememberMe(updated) {
  profile = updated;
}

export function forgetMe() {
  profile = undefined;
}

/** The member's time zone, for saying when things happen; the browser's until the profile is read. */
export function myZone() {
  return profile?.timeZone || undefined;
}
