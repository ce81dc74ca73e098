import { it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { sampleModel } from '../../fixtures/sampleModel.js';
import { docxParts } from '../../helpers/docxXml.js';
it('scratch', async () => {
  const a = await renderDocx(sampleModel());
  const b = await renderDocx(sampleModel(5));
  const c = await renderDocx(sampleModel());
  console.log('equal', a.equals(c));
  const pa = await docxParts(a), pc = await docxParts(c);
  for (const [k, v] of pa) if (pc.get(k) !== v) console.log('differs', k);
  for (const n of [40, 400]) { const t = performance.now(); await renderDocx(sampleModel(n)); console.log(n, Math.round(performance.now() - t), 'ms'); }
  const t = performance.now(); await renderDocx(sampleModel(400)); console.log('400 again', Math.round(performance.now() - t), 'ms');
});
