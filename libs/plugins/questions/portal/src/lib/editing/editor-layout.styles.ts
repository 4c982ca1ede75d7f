/** The layout every editor shares: one column on a phone, rows framed as groups, roomy buttons. */
export const EDITOR_LAYOUT_STYLES = `
  :host { display: flex; flex-direction: column; gap: 16px; }
  fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
  legend, .editor__heading { padding: 0; margin: 0 0 8px; font: var(--mat-sys-title-small); }
  .editor__settings { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
  .editor__settings mat-form-field { flex: 1 1 14rem; }
  .editor__rows { display: flex; flex-direction: column; gap: 12px; margin: 0; padding: 0; list-style: none; }
  .editor__row {
    display: flex; flex-direction: column; gap: 8px; padding: 12px; border-radius: 8px;
    border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-lowest);
  }
  .editor__row-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px; }
  .editor__row-title { margin: 0; font: var(--mat-sys-title-small); }
  .editor__row-fields { display: flex; flex-wrap: wrap; gap: 8px 12px; }
  .editor__row-fields > * { flex: 1 1 12rem; }
  .editor__hint { margin: 0 0 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  .editor__add { align-self: flex-start; min-height: 48px; }
  .editor__problems { margin: 0; padding: 8px 12px; border-inline-start: 4px solid var(--mat-sys-error); color: var(--mat-sys-on-surface); }
  .editor__problems p { margin: 0; }
  mat-checkbox { min-height: 48px; display: flex; align-items: center; }
`;
