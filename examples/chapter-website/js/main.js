// The chapter website: public gatherings for everyone, and for a signed-in member their own space
// (introductions, suggestions, where to go, profile, giving) and, for organizers, rounds and tables.
// Plain ES modules, no build step. Screens are addressed as #/name, so that the back button works.
import { settings } from './settings.js';
import { ApiError, call, describeError } from './api.js';
import { session, tokenFromFragment } from './auth.js';
import { forgetMe, me, rememberMe } from './me.js';
import { el, message } from './format.js';
import { refreshGatherings, setUpGatherings } from './gatherings.js';
import { pendingCount, showIntroductions } from './introductions.js';
import { showSuggestions, showWhere } from './suggestions.js';
import { showProfile } from './profile.js';
import { showGiving } from './giving.js';
import { showOrganize } from './organizer.js';

const $ = (id) => document.getElementById(id);

const SCREENS = {
  gatherings: refreshGatherings,
  introductions: showIntroductions,
  suggestions: showSuggestions,
  where: showWhere,
  profile: showProfile,
  giving: showGiving,
  organize: showOrganize,
  join: showJoin,
};

function say(text) {
  $('account-message').textContent = text || '';
}

// --- joining: signed in at the identity provider, not a member yet ---------------------------

async function showJoin(section) {
  const name = el('input', { id: 'join-name', type: 'text', required: true, maxlength: 80, autocomplete: 'name',
    value: session.identity.name || '' });
  const email = el('input', { id: 'join-email', type: 'email', required: true, maxlength: 254, autocomplete: 'email',
    value: session.identity.email || '' });
  const status = el('p', { class: 'message', role: 'status' });
  const form = el('form', {},
    el('div', { class: 'field' }, el('label', { for: 'join-name' }, 'Your name, as members will see it'), name),
    el('div', { class: 'field' }, el('label', { for: 'join-email' }, 'Your email'), email,
      el('p', { class: 'hint' }, 'Shown to nobody but the members you both agree to be introduced to.')),
    el('button', { type: 'submit' }, `Join ${settings.chapterName}`), status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.classList.remove('error');
    try {
      rememberMe(await call('members', 'POST', '/api/v1/members',
        { displayName: name.value.trim(), email: email.value.trim(), chapters: [settings.chapter] }));
      await showAccount();
      window.location.hash = '#/profile';
    } catch (err) {
      status.classList.add('error');
      status.textContent = describeError(err);
    }
  });
  section.replaceChildren(
    el('h1', { id: 'join-title', tabindex: '-1' }, `Welcome to ${settings.chapterName}`),
    el('p', { class: 'lead' }, 'You are signed in, but not a member of the chapter yet. Join, then say what you can give '
      + 'and what you seek.'), form);
}

// --- the account box and the menu ------------------------------------------------------------

async function showAccount() {
  const signedIn = session.signedIn;
  $('signed-out').hidden = signedIn;
  $('signed-in').hidden = !signedIn;
  $('member-nav').hidden = true;
  document.body.dataset.signedIn = String(signedIn);
  if (!signedIn) {
    forgetMe();
    return;
  }
  let profile = null;
  try {
    profile = await me();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      session.store(null);
      say('Your sign-in is no longer valid: sign in again.');
      return;
    }
    say(describeError(e));
  }
  $('greeting').textContent = profile ? `Hello, ${profile.displayName}` : 'Hello! You are not a member yet.';
  $('member-nav').hidden = !profile;
  $('nav-organize').hidden = !session.organizes(settings.chapter);
  if (profile) {
    pendingCount().then((n) => {
      $('pending-count').textContent = n ? `${n} waiting` : '';
      $('pending-count').hidden = n === 0;
    }).catch(() => {});
  }
}

// --- screens ----------------------------------------------------------------------------------

function wanted() {
  const name = window.location.hash.replace(/^#\/?/, '');
  return Object.hasOwn(SCREENS, name) ? name : 'gatherings';
}

let shown = null;

async function route({ focus = true } = {}) {
  let name = wanted();
  if (!session.signedIn) {
    name = 'gatherings';
  } else if (name !== 'gatherings' && !(await me().catch(() => null))) {
    name = 'join';
  }
  document.querySelectorAll('.screen').forEach((s) => { s.hidden = s.dataset.screen !== name; });
  document.querySelectorAll('#member-nav a').forEach((a) => {
    if (a.dataset.route === name) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  const section = $('screen-' + name);
  document.body.dataset.screen = name;
  delete document.body.dataset.ready;
  shown = name;
  try {
    await SCREENS[name](section);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      session.store(null);
      say('Your sign-in is no longer valid: sign in again.');
      return;
    }
    section.querySelector('.message')?.remove();
    section.append(message(describeError(e), 'alert'));
  }
  if (shown !== name) {
    return;
  }
  document.title = `${section.querySelector('h1')?.textContent || 'Gatherings'} · ${settings.chapterName}`;
  document.body.dataset.ready = name;
  if (focus) {
    section.querySelector('h1')?.focus();
  }
}

async function start() {
  $('chapter-name').textContent = settings.chapterName;
  setUpGatherings();
  $('oidc-sign-in').hidden = !settings.issuer;
  $('dev-sign-in').hidden = !settings.devTokens;
  if (settings.issuer && settings.devTokens) {
    $('oidc-sign-in').after(' ');
  }

  try {
    await session.completeSignIn();
  } catch (e) {
    say(e.message);
  }
  const token = tokenFromFragment();
  if (token) {
    try {
      session.useToken(token);
    } catch (e) {
      say(e.message);
    }
  }

  $('oidc-sign-in').addEventListener('click', () => session.startSignIn().catch((e) => say(e.message)));
  $('sign-in').addEventListener('submit', (e) => {
    e.preventDefault();
    try {
      session.useToken($('token-input').value);
      $('token-input').value = '';
      say('');
    } catch (error) {
      say(error.message);
    }
  });
  $('sign-out-button').addEventListener('click', () => {
    session.signOut();
    say('You are signed out.');
  });
  session.onChange(async () => {
    forgetMe();
    await showAccount();
    await route({ focus: false });
  });
  window.addEventListener('hashchange', () => route());

  await showAccount();
  await route({ focus: false });
}

start();
