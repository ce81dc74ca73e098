import { z } from 'zod';
import { join } from 'node:path';
import { writeAtomic } from '../../build/writeAtomic.js';
import { assignmentSchema, budgetSchema, goalSchema, letterSchema, proseChapterSchema } from '../../kinds/tildelingsbrev/schema.js';
import { accountsSchema, keyFiguresSchema, partSchema, reportChapterSchema, reportSchema, resultsSchema } from '../../kinds/arsrapport/schema.js';
import { tilleggSchema } from '../../kinds/tillegg/schema.js';
import { budgetUseSchema, halfYearSchema, statusSchema } from '../../kinds/halvarsrapport/schema.js';

/** The content files that have a schema, by the name of the JSON Schema file written for each. */
export const SCHEMAS: Record<string, { schema: z.ZodType; title: string; files: string }> = {
  brev: { schema: letterSchema, title: 'Tildelingsbrev: brev.md (forside)', files: 'brev.md' },
  maal: { schema: goalSchema, title: 'Mål: maal/N.md (forside)', files: 'maal/*.md' },
  oppdrag: { schema: assignmentSchema, title: 'Oppdrag: oppdrag/ÅÅÅÅ-NN.md (forside)', files: 'oppdrag/*.md' },
  budsjett: { schema: budgetSchema, title: 'Budsjett: budsjett.yaml', files: 'budsjett.yaml' },
  kapittel: { schema: proseChapterSchema, title: 'Kapittel: kapitler/NAVN.md (forside)', files: 'kapitler/*.md' },
  tillegg: { schema: tilleggSchema, title: 'Tillegg til tildelingsbrev: tillegg.md (forside)', files: 'tillegg.md' },
  rapport: { schema: reportSchema, title: 'Årsrapport: rapport.md (forside)', files: 'rapport.md' },
  del: { schema: partSchema, title: 'Årsrapport: deler/*/del.md (forside)', files: 'deler/*/del.md' },
  rapportkapittel: { schema: reportChapterSchema, title: 'Årsrapport: kapittel i en del (forside)', files: 'deler/*/*.md' },
  resultater: { schema: resultsSchema, title: 'Årsrapport: resultater.yaml', files: 'resultater.yaml' },
  hovedtall: { schema: keyFiguresSchema, title: 'Årsrapport: hovedtall.yaml', files: 'hovedtall.yaml' },
  regnskap: { schema: accountsSchema, title: 'Årsrapport: regnskap.yaml', files: 'regnskap.yaml' },
  halvarsrapport: { schema: halfYearSchema, title: 'Halvårsrapport: halvarsrapport.md (forside)', files: 'halvarsrapport.md' },
  status: { schema: statusSchema, title: 'Halvårsrapport: status.yaml', files: 'status.yaml' },
  budsjettbruk: { schema: budgetUseSchema, title: 'Halvårsrapport: budsjett.yaml', files: 'budsjett.yaml (halvårsrapport)' },
};

export function jsonSchema(name: string): object {
  const { schema, title } = SCHEMAS[name];
  return { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title };
}

/** `styringsdok schema [NAVN] [--out DIR]`: JSON Schemas for editors, printed or written as NAVN.schema.json. */
export function schema(names: string[], outDir: string | undefined): number {
  const unknown = names.filter((n) => !(n in SCHEMAS));
  if (unknown.length) {
    process.stderr.write(`ukjent skjema: ${unknown.join(', ')}. Velg blant: ${Object.keys(SCHEMAS).join(', ')}\n`);
    return 1;
  }
  const chosen = names.length ? names : Object.keys(SCHEMAS);
  if (!outDir) {
    const out = chosen.length === 1 ? jsonSchema(chosen[0]) : Object.fromEntries(chosen.map((n) => [n, jsonSchema(n)]));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  for (const name of chosen) {
    const path = join(outDir, `${name}.schema.json`);
    writeAtomic(path, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
    process.stdout.write(`✓ ${path} (${SCHEMAS[name].files})\n`);
  }
  return 0;
}
