/**
 * One circuit breaker per DNS server, so that a resolver outage ends a scan quickly instead of
 * spending every query's full timeout and retries (issue 12). Closed: queries go out. It opens when
 * `threshold` tries in a row got no reply AND the server has not replied to anything for
 * `silenceMs`: a domain whose own name servers are dead makes its many queries time out together,
 * but the resolver keeps answering other domains meanwhile, so that alone never opens it. Open:
 * queries to that server fail at once, as temporary failures — never as "missing". After `openMs`
 * it lets one probe through (half-open); a reply closes it, no reply opens it again.
 */
export interface BreakerOptions {
  /** Consecutive unanswered tries that open the breaker. */
  threshold: number;
  /** How long it stays open before one probe is let through. */
  openMs: number;
  /** How long the server must have been silent, besides the unanswered tries, for it to open. */
  silenceMs: number;
  /** Milliseconds clock; tests may pass their own. */
  now?: () => number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  /** Whether a try may be sent now; in half-open, true once (the probe) until its outcome is known. */
  allow(): boolean;
  /** The server replied (any RCODE: it is reachable). */
  replied(): void;
  /** A try got no reply: it timed out, or the send itself failed. */
  noReply(): void;
  state(): BreakerState;
}

export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  const { threshold, openMs, silenceMs, now = () => performance.now() } = options;
  let state: BreakerState = 'closed';
  let unanswered = 0;
  let lastReplyAt = now();
  let openUntil = 0;
  let probing = false;

  const open = () => {
    state = 'open';
    openUntil = now() + openMs;
    probing = false;
  };

  return {
    allow() {
      if (state === 'closed') return true;
      if (state === 'open' && now() >= openUntil) state = 'half-open';
      if (state === 'half-open' && !probing) {
        probing = true;
        return true;
      }
      return false;
    },
    replied() {
      lastReplyAt = now();
      state = 'closed';
      unanswered = 0;
      probing = false;
    },
    noReply() {
      unanswered++;
      const silent = now() - lastReplyAt >= silenceMs;
      if (state === 'half-open' || (state === 'closed' && unanswered >= threshold && silent)) open();
    },
    state: () => state,
  };
}
