import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** A stand-in for a terminal's stderr that keeps what was written. */
function terminal() {
  const written: string[] = [];
  return { written, stream: { isTTY: true, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('Progress', () => {
  it('keeps one line up to date and moves other output above it', () => {
    const { written, stream } = terminal();
    const progress = new Progress(3, true, stream);
    progress.finished(true);
    progress.finished(false);
    progress.above(() => written.push('✗ brev/b: 1 feil, 0 advarsler – ingenting skrevet\n'));
    progress.stop();
    expect(written[0]).toMatch(/^\r\x1b\[KBygger 0\/3 dokumenter · \d+,\d s$/);
    expect(written[1]).toMatch(/^\r\x1b\[KBygger 1\/3 dokumenter · /);
    expect(written[2]).toMatch(/^\r\x1b\[KBygger 2\/3 dokumenter · 1 med feil · /);
    // Other output: the line is cleared first and drawn again after.
    expect(written.slice(3, 6)).toEqual(['\r\x1b[K', '✗ brev/b: 1 feil, 0 advarsler – ingenting skrevet\n', expect.stringMatching(/^\r\x1b\[KBygger 2\/3/)]);
    expect(written.at(-1)).toBe('\r\x1b[K');
    expect(written.every((s) => !s.includes('\n') || s.startsWith('✗'))).toBe(true);
  });

  it('draws nothing when not on a terminal', () => {
    const { written, stream } = terminal();
    const progress = new Progress(2, false, stream);
    progress.finished(true);
    progress.above(() => written.push('✓ linje\n'));
    progress.stop();
    expect(written).toEqual(['✓ linje\n']);
  });
});
