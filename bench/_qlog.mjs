import pg from 'pg';
import fs from 'node:fs';
const proto = pg.Client.prototype; const orig = proto.query;
proto.query = function (...a) { const q = a[0]; if (globalThis.__qlog) fs.appendFileSync('/tmp/prof2/q.log', (typeof q === 'string' ? q : q?.text ?? String(q)).replace(/\s+/g,' ').slice(0,300) + '\n'); return orig.apply(this, a); };
process.on('SIGUSR2', () => { globalThis.__qlog = !globalThis.__qlog; });
