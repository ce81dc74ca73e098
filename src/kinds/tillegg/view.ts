import { postNumber } from '../../format/references.js';
import { formatAmountText, toKroner } from '../../format/numbers.js';
import type { TilleggContent } from './content.js';
import { ledgerAfter, postKey } from './ledger.js';
import { escapeInline as e } from '../../compose/markdownText.js';
import { furnitureView } from '../tildelingsbrev/furnitureView.js';
import { fill } from '../../compose/texts.js';
import { texts, type TilleggTexts } from './texts.js';
import { deadlineText } from '../tildelingsbrev/goalBlocks.js';

export const tilleggTitle = (c: TilleggContent) => c.tillegg.tittel
  ?? fill(texts(c.letter.letter.språk).tillegg.tittel, { nr: c.tillegg.nr, mottaker: c.letter.letter.mottaker.navn, år: c.letter.letter.år });


/** "nr. 1", "nr. 1 og 2", "nr. 1, 2 og 3". */
function numberList(numbers: number[], t: TilleggTexts): string {
  const list = numbers.length <= 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} ${t.og} ${numbers.at(-1)}`;
  return fill(t.nr_liste, { nr: list });
}

/** One post's table row after the changes: before, the change, and after (all in kroner). */
export interface PostAfter {
  kap: number;
  post: number;
  navn: string;
  before: number;
  change: number;
  after: number;
}

/**
 * What the agency has at its disposal on each post this tillegg changes: the letter's amount (what is put
 * at its disposal, `disponert` or else `bevilget`), plus every earlier tillegg, plus this one.
 */
export function postsAfter(c: TilleggContent): PostAfter[] {
  const ledger = ledgerAfter(c.letter, c.earlier);
  const rows = new Map<string, PostAfter>();
  for (const change of c.tillegg.budsjettendringer) {
    const key = postKey(change.kap, change.post);
    const p = ledger.posts.get(key)!;
    const row = rows.get(key) ?? { kap: change.kap, post: change.post, navn: p.navn, before: p.kroner, change: 0, after: p.kroner };
    row.change += toKroner(change.endring, change.enhet);
    row.after = row.before + row.change;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.kap - b.kap || a.post - b.post);
}

/** Everything the tillegg templates can use; the letter furniture fields match the tildelingsbrev partials. */
export function tilleggView(c: TilleggContent) {
  const { tillegg } = c;
  const letter = c.letter.letter;
  const t = texts(letter.språk);
  const short = letter.mottaker.kortnavn ?? letter.mottaker.navn;
  const chapterNames = new Map((c.letter.budget?.budget.kapitler ?? []).map((k) => [k.kap, k.navn]));
  const postNames = new Map((c.letter.budget?.budget.kapitler ?? []).flatMap((k) => k.poster.map((p) => [postKey(k.kap, p.post), [p.navn, ...p.stikkord].join(', ')] as const)));
  const assignmentTitles = new Map(ledgerAfter(c.letter, c.earlier).assignments);
  const earlierNumbers = c.earlier.map((s) => s.tillegg.nr);

  const newAssignments = c.assignments.map(({ assignment: a }) => ({ id: a.id, tittel: e(a.tittel), mål: a.mål }));

  // Budget changes grouped by proposition (in the order they are written), then by chapter and post.
  const groups: Array<{ proposisjon: string | null; kapitler: Array<{ kap: number; navn: string; poster: Array<{ post: string; navn: string; endringer: Array<{ setning: string; begrunnelse: string }> }> }> }> = [];
  for (const change of tillegg.budsjettendringer) {
    const prop = change.proposisjon ?? null;
    let group = groups.find((g) => g.proposisjon === (prop === null ? null : e(prop)));
    if (!group) groups.push((group = { proposisjon: prop === null ? null : e(prop), kapitler: [] }));
    let chapter = group.kapitler.find((k) => k.kap === change.kap);
    if (!chapter) group.kapitler.push((chapter = { kap: change.kap, navn: e(chapterNames.get(change.kap) ?? ''), poster: [] }));
    let post = chapter.poster.find((p) => p.post === postNumber(change.post));
    if (!post) chapter.poster.push((post = { post: postNumber(change.post), navn: e(postNames.get(postKey(change.kap, change.post)) ?? ''), endringer: [] }));
    const amount = formatAmountText(Math.abs(toKroner(change.endring, change.enhet)), change.enhet);
    post.endringer.push({
      setning: fill(change.endring < 0 ? t.tillegg.reduseres : t.tillegg.økes, { beløp: amount }),
      begrunnelse: change.begrunnelse?.trim() ?? '',
    });
  }
  // Groups with a proposition first, as in the published tillegg; "other changes" last.
  groups.sort((a, b) => Number(a.proposisjon === null) - Number(b.proposisjon === null));

  return {
    år: letter.år,
    nr: tillegg.nr,
    tittel: e(tilleggTitle(c)),
    ...furnitureView(letter, tillegg),
    vedlegg: [] as Array<{ nr: number; tittel: string }>,
    innledning: earlierNumbers.length
      ? fill(t.tillegg.innledning_med_tillegg, { mottaker: e(short), år: letter.år, tillegg: numberList(earlierNumbers, t.tillegg) })
      : fill(t.tillegg.innledning, { mottaker: e(short), år: letter.år }),
    tekst: c.text.trim(),
    oppdragsendringer: tillegg.oppdragsendringer.map((ch) => {
      const current = assignmentTitles.get(ch.oppdrag);
      const title = current ? e(current.entry.assignment.tittel) : '';
      const parts: string[] = [];
      if (ch.nytt_nr) parts.push(fill(t.tillegg.nytt_nr, { nr: ch.nytt_nr }));
      if (ch.frist) parts.push(fill(t.tillegg.ny_frist, { frist: ch.frist.map((d) => e(deadlineText(d))).join(', ') }));
      return { id: ch.oppdrag, tittel: title, endring: parts.join(' '), tekst: ch.tekst?.trim() ?? '' };
    }),
    mål: c.letter.goals
      .map(({ goal }) => ({ nr: goal.nr, tittel: e(goal.tittel), oppdrag: newAssignments.filter((a) => a.mål === goal.nr) }))
      .filter((g) => g.oppdrag.length > 0),
    budsjett: tillegg.budsjettendringer.length === 0 ? null : {
      innledning: tillegg.budsjettinnledning?.trim() ?? '',
      grupper: groups,
    },
  };
}
