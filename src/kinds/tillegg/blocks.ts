import { formatNumber } from '../../format/numbers.js';
import { postNumber } from '../../format/references.js';
import type { TilleggContent } from './content.js';
import type { BlockBuilders } from '../../compose/blocks.js';
import { dataTable, plain } from '../../compose/cells.js';
import { letterhead, letterSignatures } from '../tildelingsbrev/furnitureBlocks.js';
import { assignmentBlocks } from '../tildelingsbrev/goalBlocks.js';
import { fill } from '../../compose/texts.js';
import { texts } from './texts.js';
import { postsAfter } from './view.js';

/** The tillegg's generated blocks: the letter's letterhead and closing with the tillegg's own references, and its budget table. */
export function tilleggBlocks(c: TilleggContent): BlockBuilders {
  const letter = c.letter.letter;
  const t = texts(letter.språk).tillegg;
  return {
    brevhode: () => [letterhead(letter, c.tillegg)],
    signaturer: () => [letterSignatures(letter, c.tillegg)],
    oppdrag: ({ id }) => c.assignments.filter((x) => x.assignment.id === id).flatMap((x) => assignmentBlocks(x.assignment, x.text, letter.språk)),
    budsjettabell: () => [dataTable([
      { header: t.kap_post, kind: 'id', width: 13, cell: (r) => plain(`${r.kap}/${postNumber(r.post)}`) },
      { header: t.postnavn, kind: 'text', width: 38, cell: (r) => plain(r.navn) },
      { header: t.før, kind: 'amount', width: 19, cell: (r) => plain(formatNumber(r.before)) },
      { header: t.endring, kind: 'amount', width: 17, cell: (r) => plain(`${r.change > 0 ? '+' : ''}${formatNumber(r.change)}`) },
      { header: fill(t.budsjett_kolonne, { år: letter.år }), kind: 'amount', width: 19, cell: (r) => plain(formatNumber(r.after)) },
    ], postsAfter(c))],
  };
}
