import { describe, expect, it } from 'vitest';
import { validationTable } from '../../sim/onDemand.ts';

describe('the validation table', () => {
  const rows = validationTable();

  it('has a source, a model value and a published value in every row, and unique ids', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.source.length).toBeGreaterThan(5);
      expect(r.model).toMatch(/\d/);
      expect(r.published.length).toBeGreaterThan(3);
    }
  });

  it('holds for every check except the one known disagreement (the contact direction in the femur frame)', () => {
    const failing = rows.filter((r) => !r.holds).map((r) => r.id);
    expect(failing).toEqual(['contact-direction']);
  });
});
