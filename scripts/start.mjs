#!/usr/bin/env node
// `npm start`: the platform on the embedded PostgreSQL with the demo data (DEMO_MODE on unless set), with the web
// app built first when dist/web is missing or older than web/.
import { spawn } from 'node:child_process';
import { ensureWebBuilt } from './web-build.mjs';

if (!ensureWebBuilt()) console.error('the web app could not be built: starting the API only');
const env = { DEMO_MODE: 'true', ...process.env };
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
