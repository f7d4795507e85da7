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

/**
 * The floor comparison's definition (bench/floor.mjs): `n` questions of one kind, each a title, a
 * description and seven radio options, in sections of `perSection` questions (one section when
 * `perSection` is `n`). No conditions, no requirements: every library shows the same markup, and a
 * click updates one displayed total.
 * @param {number} n questions
 * @param {number} [perSection] questions per section (a divisor of `n`)
 * @returns {Record<string, unknown>} an aimskit definition (JSON)
 */
export function floorDefinition(n, perSection = n) {
  if (n % perSection) throw new Error(`${perSection} does not divide ${n}`);
  const options = Array.from({ length: 7 }, (_, i) => ({
    id: String(i),
    label: `Level ${i}`,
    value: i / 6,
  }));
  const sections = Array.from({ length: n / perSection }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s + 1}`,
    questions: Array.from({ length: perSection }, (_, j) => {
      const i = s * perSection + j;
      return {
        id: `q${i}`,
        type: 'scale',
        text: `Question ${i + 1}: is this practice in place?`,
        help: `What question ${i + 1} asks about, in a sentence or two of description.`,
        scale: 'l',
      };
    }),
  }));
  return {
    format: 'aimskit.definition/1',
    id: `floor-${n}-${perSection}`,
    version: '1',
    title: 'Floor',
    scales: [{ id: 'l', options }],
    sections,
  };
}

/**
 * The SoA floor comparison's definition: `n` controls in 10 objectives, one maturity question per
 * control (bench/pages/soa.ts draws its Statement of Applicability).
 * @param {number} n controls (a multiple of 10)
 * @returns {Record<string, unknown>} an aimskit definition (JSON)
 */
export function soaDefinition(n) {
  const ids = Array.from({ length: n }, (_, i) => `C.${(i % 10) + 1}.${Math.floor(i / 10) + 1}`);
  return {
    format: 'aimskit.definition/1',
    id: `soa-${n}`,
    version: '1',
    title: 'Controls',
    scales: [
      {
        id: 'm',
        options: [
          { id: '0', label: 'Not in place', value: 0 },
          { id: '1', label: 'In place', value: 1 },
          { id: 'na', label: 'Not applicable', na: true },
        ],
      },
    ],
    groups: Array.from({ length: 10 }, (_, g) => ({
      id: `C.${g + 1}`,
      title: `Objective ${g + 1}`,
    })),
    requirements: ids.map((id, i) => ({
      id,
      title: `Control number ${i + 1}`,
      kind: 'control',
      group: id.split('.').slice(0, 2).join('.'),
    })),
    sections: [
      {
        id: 'controls',
        title: 'Controls',
        questions: ids.map((id) => ({
          id: `q-${id}`,
          type: 'scale',
          scale: 'm',
          requirement: id,
          text: `Is control ${id} in place?`,
        })),
      },
    ],
  };
}
