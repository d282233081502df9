// My giving, in words: what I gave (hosting, volunteering, bringing a guest, help the other side
// confirmed) and what I received (introductions), never a raw balance.
import { call, callOrNull } from './api.js';
import { session } from './auth.js';
import { myZone } from './me.js';
import { count, day, el, message } from './format.js';

const EVENT_KINDS = new Set(['HOSTED', 'VOLUNTEERED', 'BROUGHT_GUEST']);

function summary(g) {
  const gave = g.hosted + g.volunteered + g.broughtGuest + g.helpConfirmed;
  if (gave === 0 && g.introductionsReceived === 0) {
    return 'Nothing yet. Host a coffee, volunteer with the chapter, bring someone who should meet us, '
      + 'or help someone you are introduced to: giving first is how Givefirst works.';
  }
  if (g.taker) {
    return 'You have received introductions but not given yet. Until you do, you get fewer suggestions: '
      + 'host a small gathering, or help the next person you meet.';
  }
  if (g.balance > 0) {
    return 'You give more than you take: members who give first are introduced first. Thank you.';
  }
  return 'You give about as much as you take. One more act of giving moves you up the list.';
}

function facts(g) {
  return [
    g.hosted && `You hosted ${count(g.hosted, 'gathering')}.`,
    g.volunteered && `You volunteered at ${count(g.volunteered, 'gathering')}.`,
    g.broughtGuest && `You brought someone who should meet us to ${count(g.broughtGuest, 'gathering')}.`,
    g.helpConfirmed && `${count(g.helpConfirmed, 'member')} said you helped them.`,
    g.introductionsReceived && `You received ${count(g.introductionsReceived, 'introduction')}.`,
  ].filter(Boolean);
}

/** One act, with the gathering's title or the other member's name. */
function act(entry, titles, others) {
  const on = ` on ${day(entry.occurredAt, myZone())}`;
  const title = titles.get(entry.sourceId) || 'a gathering';
  const other = others.get(entry.sourceId) || 'a member';
  switch (entry.kind) {
    case 'HOSTED': return `You hosted ${title}${on}.`;
    case 'VOLUNTEERED': return `You volunteered at ${title}${on}.`;
    case 'BROUGHT_GUEST': return `You brought a guest to ${title}${on}.`;
    case 'HELP_CONFIRMED': return `${other} said you helped them${on}.`;
    case 'INTRODUCTION_RECEIVED': return `You were introduced to ${other}${on}.`;
    default: return `${entry.kind.toLowerCase().replace(/_/g, ' ')}${on}.`;
  }
}

export async function showGiving(section) {
  section.replaceChildren(el('h1', { id: 'giving-title', tabindex: '-1' }, 'My giving'), message('Loading…'));
  const [giving, introductions] = await Promise.all([
    call('matching', 'GET', `/api/v1/members/${session.memberId}/giving`),
    call('matching', 'GET', `/api/v1/introductions?member=${session.memberId}&limit=100`),
  ]);
  const others = new Map(introductions.items.map((i) => [i.id,
    (i.memberA.memberId === session.memberId ? i.memberB : i.memberA).displayName]));
  const eventIds = [...new Set(giving.recent.filter((e) => EVENT_KINDS.has(e.kind)).map((e) => e.sourceId))];
  const titles = new Map(await Promise.all(eventIds.map(async (id) =>
    [id, (await callOrNull('events', 'GET', `/api/v1/events/${id}`).catch(() => null))?.title])));
  section.lastElementChild.remove();
  const lines = facts(giving);
  // DOM append writes null as text: leave out what is not there.
  section.append(...[
    el('p', { class: 'lead giving-summary' }, summary(giving)),
    lines.length ? el('ul', { class: 'giving-facts' }, lines.map((l) => el('li', {}, l))) : null,
    giving.recent.length ? el('section', { 'aria-labelledby': 'giving-recent' },
      el('h2', { id: 'giving-recent' }, 'Lately'),
      el('ul', { class: 'giving-recent' }, giving.recent.map((e) => el('li', {}, act(e, titles, others))))) : null,
  ].filter(Boolean));
}
