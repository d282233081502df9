// Signing a member in. Two ways:
//  - OpenID Connect, authorization code with PKCE (S256), at the issuer in the settings (the Compose
//    setup's Keycloak realm `givefirst`, public client `chapter-website`); tokens are refreshed
//    before they expire;
//  - a development token, pasted or passed as #token=... (the local run, ./givefirst token).
// The page reads the member id (`sub`), roles (`groups`) and chapters organized (`organizer_of`)
// from the access token without verifying it: every service verifies every token it receives.
import { settings } from './settings.js';

const SESSION_KEY = 'givefirst.session';
const PENDING_KEY = 'givefirst.oidc.pending';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Refresh this long before the access token expires, so that no call goes out with a stale one.
const REFRESH_MARGIN_MS = 30_000;

function base64UrlDecode(text) {
  let base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  while (base64.length % 4) {
    base64 += '=';
  }
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function base64UrlEncode(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText() {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(32)));
}

/** The claims of a JWT, read without verification. */
function payloadOf(token) {
  const parts = String(token).split('.');
  if (parts.length !== 3) {
    throw new Error('That is not a token: a token has three parts separated by dots.');
  }
  try {
    return JSON.parse(base64UrlDecode(parts[1]));
  } catch (e) {
    throw new Error('That token cannot be read.');
  }
}

/** The member an access token speaks for; throws with a sentence a member understands. */
function memberClaims(token, { checkExpiry = true } = {}) {
  const claims = payloadOf(token);
  if (!UUID.test(claims.sub || '')) {
    throw new Error('That is not a member token: its subject is not a member id.');
  }
  if (Array.isArray(claims.groups) && !claims.groups.includes('member')) {
    throw new Error('That token does not carry the member role.');
  }
  if (checkExpiry && typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
    throw new Error('That token has expired: get a new one.');
  }
  return claims;
}

async function discovery() {
  const response = await fetch(settings.issuer + '/.well-known/openid-configuration');
  if (!response.ok) {
    throw new Error(`The sign-in service at ${settings.issuer} did not describe itself.`);
  }
  return response.json();
}

async function tokenRequest(endpoint, form) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form),
    });
  } catch (e) {
    throw new Error(`The sign-in service at ${settings.issuer} could not be reached (is ${window.location.origin} `
      + 'one of the web origins of its client?).');
  }
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.access_token) {
    // OAuth errors (RFC 6749 §5.2) say what went wrong in error_description.
    throw new Error('Sign-in failed: ' + (answer.error_description || answer.error || 'the sign-in service refused it') + '.');
  }
  return answer;
}

/** The URL the provider sends the member back to: this page, without the answer's parameters. */
function returnUrl() {
  const url = new URL(window.location.href);
  for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description']) {
    url.searchParams.delete(name);
  }
  url.hash = '';
  return url.toString();
}

class Session {
  constructor() {
    this.listeners = [];
    this.data = null;
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (stored) {
        // An expired OpenID Connect token is refreshed before its first use; an expired development
        // token signs the member out.
        stored.claims = memberClaims(stored.accessToken, { checkExpiry: stored.kind !== 'oidc' });
        this.data = stored;
      }
    } catch (e) {
      sessionStorage.removeItem(SESSION_KEY);
    }
  }

  get signedIn() { return this.data !== null; }
  get memberId() { return this.data ? this.data.claims.sub.toLowerCase() : null; }
  get kind() { return this.data?.kind || null; }
  /** Name and email the identity provider knows (OpenID Connect only): to fill in a registration. */
  get identity() { return this.data?.identity || {}; }
  get roles() { return this.data?.claims.groups || []; }

  /** Organizes this chapter: the organizer role and the chapter in organizer_of, or an admin. */
  organizes(chapter) {
    if (this.roles.includes('admin')) {
      return true;
    }
    const chapters = this.data?.claims.organizer_of || [];
    return this.roles.includes('organizer') && (Array.isArray(chapters) ? chapters : [chapters]).includes(chapter);
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  store(data) {
    this.data = data;
    if (data) {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify({ ...data, claims: undefined }));
    } else {
      sessionStorage.removeItem(SESSION_KEY);
    }
    this.listeners.forEach((listener) => listener());
  }

  /** A development token, as it is. Throws with a message when it is not a member's. */
  useToken(token) {
    const accessToken = String(token).trim();
    this.store({ kind: 'token', accessToken, claims: memberClaims(accessToken) });
  }

  /** Sends the member to the provider's sign-in page; they come back to this page with a code. */
  async startSignIn() {
    if (!window.crypto?.subtle) {
      throw new Error('Signing in needs a secure page: serve the site over HTTPS (or from localhost).');
    }
    const provider = await discovery();
    const verifier = randomText();
    const challenge = base64UrlEncode(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const pending = { verifier, state: randomText(), nonce: randomText(), redirectUri: returnUrl(), route: window.location.hash };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const url = new URL(provider.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: pending.redirectUri,
      scope: 'openid profile email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    window.location.assign(url.toString());
  }

  /**
   * Back from the provider (?code=&state=): exchanges the code for tokens with the verifier, and
   * restores the address the member left. Answers false when this page load is not such a return.
   */
  async completeSignIn() {
    const params = new URLSearchParams(window.location.search);
    if (!params.has('state') || !(params.has('code') || params.has('error'))) {
      return false;
    }
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
    sessionStorage.removeItem(PENDING_KEY);
    const back = returnUrl();
    history.replaceState(null, '', back + (pending?.route || ''));
    if (params.has('error')) {
      throw new Error('Sign-in was not completed: ' + (params.get('error_description') || params.get('error')) + '.');
    }
    if (!pending || pending.state !== params.get('state')) {
      throw new Error('That sign-in answer was not asked for by this tab: sign in again.');
    }
    const provider = await discovery();
    const answer = await tokenRequest(provider.token_endpoint, {
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: pending.redirectUri,
      client_id: settings.clientId,
      code_verifier: pending.verifier,
    });
    const idClaims = answer.id_token ? payloadOf(answer.id_token) : {};
    if (answer.id_token && idClaims.nonce !== pending.nonce) {
      throw new Error('The sign-in answer does not belong to this sign-in: sign in again.');
    }
    this.storeTokens(answer, provider, { name: idClaims.name, email: idClaims.email, idToken: answer.id_token });
    return true;
  }

  storeTokens(answer, provider, identity) {
    this.store({
      kind: 'oidc',
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token || null,
      expiresAt: Date.now() + (answer.expires_in || 300) * 1000,
      tokenEndpoint: provider.token_endpoint,
      endSessionEndpoint: provider.end_session_endpoint || null,
      identity,
      claims: memberClaims(answer.access_token),
    });
  }

  /** The access token, refreshed first when it is about to expire; null when signed out. */
  async freshToken() {
    const data = this.data;
    if (!data) {
      return null;
    }
    if (data.kind === 'oidc' && data.refreshToken && data.expiresAt - REFRESH_MARGIN_MS <= Date.now()) {
      if (!this.refreshing) {
        this.refreshing = tokenRequest(data.tokenEndpoint, {
          grant_type: 'refresh_token', refresh_token: data.refreshToken, client_id: settings.clientId,
        }).then((answer) => this.storeTokens({ refresh_token: data.refreshToken, ...answer },
          { token_endpoint: data.tokenEndpoint, end_session_endpoint: data.endSessionEndpoint }, data.identity))
          .catch((e) => {
            this.store(null);
            throw new Error('Your sign-in ended: sign in again. (' + e.message + ')');
          })
          .finally(() => { this.refreshing = null; });
      }
      await this.refreshing;
    }
    return this.data?.accessToken || null;
  }

  /** Signs out here, and at the provider too when signed in there. */
  signOut() {
    const data = this.data;
    this.store(null);
    if (data?.kind === 'oidc' && data.endSessionEndpoint) {
      const url = new URL(data.endSessionEndpoint);
      url.searchParams.set('client_id', settings.clientId);
      url.searchParams.set('post_logout_redirect_uri', returnUrl());
      if (data.identity?.idToken) {
        url.searchParams.set('id_token_hint', data.identity.idToken);
      }
      window.location.assign(url.toString());
    }
  }
}

export const session = new Session();

/** A token in the URL fragment (#token=...) signs in, and leaves the address bar at once. */
export function tokenFromFragment() {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (token) {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return token;
}
