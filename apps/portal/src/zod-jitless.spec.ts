import './zod-jitless';
import { config } from 'zod/v4/core';
import { z } from 'zod';

describe('zod-jitless', () => {
  it('makes zod parse without compiling, so the CSP never sees an eval probe', () => {
    const compile = jest.spyOn(globalThis, 'Function');
    expect(config().jitless).toBe(true);
    expect(z.object({ title: z.string() }).parse({ title: 'Modul 1' })).toEqual({ title: 'Modul 1' });
    expect(compile).not.toHaveBeenCalled();
  });
});
