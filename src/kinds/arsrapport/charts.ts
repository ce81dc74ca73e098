import type { Diagnostic } from '../../core/diagnostics.js';
import type { ContentFile } from '../../load/loadFolder.js';
import type { ChartSpec, Figure } from '../../model/document.js';
import { at } from '../../validate/located.js';
import type { ChartContent } from './schema.js';

const KIND: Record<ChartContent['type'], ChartSpec['kind']> = { søyle: 'bar', 'gruppert søyle': 'groupedBar', linje: 'line' };

/**
 * Every chart has years (its own or, in hovedtall.yaml, the file's) and one value per year in every series; a plain
 * bar chart has one series (several are a grouped bar chart).
 */
export function checkCharts(charts: readonly ChartContent[], file: ContentFile, path: PropertyKey[], fileYears?: readonly number[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  charts.forEach((chart, i) => {
    const years = chart.år ?? fileYears;
    if (!years) {
      out.push(at(file, [...path, i], 'feil', `diagrammet «${chart.tittel}» oppgir ikke årene`, 'Legg til «år:», for eksempel «år: [2019, 2020, 2021]».'));
      return;
    }
    chart.serier.forEach((serie, j) => {
      if (serie.verdier.length !== years.length) {
        out.push(at(file, [...path, i, 'serier', j, 'verdier'], 'feil', `serien «${serie.navn}» har ${serie.verdier.length} verdier, men diagrammet har ${years.length} år (${years.join(', ')})`, 'Gi én verdi per år; skriv null for et år uten tall.'));
      }
    });
    if (chart.type === 'søyle' && chart.serier.length > 1) {
      out.push(at(file, [...path, i, 'type'], 'feil', `et søylediagram har én serie, men «${chart.tittel}» har ${chart.serier.length}`, 'Bruk «type: gruppert søyle» for flere serier side om side, eller «linje».'));
    }
  });
  return out;
}

/** The figure node of a checked chart. */
export function chartFigure(chart: ChartContent, fileYears?: readonly number[]): Figure {
  return {
    type: 'figure',
    chart: {
      kind: KIND[chart.type],
      years: [...(chart.år ?? fileYears ?? [])],
      series: chart.serier.map((s) => ({ name: s.navn, values: s.verdier })),
      unit: chart.enhet,
    },
    caption: chart.tittel,
    alt: chart.alt,
  };
}
