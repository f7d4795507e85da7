// The synthetic 1,000-question definition shared by every benchmark (Node and browser): 20 sections
// of 50 maturity questions, 100 requirements, tags, one `showIf` in ten questions and crosswalk
// mappings. Plain JSON (not parsed): each consumer parses it as a user would.

/**
 * @returns {Record<string, unknown>} an aimskit definition (JSON) with `n` questions (a multiple of
 * 50).
 */
export function syntheticDefinition(n = 1000) {
  const levels = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({
    id: String(i),
    label: `Level ${i}`,
    value,
  }));
  const requirements = Array.from({ length: 100 }, (_, i) => ({
    id: `R${i}`,
    title: `Requirement ${i}`,
    kind: i < 30 ? 'clause' : 'control',
    group: `G${i % 10}`,
  }));
  const sections = Array.from({ length: n / 50 }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s + 1}`,
    questions: Array.from({ length: 50 }, (_, j) => {
      const i = s * 50 + j;
      const req = requirements[i % 100];
      return {
        id: `q${i}`,
        type: 'scale',
        text: `Question ${i + 1}: is this practice in place?`,
        scale: req.kind === 'clause' ? 'm' : 'mna',
        requirement: req.id,
        weight: 1 + (i % 3),
        tags: [`t${i % 5}`],
        ...(j % 10 === 9 ? { showIf: `{q${i - 1}} >= '2'` } : {}),
      };
    }),
  }));
  return {
    format: 'aimskit.definition/1',
    id: 'synthetic',
    version: '1',
    title: 'Synthetic',
    scales: [
      { id: 'm', options: levels },
      { id: 'mna', options: [...levels, { id: 'na', label: 'Not applicable', na: true }] },
    ],
    requirements,
    sections,
    mappings: requirements.map((r, i) => ({
      source: r.id,
      target: `fw${i % 3}:t${i % 20}`,
      relationship: 'intersects-with',
    })),
  };
}
