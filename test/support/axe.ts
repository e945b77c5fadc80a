// Runs axe-core (WCAG 2.x A and AA rules, 2.2 included) against an element, shadow roots included.
import 'axe-core';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element | Document, options: object): Promise<AxeResult> };
  }
}

/** Throws with a readable list when axe finds any violation. */
export async function expectNoAxeViolations(el: Element | Document): Promise<void> {
  const result = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n  ${lines.join('\n  ')}`);
  }
}
