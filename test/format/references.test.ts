import { describe, expect, it } from 'vitest';
import { assignmentIdOf, postNumber, postReference } from '../../src/format/references.js';

describe('budget and assignment references', () => {
  it('writes post numbers with two digits, as the state budget does', () => {
    expect(postNumber(1)).toBe('01');
    expect(postNumber(21)).toBe('21');
    expect(postReference(671, 1)).toBe('kap. 671, post 01');
  });

  it('numbers assignments with at least two digits after the year', () => {
    expect(assignmentIdOf(2023, 7)).toBe('2023-07');
    expect(assignmentIdOf(2023, 123)).toBe('2023-123');
  });
});
