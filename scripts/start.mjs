#!/usr/bin/env node
// `npm start`: the demo federation (DEMO_MODE on unless set) on the embedded PostgreSQL — the national portal (PORT)
// and the local systems of Thanh Hóa, Quảng Ninh and the Ministry of Justice (PORT+1…PORT+3) as separate nodes, one
// database each — with the web app built first when dist/web is missing or older than web/.
// `npm start -- --all-in-one`: one process hosting every role (ROLE=all) on one database; also what runs when
// DATABASE_URL or ROLE is set (a real deployment starts one node: `npm run start:node`).
import { spawn } from 'node:child_process';
import { ensureWebBuilt } from './web-build.mjs';

if (!ensureWebBuilt()) console.error('the web app could not be built: starting the API only');
const env = { DEMO_MODE: 'true', ...process.env };
const single = process.argv.includes('--all-in-one') || !!process.env.DATABASE_URL || !!process.env.ROLE;
const entry = single ? 'src/main.ts' : 'src/demo/federation.ts';
const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
