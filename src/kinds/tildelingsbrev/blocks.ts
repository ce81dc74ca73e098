import type { Run } from '../../model/document.js';
import { formatLongDate } from '../../format/dates.js';
import { formatInUnit, toKroner } from '../../format/numbers.js';
import { postNumber } from '../../format/references.js';
import type { LetterContent } from './content.js';
import type { BlockBuilders } from '../../compose/blocks.js';
import { bold, dataTable, plain, table } from '../../compose/cells.js';
import { fill } from '../../compose/texts.js';
import { texts } from './texts.js';
import { budgetTable } from './budgetTable.js';
import { letterhead, letterSignatures } from './furnitureBlocks.js';
import { assignmentBlocks, deadlineText, earmarkBlocks, styringsparameterList } from './goalBlocks.js';

/** The tildelingsbrev's generated blocks, by the names its templates place them with. */
export function letterBlocks(c: LetterContent): BlockBuilders {
  const { letter } = c;
  const t = texts(letter.språk);
  const chapter = (kap: unknown) => c.budget?.budget.kapitler.find((k) => k.kap === Number(kap));
  const withAppendix = letter.vedlegg.some((v) => v.innhold === 'oppdrag');
  const post = (kap: unknown, nr: unknown) => chapter(kap)?.poster.find((x) => postNumber(x.post) === String(nr));
  let running = 0;
  const spNumbers = new Map(c.goals.map(({ goal }) => [goal.nr, goal.styringsparametere.map((_, i) =>
    (letter.styringsparameternummerering === 'løpende' ? `SP ${++running}` : `${goal.nr}.${i + 1}`))]));
  return {
    styringsparametere: ({ mål }) => {
      const goal = c.goals.find((g) => g.goal.nr === Number(mål))?.goal;
      return goal ? styringsparameterList(goal, spNumbers.get(goal.nr) ?? [], letter.språk) : [];
    },
    bindinger: ({ kap, post: nr }) => {
      const p = post(kap, nr);
      return p ? earmarkBlocks(p, letter.språk) : [];
    },
    oppdrag: ({ id }) => c.assignments.filter((x) => x.assignment.id === id).flatMap((x) => assignmentBlocks(x.assignment, x.text, letter.språk)),
    brevhode: () => [letterhead(letter, letter)],
    signaturer: () => [letterSignatures(letter, letter)],
    budsjettabell: ({ kap }) => {
      const ch = chapter(kap);
      return ch ? [budgetTable(ch, letter.år, letter.språk)] : [];
    },
    tilskuddstabeller: ({ kap, post: nr }) => {
      const p = post(kap, nr);
      return (p?.tabeller ?? []).flatMap((grants) => [
        { type: 'paragraph' as const, content: bold(grants.tittel) },
        dataTable([
          { header: grants.kolonner[0], kind: 'text', width: 52, cell: (r) => plain(r.navn) },
          {
            header: grants.kolonner[1], kind: 'amount', width: 17, cell: (r) => plain(formatInUnit(toKroner(r.beløp, grants.enhet), grants.enhet)),
            total: (rows) => bold(formatInUnit(rows.reduce((s, r) => s + toKroner(r.beløp, grants.enhet), 0), grants.enhet)),
          },
        ], grants.rader, t.brev.sum),
      ]);
    },
    oppdragstabell: ({ mål, ny }) => {
      const rows = c.assignments.map((x) => x.assignment).filter((a) => a.mål === Number(mål) && (Number(a.id.slice(0, 4)) === letter.år) === Boolean(ny));
      const id = (a: (typeof rows)[number]): Run[] => (withAppendix && ny ? [{ text: a.id, href: `#oppdrag-${a.id}` }] : plain(a.id));
      return [dataTable([
        { header: t.tildelingsbrev.nr, kind: 'id', width: 9, cell: id },
        { header: t.tildelingsbrev.oppdrag, kind: 'text', width: 51, cell: (a) => plain(a.tittel) },
        { header: t.brev.frist, kind: 'date', width: 15, cell: (a) => plain(a.frist.map(deadlineText).join('\n')) },
      ], rows)];
    },
    rapporteringskalender: () => letter.rapporteringskalender.length === 0 ? [] : [table(
      [
        { header: t.tildelingsbrev.type_rapportering, kind: 'text', width: 41 },
        { header: t.tildelingsbrev.telletidspunkt, kind: 'date', width: 20 },
        { header: t.tildelingsbrev.rapporteringsfrist, kind: 'date', width: 20 },
      ],
      letter.rapporteringskalender.map((r) => [plain(r.type), plain(formatLongDate(r.telletidspunkt)), plain(fill(t.tildelingsbrev.innen, { dato: formatLongDate(r.frist) }))]),
    )],
  };
}
