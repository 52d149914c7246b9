/**
 * Agencies and one-stop units (domain-vn.md §2, §4.2). An agency row is one version: its electronic code
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2`, name, parent and node valid over [validFrom, validTo). A change of code or parent
 * closes the row and opens a new one (predecessorId links them); a name change edits the row in place.
 */
import { isValidAgencyCode } from '../../lib/vn-ids.ts';

export const agencyKinds = [
  'national_portal',
  'ministry',
  'province',
  'department',
  'commune',
  'other',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

/** Level of a code by its non-zero parts: 1 = X.00.00.000 … 4 = the V part is used. */
export function codeLevel(code: string): number {
  const [v, z, y] = code.split('.');
  if (v !== '000') return 4;
  if (z !== '00') return 3;
  if (y !== '00') return 2;
  return 1;
}

/** The MX1X2 part: the body (G = ministries and central bodies, H = provinces) the code belongs to. */
export function codeOwner(code: string): string {
  return code.slice(-3);
}

/**
 * Why `code` cannot be the code of a child of `parentCode` (undefined = fine): it must be well formed, belong
 * to the same body (MX1X2) and sit at a lower level than its parent.
 */
export function childCodeProblem(code: string, parentCode: string | null): string | undefined {
  if (!isValidAgencyCode(code)) return 'the code must look like 000.00.00.H56';
  if (!parentCode) return undefined;
  if (codeOwner(code) !== codeOwner(parentCode))
    return `the code must end with .${codeOwner(parentCode)} like its parent`;
  if (codeLevel(code) <= codeLevel(parentCode))
    return `a level-${codeLevel(code)} code cannot be under a level-${codeLevel(parentCode)} agency`;
  return undefined;
}

export const ONE_STOP_CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$';
