import type { ChartSpec } from '../../model/document.js';

/** Distinguishable in greyscale print as well: dark blue, light blue, orange, green. */
const PALETTE = ['#1f4e8c', '#7fa7d9', '#d9822b', '#3b7d3b', '#8c4a9e', '#5c5c5c'];

const FONT = 'Arimo';

/** The plot area in CSS pixels; the writers take one pixel as one point, so the chart fits a portrait text column. */
const PLOT = { width: 380, height: 190 };

/** A Vega-Lite spec for a chart over years. Years are ordinal categories, so a missing year leaves a gap, not a slope. */
export function vegaLiteSpec(chart: ChartSpec): Record<string, unknown> {
  const values = chart.series.flatMap((s) => chart.years.map((år, i) => ({ år: String(år), serie: s.name, verdi: s.values[i] ?? null })))
    .filter((v) => v.verdi !== null);
  const several = chart.series.length > 1;
  const color = { field: 'serie', type: 'nominal', title: null, sort: chart.series.map((s) => s.name), scale: { range: PALETTE }, legend: several ? { orient: 'bottom', direction: 'vertical', labelLimit: 420 } : null };
  const x = { field: 'år', type: 'ordinal', title: null, axis: { labelAngle: 0 } };
  const y = { field: 'verdi', type: 'quantitative', title: chart.unit, axis: { format: ',~r', tickCount: 5 } };
  const encoding = chart.kind === 'line'
    ? { x, y, color }
    : { x, y, color, ...(chart.kind === 'groupedBar' ? { xOffset: { field: 'serie', sort: chart.series.map((s) => s.name) } } : {}) };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...PLOT,
    background: 'white',
    data: { values },
    mark: chart.kind === 'line' ? { type: 'line', point: true, strokeWidth: 2 } : { type: 'bar' },
    encoding,
    config: {
      font: FONT,
      axis: { labelFontSize: 10, titleFontSize: 10, labelColor: '#000000', titleColor: '#000000', domainColor: '#555555', tickColor: '#555555', gridColor: '#d9d9d9' },
      legend: { labelFontSize: 10, labelColor: '#000000' },
      view: { stroke: null },
    },
  };
}
