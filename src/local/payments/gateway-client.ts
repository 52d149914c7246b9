/**
 * How the local system reaches the payment platform: its URL, our partner code, the shared secret, and one JSON
 * POST. A real gateway and the development stand-in are addressed the same way.
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

/** Where INIT and GET_BILL are POSTed, or undefined when no gateway is configured. */
export function gatewayUrl(config: Config): string | undefined {
  if (config.PAYMENT_GATEWAY_URL) return config.PAYMENT_GATEWAY_URL;
  return usesStandIn(config) ? `${config.PUBLIC_URL.replace(/\/$/, '')}${STANDIN_PATH}` : undefined;
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

/** POST a signed message; returns the gateway's answer or throws `payment-gateway-unavailable`. */
export async function postToGateway(config: Config, message: object): Promise<GatewayResponse> {
  const url = gatewayUrl(config);
  if (!url) throw new AppError('payment-gateway-unavailable', { detail: 'No payment gateway is configured (PAYMENT_GATEWAY_URL)' });
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(20_000),
    });
  } catch (err) {
    throw new AppError('payment-gateway-unavailable', { detail: 'The payment gateway could not be reached', cause: err });
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const p = parsed as Partial<GatewayResponse> | undefined;
  if (!p || (typeof p.error_code !== 'string' && typeof p.error_code !== 'number')) {
    throw new AppError('payment-gateway-unavailable', { detail: `Unexpected gateway answer (HTTP ${res.status})` });
  }
  return { error_code: String(p.error_code), message: typeof p.message === 'string' ? p.message : '' };
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
