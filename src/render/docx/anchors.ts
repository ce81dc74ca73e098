import type { Block } from '../../model/document.js';

/**
 * Word bookmark names for the headings' anchor ids. Word only accepts letters, digits and underscores, at most
 * 40 characters, starting with a letter, so slugs such as "kap-671" are mapped (and kept unique after mapping).
 */
export class AnchorNames {
  private readonly names = new Map<string, string>();

  constructor(blocks: readonly Block[]) {
    const taken = new Set<string>();
    const visit = (list: readonly Block[]): void => {
      for (const block of list) {
        if (block.type === 'heading' && !this.names.has(block.id)) {
          const name = uniqueName(bookmarkName(block.id), taken);
          taken.add(name.toLowerCase());
          this.names.set(block.id, name);
        } else if ('children' in block) visit(block.children);
        else if (block.type === 'list') block.items.forEach(visit);
      }
    };
    visit(blocks);
  }

  /** The bookmark name for an anchor id, or undefined when no heading has that id. */
  get(id: string): string | undefined {
    return this.names.get(id);
  }
}

function bookmarkName(id: string): string {
  const ascii = id
    .normalize('NFKD')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z0-9_]/g, '_');
  const name = /^[A-Za-z]/.test(ascii) ? ascii : `h_${ascii}`;
  return name.slice(0, 40);
}

function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const candidate = base.slice(0, 40 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
