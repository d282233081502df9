// For the chapter's organizers: run a matching round and see its pairs and measured quality; seat the
// people going to a gathering at small tables and print a card per table.
import { settings } from './settings.js';
import { call, callOrNull, describeError } from './api.js';
import { myZone } from './me.js';
import { count, day, el, formatName, message, onSend, tagWords, when } from './format.js';

const LAST_ROUND_KEY = () => `givefirst.lastRound.${settings.chapter}`;
const percent = (share) => (share === null || share === undefined ? 'not measured' : `${Math.round(share * 100)}%`);

// --- rounds -----------------------------------------------------------------------------------

function roundView(round) {
  const q = round.quality;
  const pairs = round.pairs;
  return el('div', { class: 'round', dataset: { roundId: round.id, pairs: String(pairs.length) } },
    el('h3', { tabindex: '-1' }, `Round of ${day(round.createdAt, myZone())}: ${count(pairs.length, 'introduction')} proposed`),
    el('ul', { class: 'round-quality' },
      el('li', {}, `${count(round.eligibleMembers, 'member')} of ${round.members} could get an introduction `
        + `(open to introductions and under their monthly limit), at most ${round.perMemberLimit} each.`),
      el('li', { class: 'coverage' }, `Coverage: ${percent(q.coverage)} of them got one `
        + `(${percent(q.connectedCoverage)} of those someone could help).`),
      el('li', { class: 'optimum' }, `Total weight ${round.totalWeight}: ${percent(q.shareOfOptimum)} of the best possible round.`),
      el('li', {}, `${count(q.blockingPairs, 'blocking pair')} (two members who would both rather have met each other).`),
      el('li', { class: 'muted' }, `Method: ${[...round.methods].join(', ') || 'none needed'}.`)),
    pairs.length === 0
      ? message('No new pairs this time: everyone who could help each other has been introduced, or is at their limit.')
      : el('table', { class: 'pairs' },
        el('caption', {}, 'Pairs of this round, strongest first'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Member'), el('th', { scope: 'col' }, 'Member'),
          el('th', { scope: 'col' }, 'Weight'), el('th', { scope: 'col' }, 'Status'))),
        el('tbody', {}, [...pairs].sort((a, b) => b.weight - a.weight).map((p) => el('tr', { dataset: { introductionId: p.introductionId } },
          el('td', {}, p.memberA.displayName || '(erased)'), el('td', {}, p.memberB.displayName || '(erased)'),
          el('td', { class: 'number' }, String(p.weight)), el('td', {}, p.status))))));
}

function roundPanel() {
  const result = el('div', { id: 'round-result' });
  const limit = el('select', { id: 'round-limit' }, [1, 2, 3, 4, 5].map((k) => el('option', { value: k }, String(k))));
  const status = el('p', { class: 'message', role: 'status' });
  const run = el('button', { type: 'submit', id: 'run-round' }, 'Run a round');
  const show = (round) => {
    result.replaceChildren(roundView(round));
    localStorage.setItem(LAST_ROUND_KEY(), round.id);
  };
  const form = el('form', { class: 'row' },
    el('label', { for: 'round-limit' }, 'Introductions per member, at most'), limit, run);
  onSend(form, run, status, 'Matching…', async () => {
    show(await call('matching', 'POST', '/api/v1/rounds', { chapter: settings.chapter, perMemberLimit: Number(limit.value) }));
    result.querySelector('h3').focus();
    return 'The round ran: each pair now has an introduction to accept or decline.';
  });

  const last = localStorage.getItem(LAST_ROUND_KEY());
  if (last) {
    callOrNull('matching', 'GET', `/api/v1/rounds/${last}`).then((round) => round && result.replaceChildren(roundView(round)))
      .catch(() => {});
  }
  return el('section', { class: 'panel', 'aria-labelledby': 'round-title' },
    el('h2', { id: 'round-title' }, 'Matching round'),
    el('p', { class: 'muted' }, 'Proposes introductions between members who can help each other both ways. Pairs already '
      + 'introduced or declined, members not open to introductions or at their monthly limit are left out.'),
    form, status, result);
}

// --- tables -----------------------------------------------------------------------------------

/** What each person can give, for their table card: their headline and the tags they offer. */
async function profiles(seating) {
  const ids = seating.tables.flatMap((t) => t.members.map((m) => m.memberId)).filter(Boolean);
  const found = await Promise.all(ids.map((id) => callOrNull('members', 'GET', `/api/v1/members/${id}`).catch(() => null)));
  return new Map(found.filter(Boolean).map((p) => [p.id, p]));
}

function tableCards(seating, event, people) {
  const gain = seating.gainPercent === null || seating.gainPercent === undefined
    ? '' : ` These tables seat people who can help each other: ${Math.round(seating.gainPercent)}% more mutual benefit than a random seating.`;
  return el('div', { class: 'seating', dataset: { tables: String(seating.tables.length) } },
    el('p', { class: 'seating-summary' }, `${count(seating.tables.length, 'table')} of about ${seating.tableSize} for `
      + `${count(seating.tables.reduce((n, t) => n + t.members.length, 0), 'person', 'people')}.${gain}`),
    el('button', { type: 'button', class: 'print', onclick: () => window.print() }, 'Print table cards'),
    el('ol', { class: 'table-cards' }, seating.tables.map((table) => el('li', { class: 'table-card' },
      el('p', { class: 'table-event' }, `${event.title}, ${when(event.startsAt, event.timeZone)}`),
      el('h3', {}, `Table ${table.number}`),
      el('ul', {}, table.members.map((m) => {
        const p = people.get(m.memberId);
        const gives = p ? [...new Set(p.offers.flatMap((o) => o.tags))] : [];
        return el('li', {}, el('strong', {}, m.displayName || 'A guest'),
          p?.headline ? el('span', { class: 'who' }, p.headline) : null,
          gives.length ? el('span', { class: 'gives' }, `Ask about ${tagWords(gives.slice(0, 4))}`) : null);
      })),
      el('p', { class: 'table-prompt' }, 'Go round the table: what are you working on, and what could you give someone here?')))));
}

async function tablesPanel() {
  const page = await call('events', 'GET', `/api/v1/events?chapter=${encodeURIComponent(settings.chapter)}&limit=100`);
  const upcoming = page.items.filter((e) => e.status === 'published');
  const select = el('select', { id: 'tables-event' }, upcoming.map((e) =>
    el('option', { value: e.id }, `${e.title} (${formatName(e.format)}, ${day(e.startsAt, e.timeZone)}, ${e.seatsTaken} going)`)));
  const size = el('select', { id: 'tables-size' }, [4, 5, 6].map((n) => el('option', { value: n, selected: n === 5 }, String(n))));
  const status = el('p', { class: 'message', role: 'status' });
  const result = el('div', { id: 'tables-result' });
  const eventOf = () => upcoming.find((e) => e.id === select.value);
  const show = async (seating) => result.replaceChildren(tableCards(seating, eventOf(), await profiles(seating)));
  const latest = async () => {
    result.replaceChildren();
    status.textContent = '';
    if (!select.value) {
      return;
    }
    try {
      const seating = await callOrNull('matching', 'GET', `/api/v1/events/${select.value}/tables`);
      if (seating) {
        await show(seating);
      }
    } catch (e) {
      status.textContent = describeError(e);
    }
  };
  const seat = el('button', { type: 'submit', id: 'seat-tables' }, 'Seat them');
  const form = el('form', {},
    el('div', { class: 'field' }, el('label', { for: 'tables-event' }, 'Gathering'), select),
    el('div', { class: 'row' }, el('label', { for: 'tables-size' }, 'People per table'), size, seat));
  onSend(form, seat, status, 'Seating…', async () => {
    await show(await call('matching', 'POST', `/api/v1/events/${select.value}/tables`, { tableSize: Number(size.value) }));
    return 'Seated.';
  });

  select.addEventListener('change', latest);
  await latest();
  return el('section', { class: 'panel', 'aria-labelledby': 'tables-title' },
    el('h2', { id: 'tables-title' }, 'Small tables'),
    el('p', { class: 'muted' }, 'Seats the people going at tables of 4 to 6, putting together those who can help each other.'),
    upcoming.length ? form : message('No published gathering to seat yet.'), status, result);
}

export async function showOrganize(section) {
  section.replaceChildren(el('h1', { id: 'organize-title', tabindex: '-1' }, `Organize ${settings.chapterName}`), message('Loading…'));
  const tables = await tablesPanel();
  section.lastElementChild.remove();
  section.append(roundPanel(), tables);
}
