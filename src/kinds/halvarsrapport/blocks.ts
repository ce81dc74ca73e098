import type { BlockBuilders } from '../../compose/blocks.js';
import { bold, dataTable, labelled, plain } from '../../compose/cells.js';
import { fill } from '../../compose/texts.js';
import type { RawBlock } from '../../compose/rawBlocks.js';
import { formatShortDate } from '../../format/dates.js';
import { decimalOf, roundToInteger, shift } from '../../format/decimal.js';
import { formatNumber } from '../../format/numbers.js';
import { postNumber, postReference } from '../../format/references.js';
import type { Cell } from '../../model/document.js';
import { prose } from '../tildelingsbrev/goalBlocks.js';
import { budgetTotals, budgetUse, type BudgetUseLine } from './budget.js';
import type { HalfYearContent } from './content.js';
import type { StatusFile } from './schema.js';
import { statusLabel, texts, type HalfYearTexts } from './texts.js';

type Goal = StatusFile['mål'][number];
type Assignment = StatusFile['oppdrag'][number];
type Risk = StatusFile['risikoer'][number];

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Kroner shown in thousands, as budget tables in mid-year reports usually are; the sums are rounded from the exact kroner. */
export const inThousands = (kroner: number): string => formatNumber(Number(roundToInteger(shift(decimalOf(kroner), -3))));
const amount = (n: number): Cell => plain(inThousands(n));
const percent = (n: number | undefined): Cell => plain(n === undefined ? '–' : formatNumber(n, 1));

/** The budget table's columns: one element per column, as in the letter's budget table. */
function budgetColumns(t: HalfYearTexts, år: number, til: string) {
  const figure = (f: (l: BudgetUseLine) => number) => (l: BudgetUseLine) => (l.complete ? amount(f(l)) : plain('–'));
  return [
    { header: t.kap_post, kind: 'id' as const, width: 9, cell: (l: BudgetUseLine) => plain(`${l.source.kap}.${postNumber(l.source.post)}`) },
    { header: t.betegnelse, kind: 'text' as const, width: 29, cell: (l: BudgetUseLine) => plain(l.source.navn) },
    { header: fill(t.tildelt, { år }), kind: 'amount' as const, width: 13, cell: (l: BudgetUseLine) => amount(l.tildelt), total: (ls: readonly BudgetUseLine[]) => bold(inThousands(budgetTotals(ls).tildelt)) },
    { header: fill(t.regnskap, { til }), kind: 'amount' as const, width: 13, cell: (l: BudgetUseLine) => amount(l.regnskap), total: (ls: readonly BudgetUseLine[]) => bold(inThousands(budgetTotals(ls).regnskap)) },
    { header: t.forbruk, kind: 'amount' as const, width: 11, cell: (l: BudgetUseLine) => percent(l.forbruk), total: (ls: readonly BudgetUseLine[]) => bold(budgetTotals(ls).forbruk === undefined ? '–' : formatNumber(budgetTotals(ls).forbruk!, 1)) },
    { header: fill(t.prognose, { år }), kind: 'amount' as const, width: 13, cell: figure((l) => l.prognose), total: (ls: readonly BudgetUseLine[]) => bold(inThousands(budgetTotals(ls).prognose)) },
    { header: t.avvik, kind: 'amount' as const, width: 13, cell: figure((l) => l.avvik), total: (ls: readonly BudgetUseLine[]) => bold(inThousands(budgetTotals(ls).avvik)) },
  ];
}

/** The halvårsrapport's generated blocks, by the names its templates place them with. */
export function halfYearBlocks(c: HalfYearContent): BlockBuilders {
  const { report } = c;
  const t = texts(report.språk);
  const lines = budgetUse(c.budget.data.poster, report.avviksgrense);
  const goal = (nr: unknown): Goal | undefined => c.status.data.mål.find((m) => m.nr === Number(nr));
  return {
    maalstatus: ({ mål }) => {
      const g = goal(mål);
      if (!g) return [];
      const blocks: RawBlock[] = [{ type: 'paragraph', content: labelled(`${t.status}:`, statusLabel(g.status, t)) }, ...prose(g.vurdering, 4)];
      if (g.styringsparametere.length) {
        blocks.push(dataTable([
          { header: t.styringsparameter, kind: 'text', width: 40, cell: (sp: Goal['styringsparametere'][number]) => labelled(`${sp.nr}:`, sp.tekst) },
          { header: t.status, kind: 'text', width: 14, cell: (sp) => plain(statusLabel(sp.status, t)) },
          { header: t.vurdering, kind: 'text', width: 46, cell: (sp) => plain(sp.vurdering) },
        ], g.styringsparametere));
      }
      return blocks;
    },
    oppdragsstatus: () => [dataTable([
      { header: t.oppdrag, kind: 'text', width: 34, cell: (a: Assignment) => labelled(a.id, a.tittel) },
      { header: t.frist, kind: 'text', width: 16, cell: (a) => plain(a.frist) },
      { header: t.status, kind: 'text', width: 12, cell: (a) => plain(statusLabel(a.status, t)) },
      { header: t.vurdering, kind: 'text', width: 38, cell: (a) => plain(a.vurdering) },
    ], c.status.data.oppdrag)],
    budsjettbruk: () => [dataTable(budgetColumns(t, report.år, formatShortDate(c.period.til)), lines, t.sum)],
    avviksforklaringer: () => {
      const explained = lines.filter((l) => l.source.forklaring);
      if (!explained.length) return [];
      return [
        { type: 'heading', level: 3, content: [{ text: t.avviksforklaringer }], numbered: false, inToc: false, appendix: false },
        ...explained.flatMap((l): RawBlock[] => [{ type: 'paragraph', content: [...bold(`${capitalized(postReference(l.source.kap, l.source.post))} ${l.source.navn}:`), ...plain(` ${l.source.forklaring}`)] }]),
      ];
    },
    risikoer: () => [dataTable([
      { header: t.risiko, kind: 'text', width: 50, cell: (r: Risk) => plain(r.risiko) },
      { header: t.tiltak, kind: 'text', width: 50, cell: (r) => plain(r.tiltak) },
    ], c.status.data.risikoer)],
  };
}
