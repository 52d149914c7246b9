/**
 * A per-IP rate limit shared by the public lookup routes of one node (tracking by code and by legacy code): one
 * hook, one count, so a caller cannot double its allowance by switching routes. Over the limit: 429 problem+json
 * `rate-limited` with Retry-After (the handler registered in app.ts).
 */
import type { Server } from './types.ts';

export function publicLookupLimit(app: Server, maxPerMinute: number) {
  return app.rateLimit({ max: maxPerMinute, timeWindow: '1 minute', keyGenerator: (req) => req.ip });
}
