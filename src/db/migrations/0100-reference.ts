import { sql, type Kysely } from 'kysely';

/**
 * Reference data, versioned by effective date (valid_from inclusive, valid_to exclusive, null = still valid):
 * administrative units before and after the 1 July 2025 reorganisation with links from the new units to the
 * ones they replaced; agencies with their electronic identification codes; one-stop units; sectors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table admin_units (
      id uuid primary key default gen_random_uuid(),
      code text not null,                 -- GSO code: 2 digits for provinces, 5 for communes, 3 for districts
      name text not null,
      full_name text not null,
      level text not null check (level in ('province', 'district', 'commune')),
      parent_id uuid references admin_units(id),
      valid_from date not null,
      valid_to date,
      unique (level, code, valid_from),
      check (valid_to is null or valid_to > valid_from)
    );
    create index admin_units_parent on admin_units(parent_id);
    comment on table admin_units is 'Administrative units by effective period; codes are reused across periods, so (level, code, valid_from) identifies a row';

    create table admin_unit_links (
      unit_id uuid not null references admin_units(id) on delete cascade,       -- the unit in force after the change
      replaced_unit_id uuid not null references admin_units(id) on delete cascade, -- a unit it replaced (merged in)
      kind text not null check (kind in ('full', 'partial')),
      effective_date date not null,
      primary key (unit_id, replaced_unit_id)
    );
    create index admin_unit_links_replaced on admin_unit_links(replaced_unit_id);

    create table sectors (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      ministry_code text,                  -- agency code of the ministry that manages the sector, when known
      valid_from date not null default date '2020-01-01',
      valid_to date
    );

    create table agencies (
      id uuid primary key default gen_random_uuid(),
      code text not null check (code ~ '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$'),
      name text not null,
      level smallint not null check (level between 0 and 4), -- 0 = the national portal itself
      kind text not null,                  -- national_portal | ministry | province | department | commune | other
      parent_id uuid references agencies(id),
      admin_unit_id uuid references admin_units(id),
      node_code text not null,             -- the local system (node) that hosts this agency, e.g. H56, G15, NATIONAL
      valid_from date not null,
      valid_to date,
      created_at timestamptz not null default now()
    );
    create unique index agencies_code_current on agencies(code) where valid_to is null;
    create index agencies_parent on agencies(parent_id);
    comment on column agencies.code is 'Electronic identification code V1V2V3.Z1Z2.Y1Y2.MX1X2 (QCVN 102:2016, Decision 20/2020/QĐ-TTg)';

    create table one_stop_units (
      id uuid primary key default gen_random_uuid(),
      agency_id uuid not null references agencies(id),
      code text not null unique,
      name text not null,
      address text not null default '',
      admin_unit_id uuid references admin_units(id),
      valid_from date not null,
      valid_to date
    );
    create index one_stop_units_agency on one_stop_units(agency_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table one_stop_units, agencies, sectors, admin_unit_links, admin_units`.execute(db);
}
