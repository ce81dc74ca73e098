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
import { goalReporting, needsSections, styringsparameterSection } from './spBlocks.js';
import { assignmentAnchor, isNew, listedAt, type Place } from './placement.js';
import type { Assignment } from './schema.js';

/** The tildelingsbrev's generated blocks, by the names its templates place them with. */
export function letterBlocks(c: LetterContent): BlockBuilders {
  const { letter } = c;
  const t = texts(letter.språk);
  const chapter = (kap: unknown) => c.budget?.budget.kapitler.find((k) => k.kap === Number(kap));
  const withAppendix = letter.vedlegg.some((v) => v.innhold === 'oppdrag');
  const post = (kap: unknown, nr: unknown) => chapter(kap)?.poster.find((x) => postNumber(x.post) === String(nr));
  let running = 0;
  const spNumbers = new Map(c.goals.map(({ goal }) => [goal.nr, goal.styringsparametere.map((sp, i) => {
    const counted = letter.styringsparameternummerering === 'løpende' ? `SP ${++running}` : `${goal.nr}.${i + 1}`;
    return sp.id ?? counted;
  })]));
  const listed = (place: Place, ny?: unknown) => c.assignments.map((x) => x.assignment)
    .filter((a) => listedAt(a, place) && (ny === undefined || isNew(a, letter.år) === Boolean(ny)));
  /** The table of assignments listed at a place, new or earlier or both. */
  const assignmentTable = (rows: Assignment[], linked: boolean) => {
    const id = (a: Assignment): Run[] => (withAppendix && linked && isNew(a, letter.år) ? [{ text: a.id, href: `#${assignmentAnchor(a.id)}` }] : plain(a.id));
    return dataTable([
      { header: t.tildelingsbrev.nr, kind: 'id', width: 9, cell: id },
      { header: t.tildelingsbrev.oppdrag, kind: 'text', width: 51, cell: (a) => plain(a.tittel) },
      { header: t.brev.frist, kind: 'date', width: 15, cell: (a) => plain(a.frist.map(deadlineText).join('\n')) },
    ], rows);
  };
  /** Assignments listed at a place that is not a goal: a label, then the table; nothing when there are none. */
  const placedAssignments = (place: Place, label: string) => {
    const rows = listed(place);
    return rows.length ? [{ type: 'paragraph' as const, content: bold(label) }, assignmentTable(rows, true)] : [];
  };
  return {
    styringsparametere: ({ mål, nivå }) => {
      const goal = c.goals.find((g) => g.goal.nr === Number(mål))?.goal;
      if (!goal) return [];
      const numbers = spNumbers.get(goal.nr) ?? [];
      const spId = (i: number) => goal.styringsparametere[i].id ?? numbers[i];
      if (!needsSections(goal, (sp) => listed({ styringsparameter: sp.id ?? '' }).length > 0)) {
        return [...styringsparameterList(goal, numbers, letter.språk), ...goalReporting(goal, letter.språk)];
      }
      return [
        ...goal.styringsparametere.flatMap((sp, i) => styringsparameterSection(sp, numbers[i], Number(nivå ?? 3), letter.språk,
          sp.id ? placedAssignments({ styringsparameter: spId(i) }, t.tildelingsbrev.oppdrag) : [])),
        ...goalReporting(goal, letter.språk),
      ];
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
    oppdragstabell: ({ mål, ny }) => [assignmentTable(listed({ mål: Number(mål) }, ny), Boolean(ny))],
    kapitteloppdrag: ({ kapittel }) => (kapittel ? placedAssignments({ kapittel: String(kapittel) }, t.tildelingsbrev.oppdrag) : []),
    andre_oppdrag: () => placedAssignments({ alene: true }, t.tildelingsbrev.andre_oppdrag),
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
