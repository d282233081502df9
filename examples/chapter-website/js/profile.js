// My profile: who I am, what I can give (offers), what I seek (objectives: what, who, where, tags)
// with the specificity coach as I type, and how I like to be introduced.
import { call, describeError } from './api.js';
import { session } from './auth.js';
import { me, rememberMe } from './me.js';
import { el, FORMAT_KEYS, formatName, message, onSend } from './format.js';

const OFFER_KINDS = { skill: 'A skill', knowledge: 'Knowledge', contacts: 'Contacts I can introduce', resource: 'A resource I have' };
// Assess once the member pauses typing, not on every key.
const COACH_DELAY_MS = 400;

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

const tagsOf = (text) => text.split(',').map((t) => t.trim()).filter(Boolean);

/** A labelled input; `control` is the element itself (input, textarea, select). */
function field(label, control, hint) {
  control.id = control.id || nextId('f');
  const hintId = hint ? control.id + '-hint' : null;
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control,
    hint ? el('p', { class: 'hint', id: hintId }, hint) : null);
}

/** A form with a save button and a status line that shows success or the problem's detail. */
function savingForm(label, content, save) {
  const status = el('p', { class: 'message', role: 'status' });
  const button = el('button', { type: 'submit' }, label);
  const form = el('form', { novalidate: true }, content, el('div', { class: 'row' }, button), status);
  onSend(form, button, status, 'Saving…', save);
  return form;
}

async function saved(request) {
  const profile = await request;
  rememberMe(profile);
  return profile;
}

// --- about me ---------------------------------------------------------------------------------

function aboutForm(profile) {
  const name = el('input', { type: 'text', maxlength: 80, required: true, value: profile.displayName, autocomplete: 'name' });
  const headline = el('input', { type: 'text', maxlength: 160, value: profile.headline || '' });
  const city = el('input', { type: 'text', maxlength: 120, value: profile.city || '', autocomplete: 'address-level2' });
  return savingForm('Save', [
    field('Display name', name),
    field('Headline', headline, 'One line others see first: what you do, what you are working on.'),
    field('City', city),
  ], async () => {
    await saved(call('members', 'PATCH', `/api/v1/members/${session.memberId}`,
      { displayName: name.value.trim(), headline: headline.value.trim(), city: city.value.trim() },
      { contentType: 'application/merge-patch+json' }));
    document.getElementById('greeting').textContent = `Hello, ${name.value.trim()}`;
    return 'Saved.';
  });
}

// --- offers -----------------------------------------------------------------------------------

function offerRow(offer, list) {
  const kind = el('select', {}, Object.entries(OFFER_KINDS).map(([value, label]) =>
    el('option', { value, selected: offer.kind === value }, label)));
  const description = el('input', { type: 'text', maxlength: 500, value: offer.description || '' });
  const tags = el('input', { type: 'text', value: (offer.tags || []).join(', ') });
  const row = el('fieldset', { class: 'offer' },
    el('legend', {}, 'An offer'),
    field('Kind', kind),
    field('What you can give', description),
    field('Tags', tags, 'Comma separated, e.g. grant writing, eu funding'),
    el('button', { type: 'button', class: 'link', onclick: () => { row.remove(); } }, 'Remove this offer'));
  row.read = () => ({ kind: kind.value, description: description.value.trim() || null, tags: tagsOf(tags.value) });
  list.append(row);
  return row;
}

function offersForm(profile) {
  const list = el('div', { class: 'offers' });
  profile.offers.forEach((o) => offerRow(o, list));
  const add = el('button', { type: 'button', class: 'secondary', onclick: () => {
    offerRow({ kind: 'skill', tags: [] }, list).querySelector('input').focus();
  } }, 'Add an offer');
  return savingForm('Save my offers', [list, add], async () => {
    const offers = [...list.querySelectorAll('fieldset.offer')].map((row) => row.read());
    await saved(call('members', 'PUT', `/api/v1/members/${session.memberId}/offers`, { offers }));
    return `Saved: ${offers.length === 1 ? 'one offer' : offers.length + ' offers'}.`;
  });
}

// --- objectives and the coach -----------------------------------------------------------------

function coach(initial) {
  const meter = el('meter', { min: 0, max: 100, low: 40, high: 70, optimum: 100, value: initial?.score ?? 0 });
  const score = el('p', { class: 'coach-score', 'aria-live': 'polite' });
  const hints = el('ul', { class: 'coach-hints' });
  const box = el('div', { class: 'coach' }, el('p', { class: 'coach-title' }, 'How specific is it?'), meter, score, hints);
  box.show = (assessment) => {
    box.dataset.score = String(assessment.score);
    box.dataset.level = assessment.level;
    meter.value = assessment.score;
    meter.textContent = `${assessment.score} of 100`;
    score.textContent = `${assessment.score} of 100: ${assessment.level}.`;
    hints.replaceChildren(...assessment.hints.map((h) => el('li', {}, h)));
    if (assessment.hints.length === 0) {
      hints.append(el('li', {}, 'Specific enough for someone to help: well done.'));
    }
  };
  if (initial) {
    box.show(initial);
  }
  meter.id = nextId('meter');
  meter.setAttribute('aria-label', 'Specificity');
  return box;
}

function objectiveRow(objective, list) {
  const what = el('textarea', { rows: 3, maxlength: 500 }, objective.what || '');
  const who = el('input', { type: 'text', maxlength: 300, value: objective.who || '' });
  const where = el('input', { type: 'text', maxlength: 300, value: objective.where || '' });
  const tags = el('input', { type: 'text', value: (objective.tags || []).join(', ') });
  const priority = el('select', {}, [1, 2, 3, 4, 5].map((p) =>
    el('option', { value: p, selected: (objective.priority || 3) === p },
      p === 1 ? '1 (nice to have)' : p === 5 ? '5 (most important)' : String(p))));
  const advice = coach(objective.specificity);
  const row = el('fieldset', { class: 'objective', dataset: { objectiveId: objective.id || '' } },
    el('legend', {}, 'An objective'),
    el('div', { class: 'objective-fields' },
      field('What information do you seek?', what, 'Specific and easy for others to understand.'),
      field('Who could help?', who, 'The kinds of people: the what drives the who.'),
      field('Where do such people gather? (optional)', where, 'The who drives the where.'),
      field('Tags', tags, 'Comma separated: how matching finds the people who offer it.'),
      field('Priority', priority)),
    advice,
    el('button', { type: 'button', class: 'link', onclick: () => { row.remove(); } }, 'Remove this objective'));
  // The coach: the draft is assessed as it is typed (nothing is stored), latest answer wins.
  let timer = null;
  let asked = 0;
  const assess = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        // With the member's token: rate limits then count this member's drafts, not everyone's
        // behind the same address.
        const assessment = await call('members', 'POST', '/api/v1/objectives/assess', {
          what: what.value, who: who.value, where: where.value, tags: tagsOf(tags.value),
        });
        if (mine === asked) {
          advice.show(assessment);
        }
      } catch (e) {
        if (mine === asked) {
          advice.querySelector('.coach-score').textContent = describeError(e);
        }
      }
    }, COACH_DELAY_MS);
  };
  [what, who, where, tags].forEach((input) => input.addEventListener('input', assess));
  if (!objective.specificity) {
    assess();
  }
  row.read = () => ({
    id: row.dataset.objectiveId || undefined,
    what: what.value.trim(), who: who.value.trim(), where: where.value.trim() || null,
    tags: tagsOf(tags.value), priority: Number(priority.value),
  });
  list.append(row);
  return row;
}

function objectivesForm(profile) {
  const list = el('div', { class: 'objectives' });
  profile.objectives.forEach((o) => objectiveRow(o, list));
  const add = el('button', { type: 'button', class: 'secondary', onclick: () => {
    objectiveRow({}, list).querySelector('textarea').focus();
  } }, 'Add an objective');
  return savingForm('Save my objectives', [list, add], async () => {
    const objectives = [...list.querySelectorAll('fieldset.objective')].map((row) => row.read());
    const profileNow = await saved(call('members', 'PUT', `/api/v1/members/${session.memberId}/objectives`, { objectives }));
    // Objectives keep their ids; new ones got theirs now.
    [...list.querySelectorAll('fieldset.objective')].forEach((row, i) => {
      row.dataset.objectiveId = profileNow.objectives[i]?.id || '';
    });
    return `Saved: ${objectives.length === 1 ? 'one objective' : objectives.length + ' objectives'}.`;
  });
}

// --- preferences ------------------------------------------------------------------------------

function preferencesForm(profile) {
  const p = profile.preferences;
  const check = (checked, label, hint) => {
    const input = el('input', { type: 'checkbox', checked });
    input.id = nextId('p');
    return { input, block: el('div', { class: 'field check' }, input, el('label', { for: input.id }, label),
      hint ? el('p', { class: 'hint' }, hint) : null) };
  };
  const open = check(p.openToIntroductions, 'Open to introductions', 'Off takes you out of matching rounds and suggestions.');
  const max = el('input', { type: 'number', min: 0, max: 20, value: p.maxIntroductionsPerMonth, inputmode: 'numeric' });
  const otherChapters = check(p.allowsOtherChapterIntroductions, 'Also members of other chapters',
    'Only with members who allow it too.');
  const isPublic = check(p.publicProfile, 'Show my profile to visitors who are not signed in',
    'Your email is never shown, to anyone, outside an introduction you both accepted.');
  const formats = FORMAT_KEYS.map((f) => {
    const input = el('input', { type: 'checkbox', value: f, checked: p.formats.includes(f) });
    return el('label', { class: 'format-choice' }, input, ' ' + formatName(f));
  });
  return savingForm('Save my preferences', [
    open.block,
    field('At most this many introductions a month', max),
    otherChapters.block,
    isPublic.block,
    el('fieldset', { class: 'formats' }, el('legend', {}, 'Gatherings I like (none ticked: any)'), formats),
  ], async () => {
    await saved(call('members', 'PATCH', `/api/v1/members/${session.memberId}`, {
      preferences: {
        openToIntroductions: open.input.checked,
        maxIntroductionsPerMonth: Number(max.value),
        allowsOtherChapterIntroductions: otherChapters.input.checked,
        publicProfile: isPublic.input.checked,
        formats: formats.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
      },
    }, { contentType: 'application/merge-patch+json' }));
    return 'Saved.';
  });
}

function part(id, title, lead, form) {
  return el('section', { class: 'panel', 'aria-labelledby': id }, el('h2', { id }, title),
    lead ? el('p', { class: 'muted' }, lead) : null, form);
}

export async function showProfile(section) {
  section.replaceChildren(el('h1', { id: 'profile-title', tabindex: '-1' }, 'My profile'), message('Loading…'));
  const profile = await me({ reload: true });
  section.lastElementChild.remove();
  section.append(
    part('about-title', 'About you', null, aboutForm(profile)),
    part('offers-title', 'What you can give', 'Give first: skills, knowledge, contacts you could introduce, resources you have.',
      offersForm(profile)),
    part('objectives-title', 'What you seek', '"Get new business" is not an objective. Say what information you seek, '
      + 'from whom, and where such people gather: the coach scores it as you type.', objectivesForm(profile)),
    part('preferences-title', 'Introductions and privacy', null, preferencesForm(profile)));
}
