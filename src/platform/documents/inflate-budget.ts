/**
 * A budget on the bytes pdf-lib decompresses while it reads one untrusted PDF. pdf-lib inflates object streams
 * and cross-reference streams whole while it loads a file (and any stream it is asked to decode later); a 1 MB
 * flate stream of zeros expands to 1 GiB. Every decoder of pdf-lib (Flate, LZW, ASCII85, ASCIIHex, RunLength)
 * grows its output through `DecodeStream.prototype.ensureBuffer`, so that one method counts the growth of each
 * stream against the budget of the job in progress and stops the decoder past it.
 *
 * pdf-lib swallows some parse errors and goes on (an unreadable object becomes an "invalid object"), so the refusal
 * is sticky: once the budget is spent every decoder fails, and `withInflateBudget` refuses the job whatever the
 * function returned. Imported only where untrusted PDFs are read (worker threads of src/platform/sandbox), one job
 * at a time per thread. pdf-lib 1.17.1 is pinned; the patched method is part of its stream base class since 2020.
 */
import { createRequire } from 'node:module';
import { AppError } from '../../errors.ts';

interface DecodeStreamProto {
  ensureBuffer: (this: object, requested: number) => Uint8Array;
}

interface Budget {
  max: number;
  left: number;
  exceeded: boolean;
}

let current: Budget | undefined;
const grown = new WeakMap<object, number>();

const require = createRequire(import.meta.url);
// The same module instance as `import … from 'pdf-lib'` (its CommonJS build, the package's main).
const proto = (require('pdf-lib/cjs/core/streams/DecodeStream.js') as { default: { prototype: DecodeStreamProto } })
  .default.prototype;
const original = proto.ensureBuffer;

function refusal(b: Budget): AppError {
  return new AppError('pdf-expands-too-large', { data: { maxInflatedBytes: b.max } });
}

proto.ensureBuffer = function ensureBuffer(this: object, requested: number): Uint8Array {
  const b = current;
  if (b) {
    if (b.exceeded) throw refusal(b);
    const before = grown.get(this) ?? 0;
    if (requested > before) {
      b.left -= requested - before;
      grown.set(this, requested);
      if (b.left < 0) {
        b.exceeded = true;
        throw refusal(b);
      }
    }
  }
  return original.call(this, requested);
};

/** Run `fn` (which reads a PDF with pdf-lib) with at most `maxBytes` decompressed; else AppError `pdf-expands-too-large`. */
export async function withInflateBudget<T>(maxBytes: number, fn: () => Promise<T>): Promise<T> {
  const b: Budget = { max: maxBytes, left: maxBytes, exceeded: false };
  current = b;
  try {
    const value = await fn();
    if (b.exceeded) throw refusal(b);
    return value;
  } catch (err) {
    if (b.exceeded) throw refusal(b);
    throw err;
  } finally {
    current = undefined;
  }
}
