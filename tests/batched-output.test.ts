import { describe, expect, it } from 'vitest';
import { batchedOutput } from '../src/batched-output.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batched output', () => {
  it('writes nothing until the turn ends, then everything of the turn in one write, in order', async () => {
    const writes: string[] = [];
    const output = batchedOutput({ write: (text: string) => writes.push(text) > 0 });
    output.write('one\n');
    output.write('two\n');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['one\ntwo\n']);
    output.write('three\n');
    await nextTurn();
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
  });

  it('writes at once what flush is asked for, and a batch that grows past 64 KB', async () => {
    const writes: string[] = [];
    const output = batchedOutput({ write: (text: string) => writes.push(text) > 0 });
    output.write('held\n');
    output.flush();
    expect(writes).toEqual(['held\n']);
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 64; i++) output.write(line);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe(line.repeat(64));
    await nextTurn();
    expect(writes).toHaveLength(2);
  });
});
