import { postNumber } from '../../format/references.js';
import { formatAmountText, formatInUnit, toKroner } from '../../format/numbers.js';
import type { Budget } from '../../validate/schema/tildelingsbrev.js';
import { escapeInline as e } from '../markdownText.js';
import { fill, type TildelingsbrevTexts } from '../texts.js';

/** The budget as the templates see it: amounts formatted, sums computed, texts escaped. */
export function budgetView(budget: Budget, year: number, t: TildelingsbrevTexts) {
  return {
    innledning: budget.innledning ?? '',
    kapitler: budget.kapitler.map((chapter) => {
      const unit = chapter.enhet;
      const posts = chapter.poster.map((post) => {
        const granted = toKroner(post.bevilget, unit);
        const disposal = post.disponert === undefined ? granted : toKroner(post.disponert, unit);
        const groups = post.bindinger.map((group) => {
          const lines = group.linjer.map((line) => ({
            tekst: e(line.tekst),
            beløp: line.beløp === undefined ? null : formatAmountText(toKroner(line.beløp, group.enhet), group.enhet),
            oppdrag: line.oppdrag ?? null,
            del: line.del ? e(line.del) : null,
            tiltak: line.tiltak.map(e),
          }));
          const total = group.linjer.reduce((s, l) => s + (l.beløp === undefined ? 0 : toKroner(l.beløp, group.enhet)), 0);
          return { overskrift: group.overskrift ? e(group.overskrift) : null, sum: formatAmountText(total, group.enhet), linjer: lines };
        });
        const name = [post.navn, ...post.stikkord].map(e).join(', ');
        return {
          post: postNumber(post.post),
          navn: name,
          beløp: formatInUnit(granted, unit),
          bevilget: formatAmountText(granted),
          disponert: formatAmountText(disposal),
          delvis: disposal !== granted,
          udisponert: post.udisponert ? formatAmountText(toKroner(post.udisponert, unit)) : null,
          tekst: post.tekst ?? '',
          bindinger: groups,
          etter: post.etter ?? '',
          tabeller: post.tabeller.map((table) => ({
            tittel: e(table.tittel),
            kolonner: table.kolonner.map(e),
            rader: table.rader.map((r) => ({ navn: e(r.navn), beløp: formatInUnit(toKroner(r.beløp, table.enhet), table.enhet) })),
            sum: formatInUnit(table.rader.reduce((s, r) => s + toKroner(r.beløp, table.enhet), 0), table.enhet),
          })),
          omtale: Boolean(post.tekst || post.etter || groups.length || post.tabeller.length || disposal !== granted),
        };
      });
      const total = chapter.poster.reduce((s, p) => s + toKroner(p.bevilget, unit), 0);
      return {
        kap: chapter.kap,
        navn: e(chapter.navn),
        enhet: unit,
        kolonne: fill(t.tildeling_kolonne, { år: year, enhet: unit === 'mill. kroner' ? 'mill. kroner' : 'kroner' }),
        poster: posts,
        sum: formatInUnit(total, unit),
        merknad: chapter.merknad ?? '',
      };
    }),
  };
}
