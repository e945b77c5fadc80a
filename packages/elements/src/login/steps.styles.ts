import { css } from 'lit';

// Added to <vss-login>'s shadow root when steps.ts loads: the password-policy checklist and the re-login dialog.
export const stepStyles = css`
  .checklist {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
    font-size: 0.9375em;
  }
  .checklist li {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: baseline;
    color: var(--_text-muted);
  }
  .checklist li.met {
    color: var(--_success);
  }
  .checklist .mark {
    flex: 0 0 1.25em;
    text-align: center;
    font-weight: 700;
  }
  dialog {
    width: min(34rem, calc(100vw - 2 * var(--_space)));
    max-height: calc(100dvh - 4 * var(--_space));
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  dialog .box {
    border: none;
    box-shadow: none;
    max-width: none;
  }
`;
