/**
 * The layout every answer area shares: rows at least 48 px high that the whole label makes tappable,
 * a focus ring that follows the keyboard, and a state told by a border style as well as colour.
 */
export const ANSWER_LAYOUT_STYLES = `
  :host { display: block; }
  fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
  .choices { display: flex; flex-direction: column; gap: 8px; }
  .choice {
    display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; min-height: 48px; padding: 4px 12px;
    border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface);
  }
  .choice--chosen { border: 2px solid var(--mat-sys-primary); background: var(--mat-sys-secondary-container); }
  .choice:has(.choice__input:focus-visible) { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
  .choice__input { width: 24px; height: 24px; margin: 0; flex: none; accent-color: var(--mat-sys-primary); }
  .choice__label { flex: 1 1 12rem; align-self: center; display: flex; align-items: baseline; padding: 10px 0; cursor: pointer; overflow-wrap: anywhere; }
  .choice__input:disabled + .choice__label { cursor: default; }
  .choice__chosen { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
  .text-answer {
    box-sizing: border-box; width: 100%; max-width: 40rem; min-height: 48px; padding: 10px 12px; font: var(--mat-sys-body-large);
    border: 1px solid var(--mat-sys-outline); border-radius: 4px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface);
  }
  .text-answer:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 1px; }
  .text-answer:disabled { background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface); }
  .field-label { display: block; margin-bottom: 4px; font: var(--mat-sys-label-large); }
  .hint { margin: 4px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  .answer-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
`;
