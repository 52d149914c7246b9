/** oidc-provider storage adapter over PostgreSQL (table eid_standin_store), so the stand-in keeps no process state. */
import { sql } from 'kysely';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../db/connect.ts';

export function pgAdapterFactory(db: Db): (model: string) => Adapter {
  return (model: string): Adapter => {
    const live = () =>
      db
        .selectFrom('eidStandinStore')
        .select([sql<string>`payload::text`.as('payloadJson'), 'consumedAt'])
        .where('model', '=', model)
        .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', sql<string>`now()`)]));
    // Read as text: the CamelCasePlugin would otherwise rename the payload's snake_case keys (client_id …).
    const present = (row: { payloadJson: string; consumedAt: string | null } | undefined): AdapterPayload | undefined =>
      row
        ? { ...(JSON.parse(row.payloadJson) as AdapterPayload), ...(row.consumedAt ? { consumed: Math.floor(Date.parse(row.consumedAt) / 1000) } : {}) }
        : undefined;

    return {
      async upsert(id, payload, expiresIn) {
        const expiresAt = expiresIn ? new Date(Date.now() + expiresIn * 1000).toISOString() : null;
        const row = {
          model,
          id,
          payload: JSON.stringify(payload),
          grantId: payload.grantId ?? null,
          userCode: payload.userCode ?? null,
          uid: payload.uid ?? null,
          expiresAt,
          consumedAt: null,
        };
        await db
          .insertInto('eidStandinStore')
          .values(row)
          .onConflict((c) => c.columns(['model', 'id']).doUpdateSet({ payload: row.payload, grantId: row.grantId, userCode: row.userCode, uid: row.uid, expiresAt }))
          .execute();
        if (Math.random() < 0.01) await db.deleteFrom('eidStandinStore').where('expiresAt', '<', sql<string>`now()`).execute();
      },
      async find(id) {
        return present(await live().where('id', '=', id).executeTakeFirst());
      },
      async findByUserCode(userCode) {
        return present(await live().where('userCode', '=', userCode).executeTakeFirst());
      },
      async findByUid(uid) {
        return present(await live().where('uid', '=', uid).executeTakeFirst());
      },
      async consume(id) {
        await db.updateTable('eidStandinStore').set({ consumedAt: sql<string>`now()` }).where('model', '=', model).where('id', '=', id).execute();
      },
      async destroy(id) {
        await db.deleteFrom('eidStandinStore').where('model', '=', model).where('id', '=', id).execute();
      },
      async revokeByGrantId(grantId) {
        await db.deleteFrom('eidStandinStore').where('grantId', '=', grantId).execute();
      },
    };
  };
}
