// National goals laid out by structure, each on an invented snippet: an enumerated list of
// verb-initial items after a lead-in naming objectives, "the goal of the plan is to …", and
// "under the overall theme of …".
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('listed national goals', () => {
  it('verb-initial items of an enumerated list after an objectives lead-in are objectives of the country', () => {
    const g = ex(
      'Ghana’s Minister of Planning Ana Voss presented the Fourth Growth Plan to the assembly.\n\nThe three strategic objectives of the plan are:\n\n1) Expand irrigated farmland in the river basins.\n\n2) Modernise the rail freight network.\n\n3) Fishing quotas, as before.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(expect.arrayContaining(['Expand irrigated farmland in the river basins', 'Modernise the rail freight network']));
    expect(objs).not.toContain('Fishing quotas, as before');
    expect(rel(g, 'OBJECTIVE_OF', 'Modernise the rail freight network', 'Ghana')).toBeDefined();
  });
  it('"the goal of the plan is to …" and "under the overall theme of …"', () => {
    const g = ex(
      'Ruritania’s cabinet approved the programme. The goal of the programme is to double rural electricity access and will be pursued under the overall theme of clean power for every village.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Double rural electricity access', 'Clean power for every village']),
    );
  });
  it('a list after a lead-in that names no goals is not read', () => {
    const g = ex('Ruritania’s minister listed the guests:\n\n1) Build Corp chairman.\n\n2) Expand Ltd.');
    expect(names(g, 'NationalObjective')).not.toContain('Build Corp chairman');
  });
});
