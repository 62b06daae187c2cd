// Talks to the Corridor API. Every failure becomes an Error whose message is the API's own
// explanation ("from: no place matches 'Atlantis' ..."), ready to show to the person.
export async function getJson(path) {
  return send(path, { headers: { Accept: 'application/json' } });
}

/** Sends a write with the token the server printed at start. */
export async function postText(path, text, token, contentType = 'application/yaml') {
  return send(path, { method: 'POST', body: text,
    headers: { Accept: 'application/json', 'Content-Type': contentType, Authorization: `Bearer ${token}` } });
}

/** Posts text (a file's content) to a read-only endpoint (no token needed). */
export async function postPlain(path, text) {
  return send(path, { method: 'POST', body: text,
    headers: { Accept: 'application/json', 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Posts a JSON value to a read-only endpoint (no token needed). */
export async function postJson(path, value) {
  return send(path, { method: 'POST', body: JSON.stringify(value),
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' } });
}

async function send(path, options) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    throw new Error('The server cannot be reached. Is "corridor serve" still running?');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // A body that is not JSON: fall through to the status.
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : `the server answered ${response.status}`;
    throw new Error(message);
  }
  return body;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  return search.toString();
}
