// The site's settings: config.js (window.GIVEFIRST_WEBSITE), overridden by query parameters so that
// one copy of the site can serve any chapter and any deployment of the services.

const defaults = window.GIVEFIRST_WEBSITE || {};
const query = new URLSearchParams(window.location.search);

const base = (name, fallback) => (query.get(name) || fallback || '').replace(/\/+$/, '');

const chapter = query.get('chapter') || defaults.chapter || '';
const oidc = defaults.oidc || {};

export const settings = Object.freeze({
  eventsApi: base('events', defaults.eventsApi || 'http://localhost:8082'),
  membersApi: base('members', defaults.membersApi || 'http://localhost:8081'),
  matchingApi: base('matching', defaults.matchingApi || 'http://localhost:8083'),
  chapter,
  chapterName: query.get('name') || (query.get('chapter') ? '' : defaults.chapterName) || chapter,
  issuer: base('issuer', oidc.issuer),
  clientId: query.get('client') || oidc.clientId || 'chapter-website',
  devTokens: defaults.devTokens !== false,
});
