/**
 * Makes sure the end-to-end tests have a browser: finds Chromium, or installs Debian's package
 * when running as root with apt-get, or stops with a message saying what to do.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.ts';

function tryInstall(): void {
  const isRoot = process.getuid?.() === 0;
  let hasApt = true;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  } catch {
    hasApt = false;
  }
  if (!isRoot || !hasApt) return;
  console.log('Chromium not found: installing Debian\'s package (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/sh' });
}

let chromium = findChromium();
if (!chromium) {
  tryInstall();
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'No Chromium found for the end-to-end tests. Install it (Debian: `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.',
  );
  process.exit(1);
}
console.log(`Browser for end-to-end tests: ${chromium}`);
