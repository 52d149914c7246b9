// Refreshes docs/screenshots/ from the end-to-end run's .test-results/screenshots/ (run `npm test` or `npm run test:e2e` first):
// the main screens (those of the demo federation named fed-*; `node scripts/screenshots.mjs NAME…` refreshes some), scaled and cut to the top of the page, as small JPEGs for the docs and the issue notes.
import sharp from 'sharp';
const pick = ['home','mobile-home','procedure','wizard-papers','wizard-receipt','dossier','warehouse','tracking-result','verify-result','officer-queue','officer-reception','officer-reception-other-province','officer-digitise-scans','officer-dossier-specialist','officer-result-issued','officer-received-here-ready','officer-dashboard','admin-procedure','admin-calendar','admin-agencies','admin-operators','fed-portal-wizard-papers','fed-portal-my-dossiers','fed-h49-queue','fed-h49-citizen-supplement','fed-h56-forwarded-result-ready','fed-portal-officer-login'];
const only = process.argv.slice(2);
let total = 0;
for (const n of only.length ? pick.filter((p) => only.includes(p)) : pick) {
  const img = sharp(`.test-results/screenshots/${n}.png`);
  const m = await img.metadata();
  const width = Math.min(m.width, n.startsWith('mobile') ? 360 : 1000);
  const scaled = await img.resize({ width }).png().toBuffer();
  const sm = await sharp(scaled).metadata();
  const out = await sharp(scaled).extract({ left: 0, top: 0, width: sm.width, height: Math.min(sm.height, 1400) }).jpeg({ quality: 68, mozjpeg: true }).toFile(`docs/screenshots/${n}.jpg`);
  total += out.size;
}
console.log('total KB', Math.round(total / 1024));
