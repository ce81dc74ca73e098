import { postReference } from '../../format/references.js';
import { formatAmountText, formatInUnit, toKroner, tolerance } from '../../format/numbers.js';
import type { Unit } from '../../validate/schema/common.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { at } from '../../validate/located.js';
import type { LetterContent } from './content.js';
import type { ContentFile } from '../../load/loadFolder.js';
import type { BudgetPost } from './schema.js';


/** Budget sums, earmarks against what is put at disposal, and earmarks against the assignments they name. */
export function checkBudget({ budget, assignments }: LetterContent): Diagnostic[] {
  if (!budget) return [];
  const out: Diagnostic[] = [];
  const { file } = budget;
  const byId = new Map(assignments.map((a) => [a.assignment.id, a]));
  const earmarked = new Set<string>();
  const chapterSeen = new Set<number>();
  budget.budget.kapitler.forEach((chapter, ci) => {
    const cPath = ['kapitler', ci];
    if (chapterSeen.has(chapter.kap)) out.push(at(file, [...cPath, 'kap'], 'feil', `kap. ${chapter.kap} står to ganger i budsjettet`, 'Slå sammen postene under ett kapittel.'));
    chapterSeen.add(chapter.kap);
    const postSeen = new Set<number>();
    let chapterTotal = 0;
    chapter.poster.forEach((post, pi) => {
      const pPath = [...cPath, 'poster', pi];
      const ref = postReference(chapter.kap, post.post);
      if (postSeen.has(post.post)) out.push(at(file, [...pPath, 'post'], 'feil', `${ref} står to ganger`, 'Hver post skal stå én gang per kapittel.'));
      postSeen.add(post.post);
      const granted = toKroner(post.bevilget, chapter.enhet);
      chapterTotal += granted;
      const disposal = post.disponert === undefined ? granted : toKroner(post.disponert, chapter.enhet);
      if (disposal - granted >= tolerance(chapter.enhet)) {
        out.push(at(file, [...pPath, 'disponert'], 'feil', `${ref}: det som stilles til disposisjon (${formatAmountText(disposal)}) er mer enn bevilgningen (${formatAmountText(granted)})`));
      }
      let earmarks = 0;
      post.bindinger.forEach((group, gi) => {
        const gPath = [...pPath, 'bindinger', gi];
        let groupTotal = 0;
        group.linjer.forEach((line, li) => {
          const lPath = [...gPath, 'linjer', li];
          const amount = line.beløp === undefined ? 0 : toKroner(line.beløp, group.enhet);
          groupTotal += amount;
          const parts = line.linjer.reduce((s, sub) => s + (sub.beløp === undefined ? 0 : toKroner(sub.beløp, group.enhet)), 0);
          if (line.beløp !== undefined && parts - amount >= tolerance(group.enhet)) {
            out.push(at(file, [...lPath, 'linjer'], 'feil', `${ref}: delene av bindingen «${line.tekst}» er til sammen ${formatAmountText(parts)}, mer enn bindingen (${formatAmountText(amount)})`, 'Rett beløpene i delene eller i bindingen.'));
          }
          line.linjer.forEach((sub, si) => {
            if (!sub.oppdrag) return;
            earmarked.add(`${sub.oppdrag}|${chapter.kap}|${post.post}`);
            if (!byId.has(sub.oppdrag)) out.push(at(file, [...lPath, 'linjer', si, 'oppdrag'], 'feil', `delbindingen viser til oppdrag ${sub.oppdrag}, som ikke finnes i brevet`, `Legg til oppdrag/${sub.oppdrag}.md eller rett nummeret.`));
          });
          if (!line.oppdrag) return;
          earmarked.add(`${line.oppdrag}|${chapter.kap}|${post.post}`);
          const target = byId.get(line.oppdrag);
          if (!target) {
            out.push(at(file, [...lPath, 'oppdrag'], 'feil', `bindingen viser til oppdrag ${line.oppdrag}, som ikke finnes i brevet`, `Legg til oppdrag/${line.oppdrag}.md eller rett nummeret.`));
            return;
          }
          const funding = target.assignment.finansiering.filter((f) => f.kap === chapter.kap && f.post === post.post && (!line.del || !f.del || f.del === line.del));
          if (funding.length === 0 && line.beløp !== undefined) {
            out.push(at(file, [...lPath, 'oppdrag'], 'advarsel', `bindingen på ${formatAmountText(amount)} viser til oppdrag ${line.oppdrag}, men oppdraget har ingen finansiering over ${ref}`, `Sjekk oppdragsnummeret, eller legg finansieringen inn i ${target.file.file}.`));
          } else if (line.beløp !== undefined) {
            const funded = funding.reduce((s, f) => s + toKroner(f.beløp, f.enhet), 0);
            if (Math.abs(funded - amount) >= tolerance(group.enhet)) {
              out.push(at(file, [...lPath, 'beløp'], 'advarsel', `bindingen er på ${formatAmountText(amount)}, men oppdrag ${line.oppdrag} oppgir ${formatAmountText(funded)} over ${ref}`, `Rett beløpet her eller i ${target.file.file}.`));
            }
          }
        });
        if (group.sum !== undefined) {
          const mismatch = sumMismatch(group.sum, groupTotal, group.enhet, group.avrundingsavvik);
          if (mismatch) out.push(at(file, [...gPath, 'sum'], mismatch.severity, `${ref}: ${mismatch.message}`, 'Fjern «sum», så regner programmet den ut, eller rett beløpene.'));
        }
        earmarks += groupTotal;
      });
      if (post.udisponert !== undefined) {
        const total = earmarks + toKroner(post.udisponert, chapter.enhet);
        if (Math.abs(total - disposal) >= tolerance(chapter.enhet)) {
          out.push(at(file, [...pPath, 'udisponert'], 'feil', `${ref}: bindinger (${formatAmountText(earmarks)}) og udisponerte midler (${formatAmountText(toKroner(post.udisponert, chapter.enhet))}) blir ${formatAmountText(total)}, men det som stilles til disposisjon er ${formatAmountText(disposal)}`, 'Bindinger pluss udisponert skal være lik det som stilles til disposisjon. Rett et av beløpene.'));
        }
      } else if (earmarks - disposal >= tolerance(chapter.enhet)) {
        out.push(at(file, [...pPath, 'bindinger'], 'feil', `${ref}: bindingene (${formatAmountText(earmarks)}) er mer enn det som stilles til disposisjon (${formatAmountText(disposal)})`, 'Rett bindingene eller beløpet som stilles til disposisjon.'));
      }
      post.tabeller.forEach((table, ti) => {
        const total = table.rader.reduce((s, r) => s + toKroner(r.beløp, table.enhet), 0);
        if (table.binding !== undefined) out.push(...checkDetailedLine(post, table, total, file, [...pPath, 'tabeller', ti]));
        if (table.sum === undefined) return;
        const mismatch = sumMismatch(table.sum, total, table.enhet, table.avrundingsavvik);
        if (mismatch) out.push(at(file, [...pPath, 'tabeller', ti, 'sum'], mismatch.severity, `tabellen «${table.tittel}»: ${mismatch.message}`, 'Fjern «sum», så regner programmet den ut, eller rett beløpene.'));
      });
    });
    if (chapter.sum !== undefined) {
      const mismatch = sumMismatch(chapter.sum, chapterTotal, chapter.enhet, chapter.avrundingsavvik);
      if (mismatch) out.push(at(file, [...cPath, 'sum'], mismatch.severity, `kap. ${chapter.kap}: ${mismatch.message}`, 'Fjern «sum», så regner programmet den ut, eller rett postene.'));
    }
  });
  const posts = new Set(budget.budget.kapitler.flatMap((c) => c.poster.map((p) => `${c.kap}|${p.post}`)));
  const chapters = new Set(budget.budget.kapitler.map((c) => c.kap));
  for (const { assignment: a, file: aFile } of assignments) {
    a.finansiering.forEach((f, fi) => {
      const ref = postReference(f.kap, f.post);
      if (chapters.has(f.kap) && !posts.has(`${f.kap}|${f.post}`)) {
        out.push(at(aFile, ['finansiering', fi, 'post'], 'feil', `oppdraget finansieres over ${ref}, men posten finnes ikke i budsjettet`, 'Rett kapittel og post, eller legg posten inn i budsjett.yaml.'));
      } else if (chapters.has(f.kap) && !earmarked.has(`${a.id}|${f.kap}|${f.post}`)) {
        out.push(at(aFile, ['finansiering', fi], 'advarsel', `finansieringen over ${ref} har ingen binding i budsjettet som viser til oppdrag ${a.id}`, 'Legg inn en binding med «oppdrag: ' + a.id + '» under posten i budsjett.yaml.'));
      }
    });
  }
  return out;
}

type GrantTable = BudgetPost['tabeller'][number];

/** A grant table that details an earmark line (`binding:`): the line must exist, and the table's total equal its amount. */
function checkDetailedLine(post: BudgetPost, table: GrantTable, totalKroner: number, file: ContentFile, path: PropertyKey[]): Diagnostic[] {
  const groups = post.bindinger.filter((g) => g.linjer.some((l) => l.id === table.binding));
  const group = groups[0];
  const line = group?.linjer.find((l) => l.id === table.binding);
  if (!group || !line) {
    const ids = post.bindinger.flatMap((g) => g.linjer.flatMap((l) => (l.id ? [l.id] : [])));
    return [at(file, [...path, 'binding'], 'feil', `tabellen «${table.tittel}» viser til bindingen «${table.binding}», som ikke finnes under posten`, ids.length ? `Bindingene under posten med id: ${ids.join(', ')}.` : 'Gi bindingen «id:» under posten.')];
  }
  if (line.beløp === undefined) return [];
  const mismatch = sumMismatch(line.beløp, totalKroner, group.enhet, table.avrundingsavvik);
  if (!mismatch) return [];
  const message = `tabellen «${table.tittel}» summerer til ${formatAmountText(totalKroner, table.enhet)}, men bindingen «${line.tekst}» er på ${formatAmountText(toKroner(line.beløp, group.enhet), group.enhet)}`;
  return [at(file, [...path, 'binding'], mismatch.severity, mismatch.severity === 'advarsel' ? `${message}; avviket er innenfor avrundingen` : message, 'Rett beløpene i tabellen eller bindingen.')];
}

/**
 * Compares a stated sum with the computed one. Equal is fine; a difference within the rounding the author stated
 * (`avrundingsavvik`, in the unit) is a warning, and without one, a difference the unit's last shown digit hides;
 * anything more is an error. Both sums are shown in full.
 */
export function sumMismatch(stated: number, computedKroner: number, unit: Unit, statedTolerance?: number): { severity: Diagnostic['severity']; message: string } | undefined {
  const statedKroner = toKroner(stated, unit);
  const difference = Math.abs(statedKroner - computedKroner);
  if (difference === 0) return undefined;
  const allowed = statedTolerance === undefined ? tolerance(unit) : toKroner(statedTolerance, unit);
  const within = statedTolerance === undefined ? difference < allowed : difference <= allowed;
  const message = `oppgitt sum ${formatInUnit(statedKroner, unit)} stemmer ikke med summen av linjene, ${formatInUnit(computedKroner, unit)} (${unit})`;
  return within ? { severity: 'advarsel', message: `${message}, men avviket er innenfor avrundingen` } : { severity: 'feil', message };
}
