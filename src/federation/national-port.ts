/**
 * The explicit interface between the two roles. A local system (ministry or province) asks the national
 * portal for what only the portal owns — today the master catalogue — through this port and nothing else.
 * In one process (`ROLE=all`, the demo) the in-process adapter calls the national modules directly; the
 * federation issue adds an adapter that speaks signed HTTP messages to a remote portal with the same shape.
 * Types here are the wire contract: plain JSON, no database rows.
 */
import type { WarehousePort } from './warehouse-port.ts';
import type { EForm } from './eform.ts';

export type * from './warehouse-port.ts';

export interface PortTerms {
  duration: number;
  unit: 'working_day' | 'working_hour' | 'calendar_day';
}

export interface PortComponent {
  name: string;
  documentTypeCode: string | null;
  originals: number;
  copies: number;
  replacingResultCode: string | null;
  /** Must be provided online (from the warehouse or uploaded). */
  required: boolean;
}

export interface PortProcedure {
  code: string;
  name: string;
  versionId: string;
  sectorCode: string;
  levels: string[];
  /** full = toàn trình, partial = một phần, none = not online. */
  onlineLevel: 'full' | 'partial' | 'none';
  competentAgencyCodes: string[];
  effectiveFrom: string;
  /** Processing time at the counter and online (null: no fixed time / not offered on that channel). */
  processing: { counter: PortTerms | null; online: PortTerms | null };
  fees: { code: string | null; name: string; amount: number }[];
  cases: { code: string; name: string; components: PortComponent[] }[];
  /** The internal workflow template code the procedure names (null/absent: the local default template). */
  workflowTemplateRef?: string | null;
  /** The declaration e-form of this version (src/federation/eform.ts), null when it has none. */
  eform?: EForm | null;
}

/** The catalogue, and the Electronic Data Warehouse (warehouse-port.ts). */
export interface NationalPort extends WarehousePort {
  /** The published version in force at `at` (ISO date, default today), or undefined. */
  findPublishedProcedure(code: string, at?: string): Promise<PortProcedure | undefined>;
  /** Published procedures by code, in force at `at`; unknown or unpublished codes are left out. */
  findPublishedProcedures(codes: readonly string[], at?: string): Promise<PortProcedure[]>;
  /**
   * A dossier this system does not hold (another system's code, e.g. one received at this counter for another
   * province), from the portal's public tracking: masked, as the portal shows it. Undefined in one process (every
   * dossier is local there) or when the portal does not know the code or cannot be reached.
   */
  trackElsewhere(code: string): Promise<Record<string, unknown> | undefined>;
}
