import { SPACING } from '../../layout/theme.js';
import { twips } from './page.js';
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

const LEVELS = 9;
const INDENT = twips(SPACING.listIndent);
const BULLETS = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];
const BULLET_REFERENCE = 'punktliste';

function levels(format: 'bullet' | 'decimal', start: number): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? BULLETS[level] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    start,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT } } },
  }));
}

export interface ListRef {
  reference: string;
  instance: number;
}

/**
 * Hands out list definitions while the body is rendered. Every ordered list gets its own instance, so each restarts
 * at its `start`; the numbering part is built afterwards from the start values actually used.
 */
export class ListNumbering {
  private readonly orderedStarts = new Set<number>();
  private instances = 0;

  bullet(): ListRef {
    return { reference: BULLET_REFERENCE, instance: 0 };
  }

  ordered(start: number): ListRef {
    const from = Number.isInteger(start) && start >= 0 ? start : 1;
    this.orderedStarts.add(from);
    return { reference: `nummerliste-${from}`, instance: ++this.instances };
  }

  /** Indent of list text at a nesting level, for paragraphs that continue a list item. */
  static textIndent(level: number): number {
    return INDENT * (level + 1);
  }

  config(): INumberingOptions {
    return {
      config: [
        { reference: BULLET_REFERENCE, levels: levels('bullet', 1) },
        ...[...this.orderedStarts].sort((a, b) => a - b).map((start) => ({ reference: `nummerliste-${start}`, levels: levels('decimal', start) })),
      ],
    };
  }
}
