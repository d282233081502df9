// My introductions: double opt-in. Each side sees what they can give and what the other can give,
// and the gathering where they could meet; both accept before either sees the other's contact;
// after the meeting each says whether they met and whether the other helped (the giving ledger).
import { call, describeError } from './api.js';
import { session } from './auth.js';
import { myZone } from './me.js';
import { day, el, formatName, message, tagWords, when } from './format.js';

const OPEN = new Set(['suggested', 'accepted']);

/** The introduction as the signed-in member sees it: me, the other, what each can give. */
function sides(intro) {
  const iAmA = intro.memberA.memberId === session.memberId;
  const mine = iAmA ? 'memberA' : 'memberB';
  const theirs = iAmA ? 'memberB' : 'memberA';
  return {
    other: intro[theirs],
    myAnswer: intro.responses[mine],
    theirAnswer: intro.responses[theirs],
    iCanGive: iAmA ? intro.explanation.aCanGiveB : intro.explanation.bCanGiveA,
    theyCanGive: iAmA ? intro.explanation.bCanGiveA : intro.explanation.aCanGiveB,
    myFeedback: intro.feedback?.[mine] || null,
  };
}

const nameOf = (member) => member.displayName || 'A member who left';

/** Introductions waiting for the member's answer (for the badge in the menu). */
export async function pendingCount() {
  const page = await call('matching', 'GET', `/api/v1/introductions?member=${session.memberId}&limit=100`);
  return page.items.filter((i) => OPEN.has(i.status) && sides(i).myAnswer === 'pending').length;
}

function statusLine(intro, s) {
  const other = nameOf(s.other);
  switch (intro.status) {
    case 'made':
      return `Made on ${day(intro.madeAt, myZone())}: you both said yes.`;
    case 'declined':
      return 'Declined: you will not be introduced again.';
    case 'expired':
      return 'Expired: it was not answered in time by both of you.';
    case 'withdrawn':
      return 'Withdrawn: the other member left Givefirst.';
    default:
      if (s.myAnswer === 'accept') {
        return `You said yes. Waiting for ${other} to answer (until ${day(intro.expiresAt, myZone())}).`;
      }
      return (s.theirAnswer === 'accept' ? `${other} said yes. ` : '')
        + `Would you like to meet? Answer by ${day(intro.expiresAt, myZone())}.`;
  }
}

function contactBlock(intro) {
  if (intro.status !== 'made') {
    return el('p', { class: 'muted' }, 'Their contact details are shared once you both said yes.');
  }
  if (intro.contactStatus === 'available' && intro.contact) {
    return el('div', { class: 'contact' },
      el('p', {}, el('strong', {}, 'Their contact: '), intro.contact.displayName + ', ',
        el('a', { href: 'mailto:' + intro.contact.email, class: 'contact-email' }, intro.contact.email)),
      el('p', { class: 'muted' }, 'Write first, and offer what you can give before you ask.'));
  }
  if (intro.contactStatus === 'gone') {
    return el('p', { class: 'muted' }, 'They have left Givefirst: their contact is gone.');
  }
  return el('p', { class: 'muted' }, 'Their contact could not be fetched right now: try again in a moment.');
}

function feedbackForm(intro, s, replace) {
  const name = `fb-${intro.id}`;
  const given = s.myFeedback;
  const choice = (question, field, value) => el('fieldset', { class: 'choice' },
    el('legend', {}, question),
    el('label', {}, el('input', { type: 'radio', name: `${name}-${field}`, value: 'yes', checked: value === true, required: true }), ' Yes'),
    el('label', {}, el('input', { type: 'radio', name: `${name}-${field}`, value: 'no', checked: value === false }), ' No'));
  const error = el('p', { class: 'message error', role: 'alert' });
  const form = el('form', { class: 'feedback', 'aria-label': `After meeting ${nameOf(s.other)}` },
    el('h4', {}, 'After the meeting'),
    given ? el('p', { class: 'saved' }, 'You said: ' + (given.met ? 'you met' : 'you did not meet')
      + (given.otherHelped ? `, and ${nameOf(s.other)} helped you.` : '.') + ' You can correct it.') : null,
    choice('Did we meet?', 'met', given?.met),
    choice(`Did ${nameOf(s.other)} help me?`, 'helped', given?.otherHelped),
    el('button', { type: 'submit' }, given ? 'Correct my answer' : 'Send'),
    error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    error.textContent = '';
    try {
      replace(await call('matching', 'POST', `/api/v1/introductions/${intro.id}/feedback`, {
        met: data.get(`${name}-met`) === 'yes',
        otherHelped: data.get(`${name}-helped`) === 'yes',
      }), `Thank you: your answer about ${nameOf(s.other)} is saved.`);
    } catch (err) {
      error.textContent = describeError(err);
    }
  });
  return form;
}

function card(intro) {
  const s = sides(intro);
  const item = el('li', { class: 'card introduction', dataset: { introductionId: intro.id, status: intro.status } });
  const replace = (updated, note) => {
    const fresh = card(updated);
    item.replaceWith(fresh);
    if (note) {
      fresh.querySelector('.card-status').textContent = note;
    }
    fresh.querySelector('h3').focus();
  };
  const error = el('p', { class: 'message error', role: 'alert' });
  const answer = (value) => async () => {
    error.textContent = '';
    item.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const updated = await call('matching', 'POST', `/api/v1/introductions/${intro.id}/responses`, { answer: value });
      replace(updated, value === 'accept'
        ? (updated.status === 'made' ? `You are introduced to ${nameOf(s.other)}.` : 'You said yes.')
        : 'You declined.');
    } catch (e) {
      error.textContent = describeError(e);
      item.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  };
  const gathering = intro.gathering;
  item.append(...[
    el('h3', { tabindex: '-1' }, `You and ${nameOf(s.other)}`),
    el('p', { class: 'intro-status' }, statusLine(intro, s)),
    el('dl', { class: 'two-way' },
      el('dt', {}, 'You can give'), el('dd', { class: 'you-give' }, tagWords(s.iCanGive) || '—'),
      el('dt', {}, `${nameOf(s.other)} can give`), el('dd', { class: 'they-give' }, tagWords(s.theyCanGive) || '—'),
      gathering ? [el('dt', {}, 'Where you could meet'),
        el('dd', { class: 'gathering' }, `${gathering.title} (${formatName(gathering.format)}), ${when(gathering.startsAt, myZone())}`)] : null),
    OPEN.has(intro.status) && s.myAnswer === 'pending'
      ? el('div', { class: 'row' },
        el('button', { type: 'button', class: 'accept', onclick: answer('accept') }, `Yes, introduce me to ${nameOf(s.other)}`),
        el('button', { type: 'button', class: 'decline secondary', onclick: answer('decline') }, 'No, thank you'))
      : null,
    OPEN.has(intro.status) && s.myAnswer === 'accept'
      ? el('div', { class: 'row' }, el('button', { type: 'button', class: 'decline secondary', onclick: answer('decline') }, 'Withdraw my yes'))
      : null,
    OPEN.has(intro.status) || intro.status === 'made' ? contactBlock(intro) : null,
    intro.status === 'made' ? feedbackForm(intro, s, replace) : null,
    el('p', { class: 'card-status', role: 'status' }),
    error,
  ].filter(Boolean));
  return item;
}

function group(title, intros, id) {
  if (intros.length === 0) {
    return null;
  }
  return el('section', { class: 'group', 'aria-labelledby': id },
    el('h2', { id }, title),
    el('ol', { class: 'cards' }, intros.map(card)));
}

export async function showIntroductions(section) {
  section.replaceChildren(
    el('h1', { id: 'introductions-title', tabindex: '-1' }, 'My introductions'),
    el('p', { class: 'lead' }, 'Two members who can help each other, and a gathering where they could meet. '
      + 'Contact details are shared only when both of you said yes.'),
    message('Loading…'));
  const page = await call('matching', 'GET', `/api/v1/introductions?member=${session.memberId}&limit=100`);
  // Made introductions carry the other's contact only when read one by one.
  const items = await Promise.all(page.items.map((i) => (i.status === 'made'
    ? call('matching', 'GET', `/api/v1/introductions/${i.id}`) : i)));
  const waiting = items.filter((i) => OPEN.has(i.status) && sides(i).myAnswer === 'pending');
  const answered = items.filter((i) => OPEN.has(i.status) && sides(i).myAnswer !== 'pending');
  const made = items.filter((i) => i.status === 'made');
  const closed = items.filter((i) => !OPEN.has(i.status) && i.status !== 'made');
  section.lastElementChild.remove();
  if (items.length === 0) {
    section.append(message('No introductions yet. The chapter\'s organizers run a round from time to time; '
      + 'a specific objective and a few offers make you easy to introduce.'));
    return;
  }
  section.append(...[
    group('Waiting for your answer', waiting, 'intro-waiting'),
    group('Waiting for the other side', answered, 'intro-answered'),
    group('Introduced: go and meet', made, 'intro-made'),
    closed.length ? el('details', { class: 'group' }, el('summary', {}, `Closed (${closed.length})`),
      el('ol', { class: 'cards' }, closed.map(card))) : null,
  ].filter(Boolean));
}
