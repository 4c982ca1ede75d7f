import { depthExceeds } from './json-depth-limit.middleware';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { inner: value };
  return value;
};

describe('JSON depth limit', () => {
  it('lets ordinary requests through', () => {
    expect(depthExceeds({ query: 'mutation { x }', variables: { i: { content: { slots: [{ kind: 'fixed' }] } } } }, 64)).toBe(false);
    expect(depthExceeds(nested(63), 64)).toBe(false);
  });

  it('refuses a body nested beyond the limit, however deep, without overflowing the stack', () => {
    expect(depthExceeds(nested(65), 64)).toBe(true);
    expect(depthExceeds(nested(200_000), 64)).toBe(true);
  });
});
