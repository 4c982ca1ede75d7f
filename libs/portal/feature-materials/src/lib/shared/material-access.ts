import { computed, inject } from '@angular/core';
import { AuthStore } from '@tunas/portal/data-access';

/** Partner staff and admins manage materials (the API decides which ones); trainers only read shared ones. */
export function injectCanManageMaterials() {
  const auth = inject(AuthStore);
  return computed(() => auth.hasRole('PARTNER') || auth.hasRole('ADMIN'));
}
