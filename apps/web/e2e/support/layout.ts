import type { Page } from 'playwright-core';

/**
 * What does not fit on the page as it is, measured in the DOM: the page
 * scrolling sideways, and every visible button whose text overflows it or
 * that lies (even partly) outside the viewport or outside the visible part of
 * an ancestor that clips or scrolls sideways (a table's last column cut off).
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    }
    const viewport = { left: 0, right: root.clientWidth };
    const name = (el: Element) =>
      `"${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const clipsSideways = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const scrollsSideways = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    for (const button of document.querySelectorAll<HTMLElement>(
      'button, [role="button"], [role="tab"], input[type="submit"]',
    )) {
      const box = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      // Not drawn, or visually hidden for screen readers only.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (button.scrollWidth > button.clientWidth + 1) {
        problems.push(
          `button ${name(button)} cuts its content: ${button.scrollWidth} > ${button.clientWidth} px`,
        );
      }
      const outside = (edges: { left: number; right: number }) =>
        box.left < edges.left - 0.5 || box.right > edges.right + 0.5;
      // A column's header (its sort button) is reached by scrolling the table
      // sideways, as its cells are; the table shows a cue that it scrolls. So is
      // a call in a later day of a week's hour grid on a narrow screen.
      const inWideGrid = button.closest('th') || button.closest('[data-testid="hour-grid"]');
      if (inWideGrid && scrollsSideways(button)) continue;
      if (outside(viewport)) {
        problems.push(
          `button ${name(button)} is outside the viewport: ${Math.round(box.left)}–${Math.round(box.right)} of ${viewport.right} px`,
        );
        continue;
      }
      for (let a = button.parentElement; a && a !== document.body; a = a.parentElement) {
        if (!clipsSideways(a)) continue;
        const frame = a.getBoundingClientRect();
        const edges = {
          left: frame.left + a.clientLeft,
          right: frame.left + a.clientLeft + a.clientWidth,
        };
        if (outside(edges)) {
          problems.push(
            `button ${name(button)} is cut off by its scroll container: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(edges.left)}–${Math.round(edges.right)} px`,
          );
          break;
        }
      }
    }
    return problems;
  });
}
