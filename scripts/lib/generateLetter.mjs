// Writes a valid tildelingsbrev folder of a chosen size, for tests and `npm run bench`:
//   import { generateLetter } from './lib/generateLetter.mjs'; generateLetter(dir, { assignments: 500, posts: 200 });
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const YEAR = 2024;

/** Creates `dir` with brev.md, kapitler/innledning.md, maal/, oppdrag/ and budsjett.yaml. Returns `dir`. */
export function generateLetter(dir, { assignments = 500, posts = 200, goals = 5 } = {}) {
  const write = (name, text) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('brev.md', `---
dokumenttype: tildelingsbrev
år: ${YEAR}
avsender:
  departement: Testdepartementet
  postadresse: [Postboks 1 Dep, 0030 Oslo]
mottaker:
  navn: Stordirektoratet
  adresse: [Postboks 2, 0001 OSLO]
dato: ${YEAR}-01-15
signatarer:
  - { navn: Kari Nordmann, tittel: ekspedisjonssjef }
vedlegg:
  - { tittel: Oppdrag, innhold: oppdrag }
---
`);
  write('kapitler/innledning.md', '---\ntittel: Innledning\n---\nEt stort, generert brev.\n');
  for (let g = 1; g <= goals; g++) {
    write(`maal/${g}.md`, `---\nnr: ${g}\ntittel: Mål ${g}\nstyringsparametere:\n  - tekst: Styringsparameter ${g}.1\n  - tekst: Styringsparameter ${g}.2\n---\nBegrunnelse for mål ${g}.\n`);
  }
  const width = String(assignments).length < 3 ? 2 : 3;
  for (let a = 1; a <= assignments; a++) {
    const id = `${YEAR}-${String(a).padStart(width, '0')}`;
    write(`oppdrag/${id}.md`, `---\nid: ${id}\ntittel: Oppdrag nummer ${a}\nmål: ${((a - 1) % goals) + 1}\nfrist: ${YEAR}-${String(((a - 1) % 12) + 1).padStart(2, '0')}-15\n---\n# Bakgrunn\nBakgrunn for oppdrag ${a}.\n\n# Beskrivelse av oppdraget\nDirektoratet skal gjøre oppgave ${a}.\n`);
  }
  // Posts spread over chapters of at most 90 posts (post numbers 1–99).
  const lines = ['kapitler:'];
  for (let p = 0, kap = 100; p < posts; kap++) {
    lines.push(`  - kap: ${kap}`, `    navn: Kapittel ${kap}`, '    enhet: kroner', '    poster:');
    for (let n = 1; n <= 90 && p < posts; n++, p++) lines.push(`      - post: ${n}`, `        navn: Post ${n}`, `        bevilget: ${1000 * (p + 1)}`);
  }
  write('budsjett.yaml', `${lines.join('\n')}\n`);
  return dir;
}
