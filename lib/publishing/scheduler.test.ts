import { describe, expect, it } from 'vitest';
import type { ContentStore } from '../content/live/store';
import { isReleaseToken, releaseToken, startScheduler } from './scheduler';

const storeDue = (due: () => boolean) => ({ due }) as Pick<ContentStore, 'due'> as ContentStore;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startScheduler', () => {
  it('fires a release once something is due, and not before', async () => {
    let due = false;
    let fired = 0;
    const stop = startScheduler({ store: () => storeDue(() => due), fire: async () => void fired++, intervalMs: 5 });
    await wait(30);
    expect(fired).toBe(0);
    due = true;
    await wait(30);
    stop();
    expect(fired).toBeGreaterThan(0);
  });

  it('never runs two releases at once', async () => {
    let running = 0;
    let most = 0;
    const stop = startScheduler({
      store: () => storeDue(() => true),
      fire: async () => {
        running++;
        most = Math.max(most, running);
        await wait(20);
        running--;
      },
      intervalMs: 2,
    });
    await wait(60);
    stop();
    expect(most).toBe(1);
  });

  it('keeps trying after a failed release', async () => {
    let attempts = 0;
    const stop = startScheduler({
      store: () => storeDue(() => true),
      fire: async () => {
        attempts++;
        throw new Error('server not listening yet');
      },
      intervalMs: 5,
    });
    const errors = console.error;
    console.error = () => undefined;
    await wait(40);
    console.error = errors;
    stop();
    expect(attempts).toBeGreaterThan(1);
  });
});

describe('the release token', () => {
  it('is accepted only exactly', () => {
    expect(isReleaseToken(releaseToken())).toBe(true);
    expect(isReleaseToken(`${releaseToken()}x`)).toBe(false);
    expect(isReleaseToken(null)).toBe(false);
    expect(isReleaseToken('')).toBe(false);
  });
});
