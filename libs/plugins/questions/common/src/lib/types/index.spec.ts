import { QUESTION_TYPE_IDS } from '../schemas';
import { CORE_QUESTION_TYPES } from './index';

describe('CORE_QUESTION_TYPES', () => {
  it('installs each of the seven core types once', () => {
    const ids = CORE_QUESTION_TYPES.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(QUESTION_TYPE_IDS).sort());
  });
});
