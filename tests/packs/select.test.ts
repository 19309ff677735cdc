import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/packs/index.js';
import { SelectionError, selectPacks } from '../../src/packs/select.js';

const ids = (packs: { id: string }[]) => packs.map((p) => p.id);

describe('selecting standards', () => {
  it('audits TIP 47 and the joint statement by default, with the document checks', () => {
    expect(ids(selectPacks(undefined, PACKS))).toEqual(['samhsa-tip47', 'joint', 'document']);
  });

  it('takes pack IDs, their former names and all', () => {
    expect(ids(selectPacks(['medicare-iop'], PACKS))).toEqual(['medicare-iop', 'document']);
    expect(ids(selectPacks(['samhsa'], PACKS))).toEqual(['samhsa-tip47', 'document']);
    expect(ids(selectPacks(['all'], PACKS))).toEqual(PACKS.map((p) => p.id));
  });

  it('refuses an unknown standard with a did-you-mean, and an edition other than the pinned one', () => {
    expect(() => selectPacks(['medicare-iops'], PACKS)).toThrow(new SelectionError("unknown standard 'medicare-iops'; did you mean 'medicare-iop'?"));
    expect(() => selectPacks(['asam-criteria-3@2023'], PACKS)).toThrow("standard 'asam-criteria-3' is 3rd edition (2013), not the pinned '2023'");
    expect(ids(selectPacks(['asam-criteria-3@2013'], PACKS))).toEqual(['asam-criteria-3', 'document']);
  });

  it('adds packs read from files to whatever is selected', () => {
    const file = { ...PACKS[0]!, id: 'state-iop', file: 'packs/state.yaml' };
    expect(ids(selectPacks(['joint'], [...PACKS, file], [file]))).toEqual(['joint', 'document', 'state-iop']);
  });
});
