/**
 * Makes sure the end-to-end tests have their tools: Chromium (Playwright cannot download its own
 * browser here), pdftotext (the print tests read the PDFs they make) and Java (for the Nu HTML
 * Checker). Finds them, or installs
 * Debian's packages when running as root with apt-get, or stops with a message saying what to do.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './browser.ts';

const onPath = (command: string) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const tools = [
  { name: 'Chromium', package: 'chromium', found: () => findChromium() !== null, hint: 'or set CHROMIUM_PATH to a Chromium or Chrome executable' },
  { name: 'pdftotext', package: 'poppler-utils', found: () => onPath('pdftotext'), hint: 'it comes with poppler-utils' },
  { name: 'Java', package: 'default-jre-headless', found: () => onPath('java'), hint: 'the Nu HTML Checker (vnu-jar) runs on it' },
];

const missing = tools.filter((tool) => !tool.found());
if (missing.length > 0 && process.getuid?.() === 0 && onPath('apt-get')) {
  console.log(`Installing Debian's ${missing.map((tool) => tool.package).join(', ')} for the end-to-end tests…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.map((tool) => tool.package).join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
}
const stillMissing = tools.filter((tool) => !tool.found());
for (const tool of stillMissing) {
  console.error(`The end-to-end tests need ${tool.name}: install it (Debian: \`apt-get install ${tool.package}\`; ${tool.hint}), then run \`npm test\` again.`);
}
if (stillMissing.length > 0) process.exit(1);
console.log(`End-to-end test tools: ${findChromium()}, pdftotext, java`);
