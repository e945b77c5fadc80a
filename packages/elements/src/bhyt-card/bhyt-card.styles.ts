import { css } from 'lit';

export const cardStyles = css`
  :host {
    container-type: inline-size;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  /* Each state's colour, set once on the card and its status line. */
  .status-valid {
    --_state: var(--_success);
    --_state-soft: var(--_success-soft);
  }
  .status-expiring {
    --_state: var(--_warning);
    --_state-soft: var(--_warning-soft);
  }
  .status-expired,
  .status-suspended {
    --_state: var(--_danger);
    --_state-soft: var(--_danger-soft);
  }
  .card {
    /* ID-1 card proportions (85.6 × 54 mm) at full width, never wider than a real card looks on screen. */
    max-width: 36rem;
    border: 3px solid var(--_state);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  /* Each state has its own border pattern as well as colour. */
  .card.status-expiring {
    border-style: dashed;
  }
  .card.status-expired {
    border-style: double;
    border-width: 6px;
  }
  .card.status-suspended {
    border-style: dotted;
    border-width: 4px;
  }
  .band {
    display: grid;
    gap: 2px;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .band-kicker {
    font-size: 0.8125em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .band-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    text-transform: uppercase;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius-small);
    border-left: 6px solid var(--_state);
    background: var(--_state-soft);
    color: var(--_text);
  }
  .status-icon {
    flex: none;
    width: 24px;
    height: 24px;
  }
  .status .status-icon {
    color: var(--_state);
  }
  /* Expired: diagonal hatching, visible in greyscale and to colour-blind readers. */
  .status.status-expired {
    background-image: repeating-linear-gradient(135deg, transparent 0 8px, rgb(0 0 0 / 0.06) 8px 10px);
  }
  .main {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .fields {
    flex: 1 1 16rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  dt {
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  dd.name {
    font-size: 1.125em;
    text-transform: uppercase;
  }
  .code-parts {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.35em;
    font-size: 1.125em;
    letter-spacing: 0.03em;
  }
  .sep {
    color: var(--_text-muted);
  }
  .qr {
    flex: 0 1 9.5rem;
    margin: 0 auto;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: center;
    text-align: center;
  }
  .qr-svg {
    width: 100%;
    max-width: 9.5rem;
    min-width: 7.5rem;
    height: auto;
    display: block;
  }
  .qr-wait {
    aspect-ratio: 1;
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  .qr-error {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    font-size: 0.8125em;
  }
  .qr-error p {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .qr figcaption {
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  .meaning {
    margin: 0;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border-soft);
    font-size: 0.9375em;
  }
  .tools {
    margin-top: calc(var(--_space) * 1.5);
  }
  .explain-box {
    margin-top: calc(var(--_space) * 1.5);
    max-width: 36rem;
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .explain-box > summary {
    min-height: var(--_control-height);
    display: flex;
    align-items: center;
    padding: 0 calc(var(--_space) * 2);
    cursor: pointer;
    font-weight: 700;
    color: var(--_primary);
  }
  .explain-box[open] > summary {
    border-bottom: 1px solid var(--_border-soft);
  }
  .explain-box > vss-card-explain {
    padding: calc(var(--_space) * 2);
  }
  .explain-box > .state {
    margin: calc(var(--_space) * 2);
  }
  .offline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    max-width: 36rem;
    margin-bottom: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px dashed var(--_warning);
    border-radius: var(--_radius-small);
    background: var(--_warning-soft);
  }
  .offline p {
    flex: 1 1 14rem;
    margin: 0;
  }
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    max-width: none;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-width: 2px;
    border-left-width: 8px;
  }
  .compact-name {
    font-weight: 700;
    text-transform: uppercase;
  }
  .compact .code-parts {
    font-size: 1em;
  }
  .compact .status {
    padding: 2px var(--_space);
    border-left-width: 4px;
  }
  .compact .status-detail {
    display: none;
  }
  @container (max-width: 22rem) {
    .body {
      padding-inline: calc(var(--_space) * 1.25);
    }
    .qr {
      flex-basis: 100%;
    }
    .qr-svg {
      max-width: 12rem;
    }
  }
  @media print {
    :host {
      container-type: normal;
    }
    .card {
      max-width: 180mm;
      box-shadow: none;
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .band {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .explain-box,
    .tools {
      display: none !important;
    }
  }
`;
