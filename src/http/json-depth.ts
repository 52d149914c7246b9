/**
 * JSON bodies are bounded in nesting depth before they are parsed: a 10,000-level body parses, but everything
 * after the parser that walks it (canonical JSON of a signed message, JSON.stringify into a column, Ajv, the
 * logger) recurses and overflows the stack. One linear scan of the raw text counts `{`/`[` outside strings and
 * refuses more than MAX_JSON_DEPTH levels with 400 `json-too-deep`, before any parsing.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** Deepest nesting of objects and arrays a JSON body may have (our own messages stay under 10). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * True when `text` nests objects and arrays more than `max` levels deep. Brackets inside strings (escapes
 * included) do not count; malformed JSON is left to the parser. Linear in the length, no allocation.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

function tooDeep(): AppError {
  return new AppError('json-too-deep', { detail: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` });
}

/** Parse a JSON text after the depth check (scopes that keep the raw text, e.g. the payment callback). */
export function parseJsonBounded(text: string): unknown {
  if (jsonDepthExceeds(text)) throw tooDeep();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('malformed-json');
  }
}

/**
 * Replaces Fastify's application/json parser of this instance (and the scopes it contains) with the same parser
 * (prototype-poisoning checks included) behind the depth check.
 */
export function registerBoundedJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req: FastifyRequest, body: string | Buffer, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text)) {
      req.log.warn({ url: req.url }, 'JSON body refused: nested too deeply');
      done(tooDeep(), undefined);
      return;
    }
    void parse(req, text, done);
  });
}
