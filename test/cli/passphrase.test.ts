import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptHidden, readPassphrase } from '../../src/cli/passphrase.js';
import { SignError } from '../../src/sign/SignError.js';

/** A terminal-like pair of streams; what the prompt writes is collected in `shown`. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
  let shown = '';
  output.on('data', (c: Buffer) => (shown += c.toString('utf8')));
  return { input, output, shown: () => shown };
}

describe('passphrase', () => {
  it('reads the typed passphrase without echoing it', async () => {
    const t = terminal();
    const answer = promptHidden('Passordfrase for sertifikatet: ', t.input, t.output);
    t.input.write('hemmelig æøå 123\r');
    expect(await answer).toBe('hemmelig æøå 123');
    expect(t.shown()).toContain('Passordfrase for sertifikatet:');
    expect(t.shown()).not.toContain('hemmelig');
    expect(t.shown().endsWith('\n')).toBe(true);
  });

  it('gives up on Ctrl-C with a Norwegian message', async () => {
    const t = terminal();
    const answer = promptHidden('Passordfrase for sertifikatet: ', t.input, t.output);
    t.input.write('\u0003');
    await expect(answer).rejects.toThrow(new SignError('avbrutt'));
  });

  it('takes the passphrase from the named environment variable, never from elsewhere', async () => {
    process.env.STYRINGSDOK_PASSPHRASE_TEST = 'fra miljøet';
    expect(await readPassphrase('STYRINGSDOK_PASSPHRASE_TEST')).toBe('fra miljøet');
    await expect(readPassphrase('STYRINGSDOK_FINNES_IKKE')).rejects.toThrow(/miljøvariabelen STYRINGSDOK_FINNES_IKKE finnes ikke/);
  });
});
