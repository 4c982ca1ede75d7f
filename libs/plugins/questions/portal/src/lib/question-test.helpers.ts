/** Test helpers for this library's specs: acting on native controls as a person would. */

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) {
    throw new Error('Nothing to click');
  }
  element.click();
}

/** Picks an option of a native select by its visible text, then fires change as a browser does. */
export function selectByText(select: HTMLSelectElement | null, text: string): void {
  if (!select) {
    throw new Error('No select to choose from');
  }
  const index = Array.from(select.options).findIndex((option) => option.textContent?.trim() === text);
  if (index < 0) {
    throw new Error(`No option "${text}" in ${Array.from(select.options).map((option) => option.textContent?.trim()).join(', ')}`);
  }
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function all<T extends Element = HTMLElement>(root: HTMLElement, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}
