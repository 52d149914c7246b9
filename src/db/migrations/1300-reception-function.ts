import { sql, type Kysely } from 'kysely';

/**
 * A dossier reception's writes in ONE statement (issue 16, intake): `receive_dossier(p jsonb)` writes the dossier,
 * its components, fees, first action, audit row, notification outbox rows and sync event (with its stream), and
 * — for a counter or postal reception — takes the agency's code of the day. Called alone, the statement is its own
 * transaction: the counter row is locked only while the server runs the function (no client round trip while it
 * is held), and a failure anywhere rolls the counter back with the rest (codes stay gap-free). PL/pgSQL caches the
 * plans of its statements per connection, which works behind PgBouncer transaction pooling (no named prepared
 * statements on the client).
 *
 * The caller builds every JSON value; values known only when the function runs are placeholders: the whole JSON
 * string `<tok>:code` (the dossier code), `<tok>:now` (the transaction time as an ISO instant, ms, Z), `<tok>:day`
 * (its Vietnam day), `tok` being a random token of the call. A notification check code already used raises
 * SQLSTATE MC409 (everything rolled back): the caller draws new codes and calls again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function reception_fill(j jsonb, tok text, code text, now_iso text, vn_day text)
      returns jsonb language sql immutable as $$
      select replace(replace(replace(j::text,
        to_jsonb(tok || ':code')::text, coalesce(to_jsonb(code)::text, 'null')),
        to_jsonb(tok || ':now')::text, to_jsonb(now_iso)::text),
        to_jsonb(tok || ':day')::text, to_jsonb(vn_day)::text)::jsonb
    $$;

    create or replace function receive_dossier(p jsonb,
      out r_code text, out r_created_at timestamptz, out r_action_id bigint)
      language plpgsql as $$
    declare
      d jsonb := p->'dossier';
      c jsonb := p->'counter';
      a jsonb := p->'action';
      e jsonb := p->'audit';
      tok text := p->>'tok';
      v_id uuid := (d->>'id')::uuid;
      v_now text := to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
      v_day text := to_char(now() at time zone 'UTC' + interval '7 hours', 'YYYY-MM-DD');
      v_seq integer;
      v_n integer;
    begin
      if c is not null and jsonb_typeof(c) = 'object' then
        insert into dossier_code_counters (agency_code, day, last_seq) values (c->>'agency', (c->>'day')::date, 1)
        on conflict (agency_code, day) do update set last_seq = dossier_code_counters.last_seq + 1
        returning last_seq into v_seq;
        r_code := (c->>'prefix') || case when v_seq < 1000 then lpad(v_seq::text, 4, '0') else v_seq::text end;
      end if;
      r_created_at := now();

      insert into dossiers (id, code, channel, procedure_code, procedure_version_id, procedure_name, case_code, terms,
        rule_version_id, owner_type, owner_id_number, owner_name, owner_contact, submitter, account_id,
        receiving_unit_id, received_at_agency_id, return_at_reception, resolving_agency_id, node_code, status,
        sub_state, received_at, due_at, state, workflow_template_id, declaration, source_ref)
      values (v_id, r_code, d->>'channel', d->>'procedure_code', d->>'procedure_version_id', d->>'procedure_name',
        d->>'case_code', d->'terms', (d->>'rule_version_id')::uuid, d->>'owner_type', d->>'owner_id_number',
        d->>'owner_name', d->'owner_contact', d->'submitter', (d->>'account_id')::uuid,
        (d->>'receiving_unit_id')::uuid, (d->>'received_at_agency_id')::uuid, (d->>'return_at_reception')::boolean,
        (d->>'resolving_agency_id')::uuid, d->>'node_code', (d->>'status')::smallint, d->>'sub_state',
        (d->>'received_at')::timestamptz, (d->>'due_at')::timestamptz, d->'state',
        (d->>'workflow_template_id')::uuid, nullif(d->'declaration', 'null'::jsonb),
        d->>'source_ref');

      insert into dossier_components (dossier_id, seq, name, document_type_code, originals, certified_copies, photocopies,
        source, warehouse_document_id, warehouse_consent_id)
      select v_id, x.seq, x.name, x.document_type_code, x.originals, x.certified_copies, x.photocopies, x.source,
        x.warehouse_document_id, x.warehouse_consent_id
      from jsonb_to_recordset(p->'components') as x(seq smallint, name text, document_type_code text, originals smallint,
        certified_copies smallint, photocopies smallint, source text, warehouse_document_id uuid, warehouse_consent_id uuid);

      insert into dossier_fees (dossier_id, seq, code, name, amount)
      select v_id, x.seq, x.code, x.name, x.amount
      from jsonb_to_recordset(p->'fees') as x(seq smallint, code text, name text, amount bigint);

      insert into dossier_actions (dossier_id, seq, kind, at, data, actor_kind, actor_id, actor_name)
      values (v_id, (a->>'seq')::integer, a->>'kind', (a->>'at')::timestamptz,
        reception_fill(a->'data', tok, r_code, v_now, v_day), a->>'actor_kind', a->>'actor_id', a->>'actor_name')
      returning id into r_action_id;

      insert into audit_events (actor_kind, actor_id, action, target_type, target_id, outcome, detail)
      values (e->>'actor_kind', e->>'actor_id', e->>'action', e->>'target_type', e->>'target_id', e->>'outcome',
        reception_fill(e->'detail', tok, r_code, v_now, v_day));

      if jsonb_array_length(p->'messages') > 0 then
        insert into notification_outbox (channel, recipient, template, params, dossier_id, check_code)
        select x.channel, x.recipient, x.template, reception_fill(x.params, tok, r_code, v_now, v_day), v_id, x.check_code
        from jsonb_to_recordset(p->'messages') as x(channel text, recipient text, template text, params jsonb, check_code text)
        on conflict (check_code) do nothing;
        get diagnostics v_n = row_count;
        if v_n <> jsonb_array_length(p->'messages') then
          raise exception 'a message check code is already used' using errcode = 'MC409';
        end if;
      end if;

      if jsonb_typeof(p->'sync') = 'object' then
        insert into sync_outbox (dossier_id, seq, event)
        values (v_id, (p->'sync'->>'seq')::integer, reception_fill(p->'sync', tok, r_code, v_now, v_day))
        on conflict (dossier_id, seq) do nothing;
        insert into sync_streams (dossier_id, last_seq) values (v_id, (p->'sync'->>'seq')::integer)
        on conflict (dossier_id) do update set
          last_seq = greatest(sync_streams.last_seq, excluded.last_seq),
          next_attempt_at = case when sync_streams.last_seq <= sync_streams.acked_seq then now() else sync_streams.next_attempt_at end;
      end if;
    end $$;
    comment on function receive_dossier(jsonb) is 'A dossier reception''s writes in one statement, the code of the day taken in it (issue 16)';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function if exists receive_dossier(jsonb);
    drop function if exists reception_fill(jsonb, text, text, text, text);
  `.execute(db);
}
