/**
 * RFC 6749 §5.2 error codes the token endpoint answers with, and RFC 8628's `slow_down` for a
 * client that has spent its failed attempts.
 */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope' | 'slow_down' | 'temporarily_unavailable';

const STATUS: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_client: 401,
  unsupported_grant_type: 400,
  invalid_scope: 400,
  slow_down: 429,
  temporarily_unavailable: 503,
};

/** A refused token request: its HTTP status, §5.2 JSON body and headers. */
export class OAuthError extends Error {
  readonly status: number;

  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
    this.status = STATUS[code];
    // §5.2: a client that failed to authenticate is told how it may (HTTP Basic).
    if (code === 'invalid_client') this.headers = { 'www-authenticate': 'Basic realm="careergraph", charset="UTF-8"', ...headers };
  }

  get body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}
