// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validationTable } from '../../sim/onDemand.ts';
import ValidationPanel from '../../src/components/ValidationPanel.svelte';
import { stubShowModal, useMount } from './mountInBody.ts';

const mountInBody = useMount();
stubShowModal();

const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();

describe('ValidationPanel', () => {
  const rows = validationTable();

  it('shows one row per validation row, with the model’s value, the published one and the source', () => {
    mountInBody(ValidationPanel, { onclose: () => {} });
    const trs = [...document.querySelectorAll('tbody tr')];
    expect(trs).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      const cells = [...trs[i]!.children].map(text);
      expect(trs[i]!.getAttribute('data-row')).toBe(r.id);
      expect(cells[0]).toContain(r.quantity);
      expect(cells.slice(1, 4)).toEqual([r.model, r.published, r.source]);
    });
  });

  it('says in words whether each row holds, and marks the calibrated rows', () => {
    mountInBody(ValidationPanel, { onclose: () => {} });
    const trs = [...document.querySelectorAll('tbody tr')];
    rows.forEach((r, i) => {
      const holds = text(trs[i]!.querySelector('td.holds'));
      expect(holds).toBe(r.holds ? '✓ holds' : '✗ does not hold');
      expect(text(trs[i]!.querySelector('th'))?.endsWith('calibrated')).toBe(
        r.kind === 'calibration',
      );
    });
    expect(rows.some((r) => r.kind === 'calibration')).toBe(true);
    const checks = rows.filter((r) => r.kind === 'check');
    expect(text(document.querySelector('dialog p'))).toContain(
      `${checks.filter((r) => r.holds).length} of ${checks.length} checks hold`,
    );
  });
});
