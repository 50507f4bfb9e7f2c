import { describe, expect, it } from 'vitest';
import { lazyRequire } from '../../src/util/lazy-require.js';

describe('lazyRequire', () => {
  it('loads the module on the first call only, and the same one every time', () => {
    const get = lazyRequire<typeof import('node:path')>('node:path');
    const a = get();
    expect(a.join('a', 'b')).toBe('a/b');
    expect(get()).toBe(a);
  });

  it('fails when called, not when made, for a module that is missing', () => {
    const get = lazyRequire<unknown>('warta-no-such-module');
    expect(() => get()).toThrow(/warta-no-such-module/);
  });
});
