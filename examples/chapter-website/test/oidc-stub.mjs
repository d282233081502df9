// A stand-in OpenID Connect provider for the browser test, so that the site's own sign-in code
// (authorization code with PKCE, S256) is exercised without Keycloak: discovery, an authorization
// endpoint that signs the configured member in at once, and a token endpoint that refuses any
// code_verifier whose SHA-256 is not the code_challenge it was given. The access token it hands out
// is a development token, which the services started by ./givefirst up trust.
import { createServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';

const base64url = (buffer) => Buffer.from(buffer).toString('base64url');
const unsignedJwt = (claims) => `${base64url(JSON.stringify({ alg: 'none' }))}.${base64url(JSON.stringify(claims))}.`;

/**
 * Starts the provider on a free port. `accessToken` is what a successful sign-in gets; `identity`
 * ({name, email}) goes into the id token. Answers {issuer, log, close}; `log` lists what happened.
 */
export async function startOidcStub({ clientId, allowedOrigin, accessToken, identity }) {
  const codes = new Map();
  const log = [];
  let issuer;
  const cors = { 'Access-Control-Allow-Origin': allowedOrigin, Vary: 'Origin' };
  const json = (response, status, body) => response.writeHead(status, { 'Content-Type': 'application/json', ...cors })
    .end(JSON.stringify(body));

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, issuer);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Allow-Methods': 'POST' }).end();
      return;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        end_session_endpoint: `${issuer}/logout`,
        code_challenge_methods_supported: ['S256'],
      });
      return;
    }
    if (url.pathname === '/auth') {
      const q = url.searchParams;
      const problems = [];
      if (q.get('response_type') !== 'code') problems.push('response_type must be code');
      if (q.get('client_id') !== clientId) problems.push(`client_id must be ${clientId}`);
      if (q.get('code_challenge_method') !== 'S256') problems.push('code_challenge_method must be S256');
      if (!/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') || '')) problems.push('code_challenge must be a SHA-256 in base64url');
      if (!(q.get('scope') || '').split(' ').includes('openid')) problems.push('scope must include openid');
      if (!q.get('state')) problems.push('state is missing');
      const redirect = q.get('redirect_uri') || '';
      if (new URL(redirect, 'http://x').origin !== allowedOrigin) problems.push('redirect_uri is not the site');
      log.push({ step: 'authorize', problems });
      if (problems.length) {
        response.writeHead(400, { 'Content-Type': 'text/plain' }).end(problems.join('\n'));
        return;
      }
      const code = base64url(randomBytes(16));
      codes.set(code, { challenge: q.get('code_challenge'), redirect, nonce: q.get('nonce') });
      const back = new URL(redirect);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state'));
      back.searchParams.set('session_state', 'stub');
      response.writeHead(302, { Location: back.toString() }).end();
      return;
    }
    if (url.pathname === '/logout') {
      log.push({ step: 'logout' });
      response.writeHead(302, { Location: url.searchParams.get('post_logout_redirect_uri') || allowedOrigin }).end();
      return;
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      const grant = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      const verifier = form.get('code_verifier') || '';
      const error = !grant ? 'unknown or used code'
        : form.get('grant_type') !== 'authorization_code' ? 'grant_type must be authorization_code'
          : form.get('client_id') !== clientId ? 'wrong client_id'
            : form.get('redirect_uri') !== grant.redirect ? 'redirect_uri differs from the authorization request'
              : base64url(createHash('sha256').update(verifier).digest()) !== grant.challenge ? 'PKCE verification failed'
                : null;
      log.push({ step: 'token', error, verifierLength: verifier.length });
      if (error) {
        json(response, 400, { error: 'invalid_grant', error_description: error });
        return;
      }
      json(response, 200, {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 300,
        refresh_token: base64url(randomBytes(16)),
        id_token: unsignedJwt({ iss: issuer, aud: clientId, nonce: grant.nonce, ...identity }),
      });
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${server.address().port}`;
  return { issuer, log, close: () => new Promise((resolve) => server.close(resolve)) };
}
