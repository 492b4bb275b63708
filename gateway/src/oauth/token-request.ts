import { OAuthError } from './oauth-error';

/** A client credentials grant request (RFC 6749 §4.4.2), with the client authenticated by §2.3.1. */
export interface ClientCredentialsRequest {
  clientId: string;
  clientSecret: string;
  /** The scopes asked for (§3.3); none: every scope the client was granted. */
  requestedScopes?: string[];
}

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * Reads a token request from its Content-Type, Authorization header and form body. The client
 * authenticates by HTTP Basic or by `client_id`/`client_secret` in the body, never both (§2.3).
 */
export function parseTokenRequest(request: {
  contentType: string | undefined;
  authorization: string | undefined;
  form: Record<string, unknown>;
}): ClientCredentialsRequest {
  const mediaType = request.contentType?.split(';')[0].trim().toLowerCase();
  if (mediaType !== FORM_CONTENT_TYPE) {
    throw new OAuthError('invalid_request', `the request body must be ${FORM_CONTENT_TYPE} (RFC 6749 §4.4.2), not ${mediaType ?? 'missing'}`);
  }
  const form = request.form;
  // §3.2: parameters must not be included more than once.
  for (const [name, value] of Object.entries(form)) {
    if (typeof value !== 'string') throw new OAuthError('invalid_request', `the parameter ${name} is sent more than once`);
  }
  const parameter = (name: string) => (form[name] === '' ? undefined : (form[name] as string | undefined));
  const grantType = parameter('grant_type');
  if (!grantType) throw new OAuthError('invalid_request', 'the grant_type parameter is missing; send grant_type=client_credentials');
  if (grantType !== 'client_credentials') {
    throw new OAuthError('unsupported_grant_type', `grant_type ${JSON.stringify(grantType)} is not supported; only client_credentials is`);
  }
  const credentials = clientCredentials(request.authorization, parameter('client_id'), parameter('client_secret'));
  const scope = parameter('scope');
  return { ...credentials, ...(scope === undefined ? {} : { requestedScopes: parseScope(scope) }) };
}

function clientCredentials(
  authorization: string | undefined,
  bodyId: string | undefined,
  bodySecret: string | undefined,
): Pick<ClientCredentialsRequest, 'clientId' | 'clientSecret'> {
  if (authorization !== undefined) {
    if (bodyId !== undefined || bodySecret !== undefined) {
      throw new OAuthError('invalid_request', 'authenticate the client one way only: HTTP Basic or client_id and client_secret in the body, not both');
    }
    return basicCredentials(authorization);
  }
  if (bodyId === undefined && bodySecret === undefined) {
    throw new OAuthError('invalid_client', 'client authentication is missing: send HTTP Basic (client_id:client_secret) or client_id and client_secret');
  }
  if (bodyId === undefined) throw new OAuthError('invalid_request', 'the client_id parameter is missing');
  if (bodySecret === undefined) throw new OAuthError('invalid_request', 'the client_secret parameter is missing');
  return { clientId: bodyId, clientSecret: bodySecret };
}

/** §2.3.1: `Basic base64(urlencode(client_id) ":" urlencode(client_secret))`. */
function basicCredentials(authorization: string): Pick<ClientCredentialsRequest, 'clientId' | 'clientSecret'> {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization.trim());
  if (!match) throw new OAuthError('invalid_client', 'the Authorization header must be "Basic <base64 of client_id:client_secret>"');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthError('invalid_client', 'the Basic credentials must be client_id:client_secret, with a colon');
  try {
    const clientId = formDecode(decoded.slice(0, colon));
    const clientSecret = formDecode(decoded.slice(colon + 1));
    if (!clientId || !clientSecret) throw new OAuthError('invalid_client', 'the Basic credentials have an empty client_id or client_secret');
    return { clientId, clientSecret };
  } catch (error) {
    if (error instanceof OAuthError) throw error;
    throw new OAuthError('invalid_client', 'the Basic credentials are not form-url-encoded (RFC 6749 §2.3.1)');
  }
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** §3.3: space-delimited scope tokens of printable ASCII except `"` and `\`. */
function parseScope(scope: string): string[] {
  const tokens = scope.split(' ').filter(Boolean);
  const invalid = tokens.find((token) => !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(token));
  if (tokens.length === 0 || invalid !== undefined) {
    throw new OAuthError('invalid_scope', `the scope parameter must be space-separated scope names${invalid ? `; ${JSON.stringify(invalid)} is not one` : ''}`);
  }
  return [...new Set(tokens)];
}
