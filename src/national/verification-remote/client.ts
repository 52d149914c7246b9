/**
 * One signed `verification.lookup` to another node and its answer, believed only when signed by that node, to this
 * node, naming this look-up's id, and of the expected shape. A node that does not answer in time, refuses, or
 * answers anything else counts as "not found there" (the caller asks the others, or says not found).
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { Value } from 'typebox/value';
import { openEnvelope } from '../../federation/protocol/envelope.ts';
import { VERIFICATION_ANSWER_TYPE, VERIFICATION_LOOKUP_TYPE } from '../../federation/transport/message-types.ts';
import type { NodeIdentity } from '../../federation/transport/node-identity.ts';
import { postSigned } from '../../federation/warehouse-remote/channel.ts';
import type { RemoteEntry } from '../../platform/signing/registry.service.ts';
import { AnswerBody, type LookupQuery } from './schemas.ts';

export interface AskOptions {
  self: NodeIdentity;
  /** The asked node's code and base URL. */
  node: string;
  baseUrl: string;
  keyOf: (sender: string) => Promise<KeyObject | undefined>;
  windowSeconds: number;
  timeoutMs?: number;
}

export async function askNode(o: AskOptions, query: LookupQuery): Promise<RemoteEntry | null> {
  const id = randomUUID();
  const url = `${o.baseUrl.replace(/\/+$/, '')}/api/v1/federation/verification`;
  try {
    const res = await postSigned(o.self, o.node, url, VERIFICATION_LOOKUP_TYPE, query, o.timeoutMs ?? 8_000, id);
    if (!res.ok) return null;
    const answer = await openEnvelope(await res.json(), { keyOf: o.keyOf, self: o.self.code, now: new Date(), windowSeconds: o.windowSeconds });
    if (answer.header.sender !== o.node || answer.header.type !== VERIFICATION_ANSWER_TYPE) return null;
    if (!Value.Check(AnswerBody, answer.body) || answer.body.inReplyTo !== id) return null;
    // the schema checked kind and status against their enums
    return answer.body.found as RemoteEntry | null;
  } catch {
    return null;
  }
}
