import { OAuthError } from './oauth-error';
import { parseTokenRequest } from './token-request';

const FORM = 'application/x-www-form-urlencoded';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

function refusal(request: Parameters<typeof parseTokenRequest>[0]): { status: number; body: unknown; headers: Record<string, string> } {
  try {
    parseTokenRequest(request);
  } catch (error) {
    if (error instanceof OAuthError) return { status: error.status, body: error.body, headers: error.headers };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseTokenRequest (RFC 6749 §4.4.2, client authentication §2.3.1)', () => {
  it('reads HTTP Basic credentials, form-url-decoded, and the requested scope', () => {
    expect(
      parseTokenRequest({ contentType: `${FORM}; charset=UTF-8`, authorization: basic('cgc_a b', 'se:cr+et'), form: { grant_type: 'client_credentials', scope: 'partner' } }),
    ).toEqual({ clientId: 'cgc_a b', clientSecret: 'se:cr+et', requestedScopes: ['partner'] });
  });

  it('reads client_id and client_secret from the body', () => {
    expect(
      parseTokenRequest({ contentType: FORM, authorization: undefined, form: { grant_type: 'client_credentials', client_id: 'cgc_x', client_secret: 's' } }),
    ).toEqual({ clientId: 'cgc_x', clientSecret: 's' });
  });

  it.each([
    [{ contentType: 'application/json', authorization: basic('a', 'b'), form: {} }, 400, 'invalid_request', /must be application\/x-www-form-urlencoded/],
    [{ contentType: FORM, authorization: basic('a', 'b'), form: {} }, 400, 'invalid_request', /grant_type parameter is missing/],
    [{ contentType: FORM, authorization: basic('a', 'b'), form: { grant_type: 'password' } }, 400, 'unsupported_grant_type', /"password" is not supported/],
    [{ contentType: FORM, authorization: basic('a', 'b'), form: { grant_type: ['client_credentials', 'client_credentials'] } }, 400, 'invalid_request', /grant_type is sent more than once/],
    [
      { contentType: FORM, authorization: basic('a', 'b'), form: { grant_type: 'client_credentials', client_id: 'a', client_secret: 'b' } },
      400,
      'invalid_request',
      /one way only/,
    ],
    [{ contentType: FORM, authorization: undefined, form: { grant_type: 'client_credentials', client_id: 'a' } }, 400, 'invalid_request', /client_secret parameter is missing/],
    [{ contentType: FORM, authorization: 'Bearer abc', form: { grant_type: 'client_credentials' } }, 401, 'invalid_client', /must be "Basic/],
    [{ contentType: FORM, authorization: `Basic ${Buffer.from('nocolon').toString('base64')}`, form: { grant_type: 'client_credentials' } }, 401, 'invalid_client', /with a colon/],
    [{ contentType: FORM, authorization: undefined, form: { grant_type: 'client_credentials' } }, 401, 'invalid_client', /client authentication is missing/],
    [{ contentType: FORM, authorization: basic('a', 'b'), form: { grant_type: 'client_credentials', scope: 'bad"scope' } }, 400, 'invalid_scope', /"bad\\"scope" is not one/],
  ])('refuses %j with %i %s', (request, status, error, description) => {
    const answer = refusal(request as Parameters<typeof parseTokenRequest>[0]);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error, error_description: expect.stringMatching(description) });
    // §5.2: a 401 tells the client how to authenticate.
    if (status === 401) expect(answer.headers['www-authenticate']).toMatch(/^Basic realm="careergraph"/);
  });
});
