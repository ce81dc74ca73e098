// Installs the programs the interop tests use (the real clients users have), when missing, and says so.
import { spawnSync } from 'node:child_process';

const NEEDED = [
  { check: ['pdftotext', '-v'], pkg: 'poppler-utils', what: 'pdftotext, pdffonts, pdfinfo, pdfsig' },
  { check: ['qpdf', '--version'], pkg: 'qpdf', what: 'qpdf' },
  // Signatures: an NSS database that trusts the test CA for pdfsig, and a local timestamp authority (openssl ts).
  { check: ['sh', '-c', 'command -v certutil'], pkg: 'libnss3-tools', what: 'certutil' },
  { check: ['openssl', 'version'], pkg: 'openssl', what: 'openssl' },
  { check: ['soffice', '--version'], pkg: 'libreoffice-writer-nogui', what: 'LibreOffice (headless)' },
  // The DOCX names Arial, as Word users have it; LibreOffice on Linux sets it in the metric-compatible Liberation Sans.
  // Without it LibreOffice falls back to the wider DejaVu Sans and breaks pages elsewhere than Word would.
  { check: ['sh', '-c', "fc-match -f '%{family}' Arial | grep -q 'Liberation Sans'"], pkg: 'fonts-liberation2', what: 'Liberation Sans (for Arial)' },
  // The browser the HTML is checked in (test/interop/html.test.ts); puppeteer-core drives it and never downloads one.
  { check: ['/usr/bin/chromium', '--version'], pkg: 'chromium', what: 'Chromium (headless)' },
  // Norwegian hyphenation patterns, so that LibreOffice hyphenates the DOCX (automatic hyphenation is on).
  { check: ['test', '-e', '/usr/share/hyphen/hyph_nb_NO.dic'], pkg: 'hyphen-no', what: 'norske orddelingsmønstre' },
  // Debian's python3-docx lives in the system Python, which may not be the first python3 on PATH.
  { check: ['/usr/bin/python3', '-c', 'import docx'], pkg: 'python3-docx', what: 'python-docx' },
];

const present = ({ check: [cmd, ...args] }) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const missing = NEEDED.filter((n) => !present(n));
if (missing.length === 0) process.exit(0);

console.log(`Installerer for interop-testene: ${missing.map((m) => `${m.pkg} (${m.what})`).join(', ')}`);
const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run(['apt-get', 'update', '-qq']);
const result = run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing.map((m) => m.pkg)]);
const still = NEEDED.filter((n) => !present(n));
if (result.status !== 0 || still.length) {
  console.error(`Kunne ikke installere: ${still.map((m) => m.pkg).join(', ')}. Installer dem selv og kjør på nytt.`);
  process.exit(1);
}
