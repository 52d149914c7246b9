/**
 * The national port of a local system with the system's own component → document-type mappings laid over the
 * catalogue's components (src/local/reuse/component-types.service.ts), so the once-only resolver, reception and
 * digitisation read the mapped codes. The national role's port is left as it is.
 */
import type { Db } from '../db/connect.ts';
import { mappingsFor } from '../local/reuse/component-types.repository.ts';
import { foldComponentName } from '../federation/document-types.ts';
import type { NationalPort, PortProcedure } from '../federation/national-port.ts';

/** Lay this system's mappings over the components of the procedures read through the port. */
export function withLocalComponentTypes(port: NationalPort, db: Db): NationalPort {
  // the port's procedures may be shared and frozen (its cache): a procedure with mappings is a new object
  async function overlay(procs: PortProcedure[]): Promise<PortProcedure[]> {
    const rows = await mappingsFor(db, procs.map((p) => p.code));
    if (!rows.length) return procs;
    return procs.map((p) => {
      const mine = new Map(rows.filter((r) => r.procedureCode === p.code).map((r) => [r.componentNameFold, r]));
      if (!mine.size) return p;
      return {
        ...p,
        cases: p.cases.map((c) => ({
          ...c,
          components: c.components.map((k) => {
            const m = mine.get(foldComponentName(k.name));
            return m ? { ...k, documentTypeCode: m.documentTypeCode, replacingResultCode: m.replacingResultCode ?? k.replacingResultCode } : k;
          }),
        })),
      };
    });
  }
  return {
    ...port,
    async findPublishedProcedure(code, at) {
      const p = await port.findPublishedProcedure(code, at);
      return p ? (await overlay([p]))[0] : undefined;
    },
    async findPublishedProcedures(codes, at) {
      return overlay(await port.findPublishedProcedures(codes, at));
    },
  };
}
