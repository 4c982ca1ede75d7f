import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The confirmation must equal its sibling `controlName` (re-checked when that one changes). */
export function matchesSibling(controlName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const sibling = control.parent?.get(controlName);
    return sibling && control.value && sibling.value !== control.value ? { mismatch: true } : null;
  };
}
