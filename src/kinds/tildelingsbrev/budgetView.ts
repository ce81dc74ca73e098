import { postNumber } from '../../format/references.js';
import { formatAmountText, toKroner } from '../../format/numbers.js';
import type { Budget } from './schema.js';
import { escapeInline as e } from '../../compose/markdownText.js';

/** The budget's prose as the templates see it: amounts formatted, sums computed, texts escaped; the tables are blocks. */
export function budgetView(budget: Budget) {
  return {
    innledning: budget.innledning ?? '',
    kapitler: budget.kapitler.map((chapter) => {
      const unit = chapter.enhet;
      // Amounts written in millions are printed as written; amounts in kroner are abbreviated to millions in prose.
      const textUnit = unit === 'mill. kroner' ? unit : undefined;
      const posts = chapter.poster.map((post) => {
        const granted = toKroner(post.bevilget, unit);
        const disposal = post.disponert === undefined ? granted : toKroner(post.disponert, unit);
        const name = [post.navn, ...post.stikkord].map(e).join(', ');
        return {
          kap: chapter.kap,
          post: postNumber(post.post),
          navn: name,
          bevilget: formatAmountText(granted, textUnit),
          disponert: formatAmountText(disposal, textUnit),
          delvis: disposal !== granted,
          udisponert: post.udisponert ? formatAmountText(toKroner(post.udisponert, unit), textUnit) : null,
          tekst: post.tekst ?? '',
          etter: post.etter ?? '',
          omtale: Boolean(post.tekst || post.etter || post.bindinger.length || post.tabeller.length || disposal !== granted),
        };
      });
      return {
        kap: chapter.kap,
        navn: e(chapter.navn),
        enhet: unit,
        poster: posts,
        merknad: chapter.merknad ?? '',
      };
    }),
  };
}
