/**
 * Secrets of the node kept in PostgreSQL (`node_secrets`), sealed with the master secret every process is given
 * (`master-key.ts`). Created once per node: the first process inserts, a concurrent one's insert is ignored and both
 * read the stored value. A check value sealed at the first start proves, at every later start, that the process
 * holds the same master secret as the others; a different one stops the start with a readable message.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { masterKeyOf, seal, unseal, type MasterKeyConfig } from './master-key.ts';

const CHECK_NAME = 'master-key-check';
const CHECK_TEXT = 'motcua: the master secret of this node';

async function readSealed(db: Db, name: string): Promise<string | undefined> {
  const r = await sql<{ sealed: string }>`select sealed from node_secrets where name = ${name}`.execute(db);
  return r.rows[0]?.sealed;
}

/** The secret `name`, created with `make()` by the first process that asks (the others get the stored one). */
export async function sharedSecret(db: Db, config: MasterKeyConfig, name: string, make: () => Buffer): Promise<Buffer> {
  const key = masterKeyOf(config);
  let sealed = await readSealed(db, name);
  if (sealed === undefined) {
    await sql`insert into node_secrets (name, sealed) values (${name}, ${seal(key, make())}) on conflict (name) do nothing`.execute(db);
    sealed = await readSealed(db, name);
  }
  if (sealed === undefined) throw new Error(`node secret ${name} vanished`);
  try {
    return unseal(key, sealed);
  } catch (err) {
    throw new Error(`The node secret ${name} does not open with this process's master secret (MASTER_KEY / MASTER_KEY_FILE)`, { cause: err });
  }
}

/** Refuses to go on (Error) when this process's master secret is not the one the node's keys are sealed with. */
export async function checkMasterKey(db: Db, config: MasterKeyConfig): Promise<void> {
  try {
    const text = await sharedSecret(db, config, CHECK_NAME, () => Buffer.from(CHECK_TEXT));
    if (text.toString() === CHECK_TEXT) return;
  } catch {
    /* reported below */
  }
  throw new Error(
    'Invalid configuration: this process was given another master secret than the one this node\'s keys are sealed ' +
      'with (node_secrets). Give every process of the node the same MASTER_KEY or MASTER_KEY_FILE ' +
      '(a node that used DATA_DIR/secrets/master.key or DATA_DIR/signing/master.key: give that file\'s content as MASTER_KEY).',
  );
}
