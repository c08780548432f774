/**
 * Every keyed list of the app draws its keys from a unique id; where the key is a table's text
 * (static lists), the table must hold each key once, or Svelte throws and the page goes blank
 * (issue 11). The lists of changing data (messages, recent scenarios, steps) are keyed by ids:
 * tested with the components that show them.
 */
import { describe, expect, it } from 'vitest';
import anatomy from '../../data/anatomy.json' with { type: 'json' };
import { PRESETS } from '../../sim/index.ts';
import { SHORTCUTS } from '../../src/lib/keys.ts';
import { DETAILS, SPEEDS } from '../../src/lib/viewFields.ts';
import { PAPER_PRESETS } from '../../src/render/export/paper.ts';
import { FIGURE_LAYERS } from '../../src/render/figure/layers.ts';

const once = (keys: readonly unknown[]) => expect(new Set(keys).size).toBe(keys.length);

describe('the keys of the static lists', () => {
  it('are unique in every table a keyed list draws from', () => {
    once(SHORTCUTS.map((s) => s.description));
    for (const s of SHORTCUTS) once(s.shown);
    for (const m of anatomy.muscles) once(m.actions);
    once(PRESETS.map((p) => p.id));
    once(DETAILS);
    once(SPEEDS);
    once(FIGURE_LAYERS.map((l) => l.key));
    once(PAPER_PRESETS.map((p) => p.id));
  });
});
