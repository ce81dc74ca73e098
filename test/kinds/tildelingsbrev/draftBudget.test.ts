import { markdownOf } from '../../helpers/markdown.js';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/documents.js';
import { copyFixture, edit } from '../../helpers/fixtures.js';

describe('a draft budget with an empty amount', () => {
  it('is an error naming the post and last year\'s amount, and nothing is built', async () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'bevilget: 60.5', 'bevilget:\n        i_fjor: 58.25');
    const checked = await checkDocument(dir);
    const errors = checked.diagnostics.filter((d) => d.severity === 'feil');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'kapitler[1].poster[1].bevilget', message: 'beløpet mangler for kap. 100, post 01 Driftsutgifter (i fjor: 58,25 mill. kroner)' });
    expect(errors[0].file).toMatch(/budsjett\.yaml$/);
    expect(checked.compose).toBeUndefined();
  });

  it('an empty date says that the date is missing', async () => {
    const dir = copyFixture();
    edit(dir, 'brev.md', 'dato: 2024-01-15', 'dato: ""');
    const errors = (await checkDocument(dir)).diagnostics.filter((d) => d.severity === 'feil');
    expect(errors.map((d) => [d.field, d.message])).toEqual([['dato', 'datoen mangler']]);
  });

  it('i_fjor next to a filled-in amount is accepted and not printed', async () => {
    const dir = copyFixture();
    edit(dir, 'budsjett.yaml', 'bevilget: 60.5', 'bevilget: 60.5\n        i_fjor: 58.25');
    const checked = await checkDocument(dir);
    expect(checked.diagnostics.filter((d) => d.severity === 'feil')).toEqual([]);
    expect(markdownOf(checked.compose!())).not.toMatch(/58,2|58,3/);
  });
});
