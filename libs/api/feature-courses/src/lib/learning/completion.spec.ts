import { CourseStructure } from '../versions/course-structure';
import { completionOf } from './learning.service';

const structure: CourseStructure = {
  modules: [
    { id: 'm1', title: 'M1', summary: '', requiresPrevious: false, activities: [{ id: 'a', type: 'page', schemaVersion: 1, title: 'A', required: true, content: {} }, { id: 'o', type: 'link', schemaVersion: 1, title: 'O', required: false, content: {} }] },
    { id: 'm2', title: 'M2', summary: '', requiresPrevious: true, activities: [{ id: 'b', type: 'video', schemaVersion: 1, title: 'B', required: true, content: {} }] },
  ],
};

describe('course completion', () => {
  it('counts only required activities that are fully complete', () => {
    expect(completionOf(structure, new Map())).toBe(0);
    expect(completionOf(structure, new Map([['a', { completion: 1 }], ['o', { completion: 1 }]]))).toBe(0.5);
    expect(completionOf(structure, new Map([['a', { completion: 1 }], ['b', { completion: 0.99 }]]))).toBe(0.5);
    expect(completionOf(structure, new Map([['a', { completion: 1 }], ['b', { completion: 1 }]]))).toBe(1);
  });
});
