import { describe, expect, it } from 'vitest';
import anatomy from '../../data/anatomy.json';
import muscles from '../../data/muscles.json';

const groups = [...new Set(muscles.muscles.map((m) => m.group))];

describe('anatomy.json', () => {
  it('has a card for every muscle group of muscles.json, listing exactly its parts', () => {
    expect(anatomy.muscles.map((c) => c.group).sort()).toEqual([...groups].sort());
    for (const card of anatomy.muscles)
      expect([...card.parts].sort(), card.group).toEqual(
        muscles.muscles
          .filter((m) => m.group === card.group)
          .map((m) => m.id)
          .sort(),
      );
  });

  it("gives each card the same nerve and roots as the model's muscle parts, and sources", () => {
    for (const card of anatomy.muscles) {
      for (const part of muscles.muscles.filter((m) => m.group === card.group)) {
        expect(part.nerve.toLowerCase(), part.id).toBe(card.nerve.toLowerCase());
        expect(part.roots, part.id).toEqual(card.roots);
      }
      expect(card.sources.length, card.group).toBeGreaterThan(0);
      expect(card.actions.length, card.group).toBeGreaterThan(0);
    }
  });

  it('names the nerve of every card once, with the groups it supplies and their roots', () => {
    for (const card of anatomy.muscles) {
      const nerves = anatomy.nerves.filter((n) => n.name === card.nerve);
      expect(nerves, card.group).toHaveLength(1);
      expect(nerves[0]!.supplies).toContain(card.group);
      expect(nerves[0]!.roots).toEqual(card.roots);
    }
    const supplied = anatomy.nerves.flatMap((n) => n.supplies);
    expect([...supplied].sort()).toEqual([...groups].sort());
  });

  it('has the nerves of gluteus maximus, piriformis and the adductors with their roots', () => {
    const of = (g: string) => anatomy.muscles.find((c) => c.group === g);
    expect(of('gmax')).toMatchObject({
      nerve: 'Inferior gluteal nerve',
      roots: ['L5', 'S1', 'S2'],
    });
    expect(of('piriformis')).toMatchObject({ nerve: 'Nerve to piriformis', roots: ['S1', 'S2'] });
    expect(of('adductors')).toMatchObject({ nerve: 'Obturator nerve', roots: ['L2', 'L3', 'L4'] });
  });
});
