/**
 * Configuration, parsed once from the environment at boot, typed and frozen.
 * Every variable is documented in `.env.example`. A wrong value stops the process with a readable list.
 */
import { isIP } from 'node:net';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

const Env = Type.Object({
  /** development | test | production */
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('test'), Type.Literal('production')], {
    default: 'development',
  }),
  /** Address and port the HTTP server listens on. */
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  /** The URL people and other systems reach this node at (used in OIDC redirects and links). */
  PUBLIC_URL: Type.String({ default: '' }),
  /** External PostgreSQL (>= 15). When empty, an embedded PostgreSQL is started under DATA_DIR/pg. */
  DATABASE_URL: Type.String({ default: '' }),
  /** Port of the embedded PostgreSQL server. */
  EMBEDDED_PG_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 54329 }),
  /**
   * PostgreSQL settings for the embedded server, `name=value` separated by spaces (`shared_buffers=6GB
   * max_wal_size=16GB`): what a DBA would set in postgresql.conf for a node larger than the defaults suit (the
   * national mirror; docs/national-mirror-scale.md). Applied when this process starts the server.
   */
  EMBEDDED_PG_SETTINGS: Type.String({ default: '' }),
  /** Folder for the embedded database, generated keys and files. */
  DATA_DIR: Type.String({ default: './data' }),
  /** Where uploaded and issued files are kept (content-addressed). Empty: DATA_DIR/blobs. */
  STORAGE_DIR: Type.String({ default: '' }),
  /**
   * Files in an S3-compatible object store instead (a node run as several processes or on several hosts: every
   * process must see every file). Set S3_BUCKET to use it; S3_ENDPOINT empty means AWS itself (else the store's URL,
   * `https://s3.example.vn`); S3_FORCE_PATH_STYLE for stores that want `endpoint/bucket/key` (MinIO, Ceph);
   * S3_PREFIX is put before every object name. STORAGE_DIR is then unused (setting both stops the start).
   */
  S3_ENDPOINT: Type.String({ default: '' }),
  S3_BUCKET: Type.String({ maxLength: 63, default: '' }),
  S3_REGION: Type.String({ maxLength: 50, default: 'us-east-1' }),
  S3_ACCESS_KEY_ID: Type.String({ maxLength: 200, default: '' }),
  S3_SECRET_ACCESS_KEY: Type.String({ maxLength: 200, default: '' }),
  S3_FORCE_PATH_STYLE: Type.Boolean({ default: false }),
  S3_PREFIX: Type.String({ maxLength: 200, default: '' }),
  /**
   * The node's master secret (32 bytes, base64), given to EVERY process of the node: it encrypts the keys kept in
   * the database (the agencies' development signing keys, the node's federation key), so any process can use them.
   * MASTER_KEY_FILE names a file holding it (a Docker / Kubernetes secret); MASTER_KEY gives it inline. Both empty:
   * DATA_DIR/secrets/master.key, generated at first start (one host, processes sharing DATA_DIR; the embedded default).
   * Generate one with `openssl rand -base64 32`; never commit it. Losing it loses the keys sealed with it.
   */
  MASTER_KEY: Type.String({ maxLength: 200, default: '' }),
  MASTER_KEY_FILE: Type.String({ default: '' }),
  /** Size of the PostgreSQL connection pool per process. */
  DB_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  /** Which roles this process hosts: all (demo), national (the national portal) or local (a ministry/province). */
  ROLE: Type.Union([Type.Literal('all'), Type.Literal('national'), Type.Literal('local')], {
    default: 'all',
  }),
  /** trace | debug | info | warn | error | fatal | silent */
  LOG_LEVEL: Type.String({ default: 'info' }),
  /** Demo mode: seeds the demo federation and enables scripted logins. Never on in production. */
  DEMO_MODE: Type.Boolean({ default: false }),
  /**
   * The law's settable clock (src/platform/clock): an operator may run the node at a chosen instant through
   * `PUT /api/v1/operations/clock`, to exercise deadlines, apologies, windows and late marks without waiting. Test and
   * demo modes only (default: on there, off elsewhere); CLOCK_SETTABLE=true in production or outside test and demo
   * modes stops the start.
   */
  CLOCK_SETTABLE: Type.Optional(Type.Boolean()),
  /** Password of the demo officers and demo e-ID identities (demo mode only). */
  DEMO_PASSWORD: Type.String({ minLength: 8, default: 'motcua-demo' }),
  /**
   * Behind a TLS-terminating proxy: the proxies whose X-Forwarded-For / -Proto / -Host are believed, as a comma list
   * of addresses and CIDR ranges (`10.0.0.5,192.168.1.0/24,::1`) or the names `loopback`, `linklocal`,
   * `uniquelocal`. Any value but `false` also sets Secure cookies. `true` (the former switch, which believed anyone)
   * now means `loopback` only: a proxy on another host must be listed. See `trustedProxies()`.
   */
  TRUST_PROXY: Type.String({ default: 'false', maxLength: 2000 }),
  /** Largest accepted JSON body, in bytes. */
  BODY_LIMIT: Type.Integer({ minimum: 1024, default: 1_048_576 }),
  /** Largest uploaded document (scan, photo, PDF), in bytes; checked while the upload streams to storage. */
  UPLOAD_MAX_BYTES: Type.Integer({ minimum: 1024, default: 20 * 1024 * 1024 }),
  /** Most pages an uploaded PDF or multi-page TIFF may have. */
  UPLOAD_MAX_PAGES: Type.Integer({ minimum: 1, maximum: 10_000, default: 200 }),
  /** Largest uploaded image in pixels (width × height), checked from the header before decoding. */
  IMAGE_MAX_PIXELS: Type.Integer({ minimum: 1, default: 60_000_000 }),
  /** Most pixels of all pages of one image together (a multi-page TIFF), checked from the headers before decoding. */
  IMAGE_MAX_TOTAL_PIXELS: Type.Integer({ minimum: 1, default: 500_000_000 }),
  /** Most bytes the compressed streams of one uploaded PDF may expand to while it is read (decompression bombs). */
  PDF_MAX_INFLATED_BYTES: Type.Integer({ minimum: 1024, default: 64 * 1024 * 1024 }),
  /**
   * Most indirect objects an uploaded PDF, or a digitised copy composed from scans, may hold: the copy is stamped and
   * signed on the server's main thread, whose pdf-lib reads and writes every object.
   */
  PDF_MAX_OBJECTS: Type.Integer({ minimum: 100, default: 20_000 }),
  /** Time allowed to check one untrusted file (in a worker thread, terminated past it); composing gets more per page. */
  DOCUMENT_WORK_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 20_000 }),
  /** JavaScript heap of each worker thread that reads untrusted files, in MB (past it the worker is stopped). */
  DOCUMENT_WORK_HEAP_MB: Type.Integer({ minimum: 16, default: 384 }),
  /** Officer login attempts allowed per IP and user name (normalised) and minute. */
  LOGIN_RATE_LIMIT: Type.Integer({ minimum: 1, default: 10 }),
  /**
   * Per-account lockout, whatever the IP: after LOGIN_LOCKOUT_THRESHOLD failed logins of one user name within
   * LOGIN_LOCKOUT_WINDOW_SECONDS, the name is locked for LOGIN_LOCKOUT_SECONDS, doubling with each lock in a row up
   * to LOGIN_LOCKOUT_MAX_SECONDS. A successful login resets; a day without attempts forgets the back-off level.
   */
  LOGIN_LOCKOUT_THRESHOLD: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  LOGIN_LOCKOUT_WINDOW_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 900 }),
  LOGIN_LOCKOUT_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 60 }),
  LOGIN_LOCKOUT_MAX_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 900 }),
  /**
   * Public tracking lookups (`/api/v1/tracking/…`, by code or legacy code) allowed per IP and minute: dossier codes
   * follow a pattern, so they must not be walked through. A local system counts its visitors before asking the
   * portal for another system's code; the portal counts each caller, a local system's forwarded lookups included.
   */
  TRACKING_RATE_LIMIT: Type.Integer({ minimum: 1, default: 30 }),
  /**
   * Name of the session cookie. Browsers keep cookies per host name, not per port: systems served on one host name
   * (the demo federation on localhost) each need their own, or logging in on one logs out of the other.
   */
  SESSION_COOKIE: Type.String({ default: 'motcua_session', pattern: '^[A-Za-z0-9_]{1,64}$' }),
  /** Lifetime of a browser session or API token, in hours. */
  SESSION_TTL_HOURS: Type.Integer({ minimum: 1, default: 12 }),
  /**
   * How long a process keeps a resolved session in memory (ms; 0 = look it up on every request). A logout,
   * deactivation or role change made through this process is seen at once; one made through another process
   * sharing the database is seen by this one within this time (src/platform/identity/session-cache.ts).
   */
  SESSION_CACHE_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 5_000 }),
  /**
   * Other origins (`https://host[:port]`, comma-separated) whose pages may write (POST, PUT, PATCH, DELETE) with this
   * node's session cookie. This node's own origin (PUBLIC_URL, or the request's Host) always may; any other page is
   * refused with 403 `cross-origin-refused` (src/http/cross-origin.ts). Bearer tokens are not concerned.
   */
  TRUSTED_ORIGINS: Type.String({ default: '' }),
  /** Issuer URL of the national e-ID (OIDC). Empty: the built-in development stand-in at /dev-eid. */
  EID_ISSUER: Type.String({ default: '' }),
  /** OIDC client id and secret of the portal at the e-ID provider. */
  EID_CLIENT_ID: Type.String({ default: 'motcua-portal' }),
  EID_CLIENT_SECRET: Type.String({ default: '' }),
  /**
   * More relying parties of the DEVELOPMENT e-ID stand-in (the local systems of the demo federation log their
   * citizens in through the portal's stand-in): a JSON array of `{ "clientId", "clientSecret", "redirectUri", "name" }`.
   */
  EID_STANDIN_CLIENTS: Type.String({ default: '' }),
  /**
   * URL of the DVCQG payment platform (INIT and GET_BILL are POSTed there). Empty: the built-in development
   * stand-in at PUBLIC_URL/dev-payment (not mounted when NODE_ENV=production).
   */
  PAYMENT_GATEWAY_URL: Type.String({ default: '' }),
  /**
   * The platform's other two addresses, as the Thanh Hóa client configures them (DvcPaymentSettings: InitUrl,
   * InitReceiptUrl, CheckConfirmUrl): GET_BILL (answered with the receipt as a PDF stream) and QUERY (the state of a
   * transaction). Empty: PAYMENT_GATEWAY_URL (one address for every message), or the stand-in's /dev-payment/bill and
   * /dev-payment/query.
   */
  PAYMENT_BILL_URL: Type.String({ default: '' }),
  PAYMENT_QUERY_URL: Type.String({ default: '' }),
  /** Optional bearer token sent to the platform with every message (DvcPaymentSettings.AccessToken); the stand-in then requires it. */
  PAYMENT_ACCESS_TOKEN: Type.String({ default: '' }),
  /** Our partner code (MaDoiTac) at the payment platform. */
  PAYMENT_PARTNER_CODE: Type.String({ minLength: 1, maxLength: 50, default: 'MOTCUA-DEV' }),
  /**
   * Shared secret issued by the payment platform. Required with PAYMENT_GATEWAY_URL; with the stand-in it is
   * generated at first start and kept in the database (table payment_settings).
   */
  PAYMENT_SECRET: Type.String({ default: '' }),
  /**
   * Notifications (src/platform/notifications). SMTP relay for e-mail: smtp://user:pass@host:587 or smtps://….
   * Empty outside production: the built-in development mail catcher on DEV_MAIL_PORT, inbox at PUBLIC_URL/dev-mail.
   * Empty in production: e-mail notifications are not sent (recorded as failed in notification_outbox).
   */
  SMTP_URL: Type.String({ default: '' }),
  /** Sender of notification e-mails. */
  MAIL_FROM: Type.String({
    minLength: 3,
    maxLength: 200,
    default: '"Hệ thống một cửa" <no-reply@motcua.invalid>',
  }),
  /** Local port of the development mail catcher's SMTP server (0: any free port). */
  DEV_MAIL_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 0 }),
  /** Attempts per message before it is given up (dead); the wait doubles after each failure from NOTIFY_RETRY_SECONDS. */
  NOTIFY_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 8 }),
  NOTIFY_RETRY_SECONDS: Type.Integer({ minimum: 1, maximum: 86_400, default: 30 }),
  /** How often the dispatcher looks for due messages, in milliseconds. */
  NOTIFY_POLL_MS: Type.Integer({ minimum: 100, maximum: 600_000, default: 2000 }),
  /**
   * Federation (src/federation, src/local/sync, src/national/sync). This node's code: the agency code prefix of the
   * system it runs (H56, H49, G15…). Empty: NATIONAL for ROLE=national or all, LOCAL otherwise.
   */
  NODE_CODE: Type.String({ maxLength: 20, default: '' }),
  /** This node's display name in the registry and at /api/v1/federation/node. */
  NODE_NAME: Type.String({ maxLength: 300, default: '' }),
  /**
   * The national portal's public address, printed in every e-mail and SMS as where to check the message
   * ("Kiểm tra tin nhắn"). Empty: NATIONAL_URL on a local system, else this node's PUBLIC_URL.
   */
  PORTAL_URL: Type.String({ default: '' }),
  /** Local systems: base URL of the national portal dossiers are synchronised to. Empty: no sync sender runs. */
  NATIONAL_URL: Type.String({ default: '' }),
  /** Node code of the national portal (the recipient of sync messages). */
  NATIONAL_NODE_CODE: Type.String({ maxLength: 20, default: 'NATIONAL' }),
  /**
   * SPKI PEM of the portal's Ed25519 key (checks the receipts it signs). Empty: read once from
   * NATIONAL_URL/api/v1/federation/node at first contact (trust on first use).
   */
  NATIONAL_PUBLIC_KEY: Type.String({ default: '' }),
  /** How far a message's sentAt may be from the receiver's clock, in seconds. */
  FEDERATION_WINDOW_SECONDS: Type.Integer({ minimum: 10, maximum: 86_400, default: 300 }),
  /**
   * Federation messages that fail to authenticate (bad envelope, unknown sender, bad signature, outside the window)
   * allowed per IP and minute on the signed endpoints; past it every message from that IP is answered 429 until the
   * minute is over. Authenticated messages never count.
   */
  FEDERATION_UNAUTH_RATE_LIMIT: Type.Integer({ minimum: 1, default: 60 }),
  /**
   * DVCQG-compatible logins (`/api/dvcqg/login`) allowed per account and minute: generous, since OpenCPS logs in
   * again before calls once its token is ten minutes old. Failed DVCQG logins are limited per IP by LOGIN_RATE_LIMIT.
   */
  DVCQG_LOGIN_RATE_LIMIT: Type.Integer({ minimum: 1, default: 120 }),
  /** Dossiers (each with all its pending changes) per sync envelope. */
  SYNC_BATCH_SIZE: Type.Integer({ minimum: 1, maximum: 5000, default: 200 }),
  /** How often the sync sender looks for due changes when idle, in milliseconds. */
  SYNC_POLL_MS: Type.Integer({ minimum: 20, maximum: 600_000, default: 200 }),
  /** A local system pulls the national catalogue's new and retired versions this often, in milliseconds. */
  CATALOGUE_PULL_MS: Type.Integer({ minimum: 100, maximum: 86_400_000, default: 15_000 }),
  /**
   * Sync senders working side by side in this process (each claims other dossiers' streams under a lease, so the
   * order per dossier holds): while one waits for the portal's answer another prepares the next envelope.
   */
  SYNC_SENDERS: Type.Integer({ minimum: 1, maximum: 16, default: 2 }),
  /** First retry wait after a failed send, in milliseconds; doubles per attempt (with jitter) up to SYNC_RETRY_MAX_MS. */
  SYNC_RETRY_MS: Type.Integer({ minimum: 10, maximum: 3_600_000, default: 1000 }),
  SYNC_RETRY_MAX_MS: Type.Integer({ minimum: 10, maximum: 86_400_000, default: 300_000 }),
  /** How long a claimed dossier stream stays invisible to other senders (a sender that dies frees it after this). */
  SYNC_LEASE_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 60 }),
  /**
   * Organisational signing keys (src/platform/signing). A folder of PKCS#12 files, one per agency named
   * `<agency-code>.p12`, unlocked with SIGNING_P12_PASSPHRASE. Empty: development keys (a per-node DEV CA and
   * per-agency certificates generated at first use, private keys encrypted under DATA_DIR/signing).
   */
  SIGNING_P12_DIR: Type.String({ default: '' }),
  SIGNING_P12_PASSPHRASE: Type.String({ default: '' }),
  /**
   * Start without organisational signing: every request that would sign a document answers 503
   * `signing-disabled`. In production either SIGNING_P12_DIR or this must be set (development keys never sign there).
   */
  SIGNING_DISABLED: Type.Boolean({ default: false }),
  /** Folder of PEM certificates of production CAs whose signatures verification reports as trusted. */
  SIGNING_TRUSTED_CA_DIR: Type.String({ default: '' }),
  /**
   * How a local system talks to NATIONAL_URL: `motcua` (signed messages) or `dvcqg` (the DVCQG integration API:
   * session login with dstcode, TraCuuHoSo → DongBoHoSoMC → CapNhatTienDoHoSoMC; domain-vn.md §6.1).
   */
  NATIONAL_PROTOCOL: Type.Union([Type.Literal('motcua'), Type.Literal('dvcqg')], { default: 'motcua' }),
  /** DVCQG protocol: login of this system, routing code (dstcode header), unit code (madonvi) and the two paths. */
  DVCQG_USERNAME: Type.String({ maxLength: 100, default: '' }),
  DVCQG_PASSWORD: Type.String({ maxLength: 200, default: '' }),
  DVCQG_DSTCODE: Type.String({ maxLength: 100, default: 'NATIONAL' }),
  DVCQG_MADONVI: Type.String({ maxLength: 50, default: '' }),
  DVCQG_LOGIN_PATH: Type.String({ maxLength: 200, default: '/api/dvcqg/login' }),
  DVCQG_INTEGRATION_PATH: Type.String({ maxLength: 200, default: '/api/dvcqg/integration' }),
  /**
   * Periodic jobs of a local system (src/platform/jobs, runner started by src/main.ts and the demo federation): the
   * Vietnam time (HH:MM, +07:00) the daily close of unanswered supplement requests runs at; a day's run missed while
   * no process was up runs at the next start. Once per day across every process on the database.
   */
  JOB_SUPPLEMENT_DEADLINE_AT: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', default: '00:30' }),
  /** The longest wait between two looks of the job runner (retry of a failed run), in milliseconds. */
  JOBS_CHECK_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 60_000 }),
  /**
   * How long a process's claim of a periodic job (or of a maintenance pass) holds, in seconds: renewed every third
   * of it while the job runs; a process that died mid-run has its occurrence taken over once it has passed.
   */
  JOB_LEASE_SECONDS: Type.Integer({ minimum: 3, maximum: 3600, default: 60 }),
  /**
   * Bounded growth (src/platform/maintenance, issue 16.3): the daily maintenance job of every node runs at this
   * Vietnam time. It removes acknowledged outbox rows (sync, notifications, routing) older than OUTBOX_KEEP_DAYS,
   * creates the monthly partitions of the append-only logs PARTITIONS_AHEAD_MONTHS ahead, and removes the months
   * past each log's retention (months; 0 = kept for ever) by detaching the partition: dropped, or with
   * PARTITION_ARCHIVE=archive moved into the schema `motcua_archive` for export. Rows are never DELETEd.
   */
  JOB_MAINTENANCE_AT: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', default: '01:30' }),
  /**
   * Also run the maintenance steps every this many seconds (0 = only daily at JOB_MAINTENANCE_AT): a busy node with
   * short OUTBOX_KEEP_DAYS / NOTIFICATION_KEEP_DAYS, or a soak (`npm run bench -- soak`: keep 0 days, every 5 s).
   * Under the job's lock, so never beside the daily run or another process's pass; no job-run row per pass.
   */
  MAINTENANCE_EVERY_SECONDS: Type.Integer({ minimum: 0, maximum: 86_400, default: 0 }),
  OUTBOX_KEEP_DAYS: Type.Integer({ minimum: 0, maximum: 3650, default: 7 }),
  /** Sent or abandoned notifications are kept this long: the node's "Kiểm tra tin nhắn" answers for them meanwhile. */
  NOTIFICATION_KEEP_DAYS: Type.Integer({ minimum: 0, maximum: 3650, default: 180 }),
  PARTITIONS_AHEAD_MONTHS: Type.Integer({ minimum: 1, maximum: 36, default: 3 }),
  PARTITION_ARCHIVE: Type.Union([Type.Literal('drop'), Type.Literal('archive')], { default: 'archive' }),
  RETENTION_DOSSIER_ACTIONS_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  RETENTION_AUDIT_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  RETENTION_MESSAGE_LOG_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  RETENTION_ACCESS_LOG_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  RETENTION_PAYMENT_EVENTS_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  RETENTION_NATIONAL_PROGRESS_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 0 }),
  /**
   * The portal's monitoring sync log (national_monitoring_events, one row per applied sync event): months of receipt
   * kept. The Decision 766 index reads only its read models (facts per dossier, month buckets), which are kept for
   * ever (a dossier's facts do not need its removed events: apply.ts); 24 months keep every event received in the
   * current and the previous calendar year (the ranking's previous period), which `motcua monitoring rebuild`
   * recomputes from the log itself; older dossiers' facts are kept as they are. Removed months go the way of
   * PARTITION_ARCHIVE. 0 = kept for ever.
   */
  RETENTION_NATIONAL_MONITORING_EVENTS_MONTHS: Type.Integer({ minimum: 0, maximum: 1200, default: 24 }),
});

export type Config = Readonly<Static<typeof Env>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(Env.properties)) {
    const v = env[key];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const withDefaults = Value.Default(Env, Value.Convert(Env, raw));
  if (!Value.Check(Env, withDefaults)) {
    const problems = [...Value.Errors(Env, withDefaults)].map(
      (e) => `  ${e.instancePath || '/'}: ${e.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const cfg = withDefaults;
  if (!cfg.PUBLIC_URL)
    cfg.PUBLIC_URL = `http://${cfg.HOST === '0.0.0.0' ? 'localhost' : cfg.HOST}:${cfg.PORT}`;
  if (cfg.NODE_ENV === 'production' && cfg.DEMO_MODE)
    throw new Error('Invalid configuration: DEMO_MODE in production');
  if (cfg.CLOCK_SETTABLE === true && (cfg.NODE_ENV === 'production' || (cfg.NODE_ENV !== 'test' && !cfg.DEMO_MODE)))
    throw new Error(
      'Invalid configuration: CLOCK_SETTABLE=true is for test and demo modes only; the law\'s clock is never set in production',
    );
  const badProxy = trustedProxyEntries(cfg.TRUST_PROXY).filter((e) => !validProxyEntry(e));
  if (badProxy.length > 0)
    throw new Error(`Invalid configuration: TRUST_PROXY entries are not addresses or CIDR ranges: ${badProxy.join(', ')}`);
  if (cfg.LOGIN_LOCKOUT_MAX_SECONDS < cfg.LOGIN_LOCKOUT_SECONDS)
    throw new Error('Invalid configuration: LOGIN_LOCKOUT_MAX_SECONDS is below LOGIN_LOCKOUT_SECONDS');
  if (cfg.S3_BUCKET && cfg.STORAGE_DIR)
    throw new Error('Invalid configuration: S3_BUCKET and STORAGE_DIR are both set; files go to one store');
  if (cfg.MASTER_KEY && cfg.MASTER_KEY_FILE)
    throw new Error('Invalid configuration: MASTER_KEY and MASTER_KEY_FILE are both set; give the master secret once');
  if (cfg.SIGNING_DISABLED && cfg.SIGNING_P12_DIR)
    throw new Error('Invalid configuration: SIGNING_DISABLED=true and SIGNING_P12_DIR are both set; choose one');
  if (cfg.NODE_ENV === 'production' && !cfg.SIGNING_P12_DIR && !cfg.SIGNING_DISABLED) {
    throw new Error(
      'Invalid configuration: NODE_ENV=production needs SIGNING_P12_DIR (a folder of the agencies\' PKCS#12 keys, ' +
        '<agency-code>.p12); development keys never sign in production. To start without signing set ' +
        'SIGNING_DISABLED=true (documents that need a signature are then refused with 503 signing-disabled).',
    );
  }
  if (cfg.PAYMENT_GATEWAY_URL && !cfg.PAYMENT_SECRET) {
    throw new Error('Invalid configuration: PAYMENT_SECRET is required when PAYMENT_GATEWAY_URL is set');
  }
  return Object.freeze(cfg);
}

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustedProxyEntries(value: string): string[] {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return [];
  if (v === 'true') return ['loopback'];
  return value.split(',').map((e) => e.trim()).filter((e) => e !== '');
}

function validProxyEntry(e: string): boolean {
  if (proxyNames.has(e.toLowerCase())) return true;
  const [addr = '', prefix, ...rest] = e.split('/');
  const family = isIP(addr);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The proxies whose X-Forwarded-* headers are believed (Fastify's `trustProxy`, proxy-addr syntax), or false.
 * Only a request arriving from one of them has its client address taken from X-Forwarded-For.
 */
export function trustedProxies(cfg: Pick<Config, 'TRUST_PROXY'>): string[] | false {
  const list = trustedProxyEntries(cfg.TRUST_PROXY);
  return list.length > 0 ? list : false;
}

/** Served through a (TLS-terminating) proxy: cookies are marked Secure. */
export function behindProxy(cfg: Pick<Config, 'TRUST_PROXY'>): boolean {
  return trustedProxies(cfg) !== false;
}
