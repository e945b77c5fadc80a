import { css, html, type TemplateResult } from 'lit';
import type { ProofClaimLine } from '@vssid/core/i18n';

/**
 * The claims of a signed proof as a description list (`part="claims"`): what the citizen shares
 * (`<vss-share-proof>`) and what the checker reads (`<vss-verify-proof>`), in the same words and order.
 */
export function renderClaims(lines: readonly ProofClaimLine[]): TemplateResult {
  return html`<dl class="claims-list" part="claims">
    ${lines.map((l) => html`<div class="claim"><dt>${l.label}</dt><dd>${l.text}</dd></div>`)}
  </dl>`;
}

/** The list's layout; each element gives a claim its own look. */
export const claimsListStyles = css`
  .claims-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .claim {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
