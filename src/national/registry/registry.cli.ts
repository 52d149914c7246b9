/**
 * CLI: `motcua federation register --code H56 --name … --url … --key-file …` (national portal: register or re-key a
 * connected system) and `motcua federation node-info` (this node's code and public key, to hand to the portal).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import type { OpenDatabase } from '../../db/open.ts';
import { primeNodeIdentity } from '../../federation/transport/node-identity.ts';
import { listNodes } from './registry.repository.ts';
import { changeNodeStatus, registerNode } from './registry.service.ts';
import { setDvcqgAccount } from '../dvcqg/dvcqg.service.ts';
import { registerConformanceCommands } from '../../federation/conformance/conformance.cli.ts';

type OpenDb = (opts?: { migrate?: boolean }) => Promise<OpenDatabase>;

export function registerFederationCommands(program: Command, open: OpenDb): void {
  registerConformanceCommands(program);
  const fed = program.command('federation').description('federation: node identity and the registry of connected systems');
  fed
    .command('node-info')
    .description("print this node's code, role and Ed25519 public key (SPKI PEM); creates the key pair at first use")
    .action(async () => {
      // the node's one key pair is in its database (sealed with MASTER_KEY), shared by all its processes
      const d = await open();
      try {
        const id = await primeNodeIdentity(loadConfig(), d.db);
        console.log(JSON.stringify({ code: id.code, name: id.name, role: id.role, publicKeyPem: id.publicKeyPem }, null, 2));
      } finally {
        await d.close();
      }
    });
  fed
    .command('register')
    .description('register a connected system in the national registry, or update its name, address and key')
    .requiredOption('--code <code>', 'node code, e.g. H56')
    .requiredOption('--key-file <path>', "the system's public key (SPKI PEM, from its `federation node-info`)")
    .option('--url <url>', 'base URL of the system', '')
    .option('--name <name>', 'display name')
    .action(async (o: { code: string; keyFile: string; url: string; name?: string }) => {
      const d = await open();
      try {
        const n = await registerNode(d.db, { code: o.code, name: o.name ?? `Hệ thống ${o.code}`, baseUrl: o.url, publicKey: readFileSync(o.keyFile, 'utf8') });
        console.log(`registered ${n.code} (${n.status}) ${n.baseUrl}`);
      } finally {
        await d.close();
      }
    });
  fed
    .command('suspend')
    .description('suspend (or with --activate, reactivate) a connected system')
    .requiredOption('--code <code>', 'node code')
    .option('--activate', 'reactivate instead')
    .action(async (o: { code: string; activate?: boolean }) => {
      const d = await open();
      try {
        const n = await changeNodeStatus(d.db, o.code, o.activate ? 'active' : 'suspended');
        console.log(`${n.code}: ${n.status}`);
      } finally {
        await d.close();
      }
    });
  fed
    .command('list')
    .description('connected systems with their health')
    .action(async () => {
      const d = await open();
      try {
        for (const n of await listNodes(d.db))
          console.log([n.code, n.status, n.baseUrl, `last ${n.lastMessageAt ?? '-'}`, `lag ${n.syncLagMs ?? '-'} ms`, `events ${n.eventsApplied}`, `errors ${n.errorCount}`, n.lastError ?? ''].join('\t'));
      } finally {
        await d.close();
      }
    });
  fed
    .command('dvcqg-account')
    .description('set the DVCQG-compatible login (username, password read from a file or MOTCUA_DVCQG_PASSWORD) of a connected system')
    .requiredOption('--code <code>', 'node code')
    .requiredOption('--username <username>', 'login name')
    .option('--password-file <path>', 'file holding the password (default: the MOTCUA_DVCQG_PASSWORD variable)')
    .action(async (o: { code: string; username: string; passwordFile?: string }) => {
      const password = (o.passwordFile ? readFileSync(o.passwordFile, 'utf8') : (process.env.MOTCUA_DVCQG_PASSWORD ?? '')).trim();
      const d = await open();
      try {
        await setDvcqgAccount(d.db, { nodeCode: o.code, username: o.username, password });
        console.log(`DVCQG login ${o.username} set for ${o.code}`);
      } finally {
        await d.close();
      }
    });
}
