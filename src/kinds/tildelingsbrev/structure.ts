import type { LetterContent } from './content.js';
import type { StructureEntry } from './schema.js';
import { escapeInline as e } from '../../compose/markdownText.js';
import { templateTexts } from './texts.js';

type Entry = Pick<StructureEntry, 'kapittel' | 'blokk'> & Partial<StructureEntry>;

/** The letter's chapters when brev.md has no `kapitler:` list: the order every letter had before there was one. */
export function standardStructure(c: LetterContent): Entry[] {
  const has = (key: string) => c.chapters.has(key);
  const prose = (key: string): Entry[] => (has(key) ? [{ kapittel: key }] : []);
  return [
    { kapittel: 'innledning' },
    ...prose('prioriteringer'),
    { blokk: 'mål', kapittel: has('maal') ? 'maal' : undefined },
    ...prose('sikkerhet'),
    ...prose('fellesforinger'),
    ...prose('internkontroll'),
    ...prose('styringsdialog'),
    ...(has('rapportering') ? [{ blokk: 'rapporteringskalender' as const, kapittel: 'rapportering' }] : []),
    ...(c.budget ? [{ blokk: 'budsjett' as const, kapittel: has('budsjett') ? 'budsjett' : undefined }] : []),
    ...prose('fullmakter'),
  ];
}

/**
 * The structure as the `dokument` template reads it: per heading its title, text, level, the heading's
 * attributes (`{- .unlisted .punktum #id}`) and which part to print (`vis.fritekst`, `vis.mål` …).
 */
export function structureView(c: LetterContent) {
  const t = templateTexts(c.letter.språk);
  const defaultTitle = { mål: t.mål_og_oppdrag, budsjett: t.tildeling_av_midler, rapporteringskalender: t.rapportering_og_styringsinformasjon };
  return (c.letter.kapitler ?? standardStructure(c)).map((x) => {
    const chapter = x.kapittel ? c.chapters.get(x.kapittel) : undefined;
    const attrs = [
      ...(x.nummerert === false ? ['-'] : []),
      ...(x.innholdsfortegnelse === false ? ['.unlisted'] : []),
      ...((x.nummerstil ?? c.letter.nummerstil) === '4.1.' ? ['.punktum'] : []),
      ...(x.id ? [`#${x.id}`] : []),
    ];
    return {
      tittel: e(x.tittel ?? chapter?.title ?? (x.blokk ? defaultTitle[x.blokk] : '')),
      tekst: chapter?.text.trim() ?? '',
      nøkkel: x.kapittel ?? '',
      nivå: x.nivå ?? 1,
      attrs: attrs.length ? ` {${attrs.join(' ')}}` : '',
      underattrs: x.nummererte_underoverskrifter === false ? ' {-}' : '',
      vis: {
        fritekst: !x.blokk,
        mål: x.blokk === 'mål',
        rapporteringskalender: x.blokk === 'rapporteringskalender',
        budsjett: x.blokk === 'budsjett' && c.budget !== undefined,
      },
    };
  });
}
