// Whom to meet and where to go. Suggestions are two-way (each side can give the other something),
// with their explanation; "where should I go?" ranks upcoming gatherings by how many people going can
// help with my objectives (the what drives the who, the who drives the where), with RSVP beside each.
import { call, callOrNull, describeError } from './api.js';
import { session } from './auth.js';
import { me, myZone } from './me.js';
import { count, el, formatName, listOf, message, tagWords, when } from './format.js';
import { describeWhen, eventItem, myRsvp, wireRsvp } from './gatherings.js';

/** The two-way score (harmonic mean times give-first factors, 0 to 1.5) in words. */
function fit(score) {
  if (score >= 0.6) {
    return 'a strong two-way fit';
  }
  return score >= 0.3 ? 'a good two-way fit' : 'a two-way fit';
}

function suggestionCard(s) {
  const name = s.member.displayName || 'A member';
  const g = s.explanation.gathering;
  return el('li', { class: 'card suggestion', dataset: { memberId: s.member.memberId } },
    el('h3', {}, name),
    el('p', { class: 'muted' }, `You and ${name}: ${fit(s.score)}.`),
    el('dl', { class: 'two-way' },
      el('dt', {}, 'You can give'), el('dd', { class: 'you-give' }, tagWords(s.explanation.youCanGive)),
      el('dt', {}, `${name} can give`), el('dd', { class: 'they-give' }, tagWords(s.explanation.theyCanGive)),
      g ? [el('dt', {}, g.bothGoing ? 'You are both going to' : 'You could both go to'),
        el('dd', { class: 'gathering' }, `${g.title} (${formatName(g.format)}), ${when(g.startsAt, myZone())}`)] : null),
    el('p', { class: 'explanation' }, s.explanation.text));
}

export async function showSuggestions(section) {
  section.replaceChildren(
    el('h1', { id: 'suggestions-title', tabindex: '-1' }, 'People you could help, who could help you'),
    el('p', { class: 'lead' }, 'Suggested only when it works both ways: find ways to help others, not only others who can help you.'),
    message('Loading…'));
  const found = await call('matching', 'GET', `/api/v1/members/${session.memberId}/suggestions?limit=10`);
  section.lastElementChild.remove();
  if (found.items.length === 0) {
    section.append(message('No suggestions right now. Add an offer or make an objective more specific '
      + '(My profile), and the next ones will find you.'));
    return;
  }
  section.append(el('ol', { class: 'cards' }, found.items.map(suggestionCard)));
}

// --- where should I go? ----------------------------------------------------------------------

function helpersLine(ranked) {
  if (ranked.helperCount === 0) {
    return 'Nobody going yet offers what you seek: a chance to give first.';
  }
  const names = ranked.helpers.map((h) => `${h.member.displayName || 'a member'} (${tagWords(h.tags)})`);
  return `${count(ranked.helperCount, 'person', 'people')} going can help with your objectives: ${listOf(names)}.`;
}

async function whereItem(ranked) {
  // events-service knows the seats, the venue and the local time; matching knows who can help.
  const [event, rsvp] = await Promise.all([
    callOrNull('events', 'GET', `/api/v1/events/${ranked.eventId}`),
    myRsvp(ranked.eventId),
  ]);
  const item = eventItem();
  item.classList.add('ranked');
  item.dataset.eventId = ranked.eventId;
  item.dataset.helpers = String(ranked.helperCount);
  item.querySelector('.format').textContent = formatName(ranked.format);
  item.querySelector('.title').textContent = ranked.title;
  item.querySelector('.when').textContent = event ? describeWhen(event) : when(ranked.startsAt, myZone());
  item.querySelector('.venue').textContent = event?.venue || '';
  item.querySelector('.venue').hidden = !event?.venue;
  item.querySelector('.cause').hidden = true;
  item.querySelector('.description').replaceWith(el('p', { class: 'helpers' }, helpersLine(ranked)));
  item.querySelector('.seats').textContent = event
    ? (event.seatsLeft > 0 ? `${event.seatsLeft} of ${event.capacity} seats left` : 'Full: RSVP to join the waitlist') : '';
  item.querySelector('.links').remove();
  const shown = event || { id: ranked.eventId, title: ranked.title };
  wireRsvp(item, shown, rsvp, null);
  return item;
}

export async function showWhere(section) {
  const profile = await me();
  const objectives = profile?.objectives || [];
  const select = el('select', { id: 'where-objective' },
    el('option', { value: '' }, 'All my objectives'),
    objectives.map((o, i) => el('option', { value: String(i) }, o.what)));
  const list = el('ol', { class: 'events', id: 'where-events' });
  const status = message('');
  const load = async () => {
    status.textContent = 'Loading…';
    list.replaceChildren();
    try {
      const objective = select.value === '' ? '' : `&objective=${select.value}`;
      const where = await call('matching', 'GET', `/api/v1/members/${session.memberId}/where?limit=10${objective}`);
      list.append(...await Promise.all(where.events.map(whereItem)));
      status.textContent = where.events.length === 0
        ? 'No upcoming gatherings in your chapters yet. Hosting one is giving too.' : '';
    } catch (e) {
      status.textContent = describeError(e);
    }
  };
  select.addEventListener('change', load);
  section.replaceChildren(...[
    el('h1', { id: 'where-title', tabindex: '-1' }, 'Where should I go?'),
    el('p', { class: 'lead' }, 'The what drives the who, and the who drives the where: upcoming gatherings, '
      + 'first those where the most people going can help with what you seek.'),
    objectives.length > 1 ? el('p', { class: 'row' }, el('label', { for: 'where-objective' }, 'Rank for'), select) : null,
    status,
    list,
  ].filter(Boolean));
  await load();
}
