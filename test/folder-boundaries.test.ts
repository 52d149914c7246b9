/**
 * The folder boundaries of eslint.config.js (issue 15, "the federation folder"): linted with the project's real
 * configuration, an import across a boundary is an error and one along it is not. Each case lints a small text as
 * if it were an existing file of that folder (the typed rules need a file the TypeScript projects know).
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of no-restricted-imports for `code` linted as the file `asFile`. */
async function restricted(asFile: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${asFile}` });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const LONG = 600_000; // typed linting builds the TypeScript program once (slow on a shared machine)

describe('folder boundaries (eslint no-restricted-imports)', () => {
  it('src/federation imports neither local/ nor national/, but its own protocol and transport', { timeout: LONG }, async () => {
    const asFile = 'src/federation/routing/deliver.ts';
    expect(await restricted(asFile, "import { actionRoles } from '../../local/dossiers/action-roles.ts';\nexport const a = actionRoles;\n")).toEqual([
      expect.stringContaining('only local/'),
    ]);
    expect(await restricted(asFile, "import { registryKeyOf } from '../../national/registry/registry.service.ts';\nexport const k = registryKeyOf;\n")).toEqual([
      expect.stringContaining('only national/'),
    ]);
    expect(await restricted(asFile, "import { sealEnvelope } from '../protocol/envelope.ts';\nimport type { NationalPort } from '../national-port.ts';\nexport const s = sealEnvelope;\nexport type P = NationalPort;\n")).toEqual([]);
  });

  it('src/platform imports no role and no federation feature, only its transport, protocol and ports', { timeout: LONG }, async () => {
    const asFile = 'src/platform/notifications/message-check.routes.ts';
    expect(await restricted(asFile, "import { findNode } from '../../national/registry/registry.repository.ts';\nexport const n = findNode;\n")).toHaveLength(1);
    expect(await restricted(asFile, "import { receiveDossier } from '../../local/dossiers/dossier.service.ts';\nexport const r = receiveDossier;\n")).toHaveLength(1);
    expect(await restricted(asFile, "import { deliverOutboxRow } from '../../federation/routing/deliver.ts';\nexport const d = deliverOutboxRow;\n")).toEqual([
      expect.stringContaining('transport, protocol and ports only'),
    ]);
    expect(await restricted(asFile, "import { loadNodeIdentity } from '../../federation/transport/node-identity.ts';\nimport type { WarehousePort } from '../../federation/warehouse-port.ts';\nexport const l = loadNodeIdentity;\nexport type W = WarehousePort;\n")).toEqual([]);
  });

  it('local/ and national/ do not import each other; the composition may import both', { timeout: LONG }, async () => {
    expect(await restricted('src/local/counter-routing/forward.ts', "import { registryKeyOf } from '../../national/registry/registry.service.ts';\nexport const k = registryKeyOf;\n")).toHaveLength(1);
    expect(await restricted('src/national/relay/relay.ts', "import { statuses } from '../../local/dossiers/status.ts';\nexport const s = statuses;\n")).toHaveLength(1);
    expect(
      await restricted('src/composition/federation.ts', "import { statuses } from '../local/dossiers/status.ts';\nimport { registryKeyOf } from '../national/registry/registry.service.ts';\nexport const a = [statuses, registryKeyOf];\n"),
    ).toEqual([]);
  });

  it('web/ imports nothing from src/, only shared/', { timeout: LONG }, async () => {
    const asFile = 'web/src/officer/roles.ts';
    expect(await restricted(asFile, "import { actionRoles } from '../../../src/local/dossiers/action-roles.ts';\nexport const a = actionRoles;\n")).toEqual([
      expect.stringContaining('shared/'),
    ]);
    expect(await restricted(asFile, "import { checkPersonalId } from '../../../src/lib/vn-ids.ts';\nexport const c = checkPersonalId;\n")).toHaveLength(1);
    expect(await restricted(asFile, "import { actionRoles } from '../../../shared/action-roles.ts';\nexport const a = actionRoles;\n")).toEqual([]);
  });
});
