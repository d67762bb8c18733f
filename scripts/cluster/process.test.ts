import { describe, expect, it } from 'vitest';
import { describeExit, LineTail, spawnManaged } from './process';

describe('LineTail', () => {
  it('keeps the last lines across chunks, with a line still being written', () => {
    const tail = new LineTail(2);
    tail.push('one\ntw');
    tail.push('o\nthree\nfou');
    expect(tail.text()).toBe('three\nfou');
  });

  it('is empty before anything was written', () => expect(new LineTail(3).text()).toBe(''));
});

describe('describeExit', () => {
  it('names the signal or the code', () => {
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('was killed by SIGKILL');
    expect(describeExit({ code: 1, signal: null })).toBe('exited with code 1');
  });
});

describe('spawnManaged', () => {
  it('stops its own child with SIGKILL when SIGTERM is ignored', async () => {
    const child = spawnManaged(process.execPath, ['-e', "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await child.stop('SIGTERM', 200)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(child.tail()).toBe('up');
  });

  it('says when the binary is missing', () => expect(() => spawnManaged('/nonexistent/binary', [])).toThrow(/could not start \/nonexistent\/binary/));
});
