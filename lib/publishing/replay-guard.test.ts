import { describe, expect, it } from 'vitest';
import { ReplayGuard } from './replay-guard';

describe('ReplayGuard', () => {
  it('lets a signature through once', () => {
    const guard = new ReplayGuard();
    expect(guard.firstUse('sha256=aa', 0)).toBe(true);
    expect(guard.firstUse('sha256=aa', 1000)).toBe(false);
    expect(guard.firstUse('sha256=bb', 1000)).toBe(true);
  });

  it('forgets a signature once its timestamp is outside the window anyway', () => {
    const guard = new ReplayGuard();
    guard.firstUse('sha256=aa', 0);
    expect(guard.firstUse('sha256=aa', 11 * 60 * 1000)).toBe(true);
  });
});
