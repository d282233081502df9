// Calls to the three Givefirst services from the visitor's browser (CORS). Every error the services
// answer is an RFC 9457 problem: the page shows its detail (and the invalid fields), never a status.
import { settings } from './settings.js';
import { session } from './auth.js';

export class ApiError extends Error {
  /** @param {number} status @param {string} message @param {{field: string, message: string}[]} fields */
  constructor(status, message, fields = []) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

/** Where each service lives. */
export const services = {
  events: () => settings.eventsApi,
  members: () => settings.membersApi,
  matching: () => settings.matchingApi,
};

/**
 * One request. `service` is events, members or matching; a body is sent as JSON. Answers the
 * parsed JSON (null for 204), throws ApiError with the problem's detail, or a plain Error when the
 * service cannot be reached (it names the service, so the message helps whoever runs the site).
 */
export async function call(service, method, path, body, { anonymous = false, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  const token = anonymous ? null : await session.freshToken();
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
  }
  let response;
  try {
    response = await fetch(services[service]() + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Revalidate with the ETag: a 304 costs nothing and seats left are never stale.
      cache: 'no-cache',
    });
  } catch (e) {
    throw new Error(`${service}-service could not be reached at ${services[service]()}. Is it running, and is `
      + `${window.location.origin} one of its GIVEFIRST_CORS_ORIGINS?`);
  }
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const fields = Array.isArray(json?.errors) ? json.errors : [];
    throw new ApiError(response.status, json?.detail || json?.title || `${service}-service refused the request.`, fields);
  }
  return json;
}

/** The same as call, but a 404 answers null: "no RSVP yet", "not registered yet", "no seating yet". */
export async function callOrNull(service, method, path, body) {
  try {
    return await call(service, method, path, body);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return null;
    }
    throw e;
  }
}

/** What to tell the member about an error: the problem's detail, and each invalid field. */
export function describeError(error) {
  if (error instanceof ApiError && error.fields.length > 0) {
    return error.message + ': ' + error.fields.map((f) => `${f.field} ${f.message}`).join('; ') + '.';
  }
  return error.message;
}
