#!/usr/bin/env node
// `npm start`: the platform on the embedded PostgreSQL with the demo data (DEMO_MODE on unless set), with the web
// app built first when dist/web is missing or older than web/. `npm start -- --federation`: the demo federation as
// separate nodes (national portal, H56, H49, G15; one database each on the one embedded PostgreSQL, ports PORT…PORT+3).
import { spawn } from 'node:child_process';
import { ensureWebBuilt } from './web-build.mjs';

if (!ensureWebBuilt()) console.error('the web app could not be built: starting the API only');
const env = { DEMO_MODE: 'true', ...process.env };
const entry = process.argv.includes('--federation') ? 'src/demo/federation.ts' : 'src/main.ts';
const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
