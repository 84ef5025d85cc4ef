import * as client from 'openid-client';

/** Why the provider's answer was not accepted, as stored in the audit log. */
export interface SsoFailure {
  code: 'provider-error' | 'token-rejected' | 'provider-unavailable';
  detail: string;
}

/**
 * Sorts what openid-client threw. Its checks of the response and the ID token (issuer, audience,
 * expiry, nonce, signature) throw a ClientError whose cause says which check failed ("unexpected
 * JWT "aud" (audience) claim value"); the provider's own refusals come as OAuth error bodies; the
 * rest (connection refused, timeouts) means the provider could not be reached.
 */
export function describeSsoFailure(error: unknown): SsoFailure {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    const description = error.error_description ? `: ${error.error_description}` : '';
    return { code: 'provider-error', detail: `${error.error}${description}` };
  }
  if (error instanceof client.ClientError) {
    const specific = error.cause instanceof Error ? error.cause.message : error.message;
    return { code: 'token-rejected', detail: `${error.code ?? 'error'}: ${specific}` };
  }
  return { code: 'provider-unavailable', detail: error instanceof Error ? error.message : String(error) };
}
