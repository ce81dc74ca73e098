import type { Run } from '../../model/document.js';
import { formatShortDate } from '../../format/dates.js';
import { formatAmountText, toKroner } from '../../format/numbers.js';
import { postNumber } from '../../format/references.js';
import type { Assignment, Budget, Deadline, Goal } from './schema.js';
import { bold, italic, plain } from '../../compose/cells.js';
import { markdownToBlocks } from '../../compose/markdownToModel.js';
import { neutralizeMarkdown, shiftHeadings } from '../../compose/markdownText.js';
import type { RawBlock } from '../../compose/rawBlocks.js';
import { withoutMarks } from '../../compose/blocks.js';
import { fill, type Language } from '../../compose/texts.js';
import { texts } from './texts.js';
import { assignmentAnchor } from './placement.js';

export function deadlineText(d: Deadline): string {
  const value = d.dato ? formatShortDate(d.dato) : d.tekst ?? '';
  return d.del ? `${d.del}: ${value}` : value;
}

type ListBlock = Extract<RawBlock, { type: 'list' }>;

const paragraph = (content: Run[]): RawBlock => ({ type: 'paragraph', content });
const item = (content: Run[]): RawBlock[] => [paragraph(content)];

/** The author's Markdown at a heading level, parsed as prose is (raw HTML and unsafe links shown as text). */
export function prose(markdown: string, level: number): RawBlock[] {
  return markdownToBlocks(neutralizeMarkdown(shiftHeadings(withoutMarks(markdown.trim()), level)));
}

/** A goal's styringsparametere: "SP 1: tekst", with the result requirement and the reporting on lines of their own. */
export function styringsparameterList(goal: Goal, numbers: readonly string[], language: Language): ListBlock[] {
  const t = texts(language).tildelingsbrev;
  if (goal.styringsparametere.length === 0) return [];
  return [{
    type: 'list', ordered: false, start: 1,
    items: goal.styringsparametere.map((sp, i) => item([
      ...bold(`${numbers[i]}:`), ...plain(` ${sp.tekst}`),
      ...(sp.resultatkrav ? [{ text: '\n' }, ...italic(`${t.resultatkrav}:`), ...plain(` ${sp.resultatkrav}`)] : []),
      ...(sp.rapportering ? [{ text: '\n' }, ...italic(`${t.rapportering}:`), ...plain(` ${sp.rapportering}`)] : []),
    ])),
  }];
}

type Post = Budget['kapitler'][number]['poster'][number];

/** A post's earmarks: each group's heading with its sum, then its lines with amount, assignment and measures. */
export function earmarkBlocks(post: Post, language: Language): RawBlock[] {
  const t = texts(language).tildelingsbrev;
  return post.bindinger.flatMap((group): RawBlock[] => {
    const total = group.linjer.reduce((s, l) => s + (l.beløp === undefined ? 0 : toKroner(l.beløp, group.enhet)), 0);
    const lines: ListBlock = {
      type: 'list', ordered: false, start: 1,
      items: group.linjer.map((line) => {
        const lineText = (l: { tekst: string; beløp?: number; oppdrag?: string; del?: string }) => {
          const details = [
            ...(l.beløp === undefined ? [] : [formatAmountText(toKroner(l.beløp, group.enhet), group.enhet)]),
            ...(l.oppdrag ? [`${t.oppdrag_nr_i_tekst} ${l.oppdrag}`] : []),
            ...(l.beløp !== undefined && l.del ? [l.del] : []),
          ];
          return details.length ? `${l.tekst} (${details.join(', ')})` : l.tekst;
        };
        const sublist = (items: RawBlock[][]): ListBlock[] => (items.length ? [{ type: 'list', ordered: false, start: 1, items }] : []);
        return [
          paragraph(plain(lineText(line))),
          ...sublist(line.linjer.map((sub) => item(plain(lineText(sub))))),
          ...sublist(line.tiltak.map((m) => item(plain(m)))),
        ];
      }),
    };
    return [...(group.overskrift ? [paragraph(plain(`${group.overskrift} (${formatAmountText(total, group.enhet)}):`))] : []), lines];
  });
}

/** An assignment in full: its heading (the target of links from the overview tables), text, funding and deadline. */
export function assignmentBlocks(a: Assignment & { frist: Deadline[] }, text: string, language: Language): RawBlock[] {
  const t = texts(language).brev;
  const funding = a.finansiering.map((f) => {
    const sentence = fill(t.finansiering_tekst, { beløp: formatAmountText(toKroner(f.beløp, f.enhet), f.enhet), kap: f.kap, post: postNumber(f.post) });
    return ` ${f.del ? `${f.del}: ` : ''}${sentence}.`;
  });
  return [
    { type: 'heading', level: 3, id: assignmentAnchor(a.id), content: plain(`${t.oppdrag_nr} ${a.id} ${a.tittel}`), numbered: false, inToc: false, appendix: false },
    ...prose(text, 4),
    ...(funding.length ? [paragraph([...bold(`${t.finansiering}:`), ...plain(funding.join(''))])] : []),
    ...(a.frist.length ? [paragraph([...bold(`${t.frist}:`), ...plain(` ${a.frist.map(deadlineText).join(', ')}`)])] : []),
  ];
}
