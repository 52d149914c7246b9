/**
 * How the local system reaches the payment platform: its three addresses (INIT, GET_BILL, QUERY), the optional
 * bearer token, our partner code, the shared secret, and one JSON POST per message. A real gateway and the
 * development stand-in are addressed the same way.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { GatewayResponse } from './protocol.ts';
import { ensureSetting } from './payments.repository.ts';

/** Path of the development stand-in gateway under PUBLIC_URL. */
export const STANDIN_PATH = '/dev-payment';

/** Whether this configuration uses the built-in stand-in (never in production; same rule as the stand-in's own). */
export function usesStandIn(config: Config): boolean {
  return !config.PAYMENT_GATEWAY_URL && config.NODE_ENV !== 'production';
}

export type GatewayMessageKind = 'INIT' | 'GET_BILL' | 'QUERY';

/**
 * Where each message is POSTed (the platform's three addresses: INIT, GET_BILL, QUERY), or undefined when no gateway
 * is configured. PAYMENT_BILL_URL / PAYMENT_QUERY_URL, else PAYMENT_GATEWAY_URL for all three, else the stand-in's.
 */
export function gatewayAddress(config: Config, kind: GatewayMessageKind): string | undefined {
  const own = kind === 'GET_BILL' ? config.PAYMENT_BILL_URL : kind === 'QUERY' ? config.PAYMENT_QUERY_URL : '';
  if (own) return own;
  if (config.PAYMENT_GATEWAY_URL) return config.PAYMENT_GATEWAY_URL;
  if (!usesStandIn(config)) return undefined;
  const base = `${config.PUBLIC_URL.replace(/\/$/, '')}${STANDIN_PATH}`;
  return kind === 'GET_BILL' ? `${base}/bill` : kind === 'QUERY' ? `${base}/query` : base;
}

/** Where INIT is POSTed, or undefined when no gateway is configured. */
export function gatewayUrl(config: Config): string | undefined {
  return gatewayAddress(config, 'INIT');
}

/** Where the gateway reports results (configured at the real platform; the stand-in uses it directly). */
export function callbackUrl(config: Config): string {
  return `${config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/payments/callback`;
}

/**
 * The shared secret: PAYMENT_SECRET, or (stand-in) the one generated at first start and kept in payment_settings
 * under `shared-secret:<partner code>` (the stand-in reads the same row).
 */
export async function sharedSecret(db: Db, config: Config): Promise<string> {
  if (config.PAYMENT_SECRET) return config.PAYMENT_SECRET;
  return ensureSetting(db, `shared-secret:${config.PAYMENT_PARTNER_CODE}`);
}

/** The largest answer read from the platform (a receipt PDF is a few tens of kilobytes). */
const MAX_ANSWER_BYTES = 5 * 1024 * 1024;

/** What the platform answered: a JSON object, or a PDF (GET_BILL's receipt stream). */
export interface GatewayAnswer {
  status: number;
  json?: Record<string, unknown>;
  pdf?: Buffer;
}

/**
 * POST a signed message to its address, with the bearer token when one is configured (PAYMENT_ACCESS_TOKEN, as
 * DvcPaymentService sends `_settings.AccessToken`). Throws `payment-gateway-unavailable` when unreachable or when the
 * answer is neither a JSON object nor a PDF.
 */
export async function sendToGateway(config: Config, kind: GatewayMessageKind, message: object): Promise<GatewayAnswer> {
  const url = gatewayAddress(config, kind);
  if (!url) throw new AppError('payment-gateway-unavailable', { detail: 'No payment gateway is configured (PAYMENT_GATEWAY_URL)' });
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: kind === 'GET_BILL' ? 'application/pdf, application/json' : 'application/json' };
  if (config.PAYMENT_ACCESS_TOKEN) headers.authorization = `Bearer ${config.PAYMENT_ACCESS_TOKEN}`;
  let res: Response;
  let bytes: Buffer;
  try {
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(message), signal: AbortSignal.timeout(20_000) });
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_ANSWER_BYTES) throw new Error(`answer of ${declared} bytes`);
    bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_ANSWER_BYTES) throw new Error(`answer of ${bytes.length} bytes`);
  } catch (err) {
    throw new AppError('payment-gateway-unavailable', { detail: 'The payment gateway could not be reached', cause: err });
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { status: res.status, pdf: bytes };
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new AppError('payment-gateway-unavailable', { detail: `Unexpected gateway answer (HTTP ${res.status})` });
  return { status: res.status, json: parsed as Record<string, unknown> };
}

/** The `{error_code, message}` envelope of an answer (INIT, a refused GET_BILL), or undefined when it has none. */
export function envelopeOf(a: GatewayAnswer): GatewayResponse | undefined {
  const p = a.json;
  if (!p || (typeof p.error_code !== 'string' && typeof p.error_code !== 'number')) return undefined;
  return { error_code: String(p.error_code), message: typeof p.message === 'string' ? p.message : '' };
}

/** POST INIT; returns the gateway's `{error_code, message}` or throws `payment-gateway-unavailable`. */
export async function postToGateway(config: Config, message: object): Promise<GatewayResponse> {
  const answer = await sendToGateway(config, 'INIT', message);
  const env = envelopeOf(answer);
  if (!env) throw new AppError('payment-gateway-unavailable', { detail: `Unexpected gateway answer (HTTP ${answer.status})` });
  return env;
}

/** Parse the JSON string in a gateway `message`; undefined when it is not a JSON object. */
export function parseGatewayMessage(message: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(message);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
