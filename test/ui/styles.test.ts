import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeWindow } from '../helpers/window';
import { mount } from './fixture';

const pkg = join(import.meta.dirname, '../../packages/ui');
/** Both stylesheets' source: the banner's and the dialog's. */
const stylesheets = () =>
  ['banner.css', 'dialog.css'].map((file) => readFileSync(join(pkg, 'src', file), 'utf8')).join('\n');

describe('styles', () => {
  test("are isolated in an open shadow root, through constructable stylesheets: the banner's, then the dialog's when it first opens", () => {
    const { root, ui } = mount();
    expect(root.mode).toBe('open');
    expect(root.adoptedStyleSheets).toHaveLength(1);
    ui.open();
    ui.close();
    ui.open();
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.querySelector('style')).toBeNull();
  });

  test('fall back to a <style> with the nonce where constructable stylesheets are missing', () => {
    const win = makeWindow();
    Object.defineProperty(win, 'CSSStyleSheet', {
      configurable: true,
      value: class {
        constructor() {
          throw new TypeError('Illegal constructor');
        }
      },
    });
    const { root, ui } = mount({ win, options: { nonce: 'abc123' } });
    ui.open();
    const styles = [...root.querySelectorAll('style')];
    expect(styles.map((style) => style.getAttribute('nonce'))).toEqual(['abc123', 'abc123']);
  });

  test('no element carries an inline style attribute (strict CSP)', () => {
    const { root, ui, win } = mount();
    ui.open();
    for (const d of root.querySelectorAll('details')) d.open = true;
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    expect(win.document.querySelectorAll('[style]')).toHaveLength(0);
  });

  test('nothing is added outside the one host element', () => {
    const win = makeWindow();
    const before = win.document.documentElement.outerHTML;
    const { ui } = mount({ win, adapters: [] });
    ui.open();
    ui.close();
    expect(win.document.head.children).toHaveLength(0);
    ui.unmount();
    expect(win.document.documentElement.outerHTML).toBe(before);
  });

  test('the README documents every theming custom property', () => {
    const css = stylesheets();
    const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
    const properties = [...new Set(css.match(/--cc-[a-z-]+/g))];
    expect(properties.length).toBeGreaterThan(5);
    for (const property of properties) expect(readme, property).toContain(`\`${property}\``);
  });

  test('respects reduced motion and the color scheme', () => {
    expect(readFileSync(join(pkg, 'src/banner.css'), 'utf8')).toMatch(
      /@media \(prefers-color-scheme:\s*dark\)/,
    );
    // In each stylesheet, every animation and transition is inside its no-preference block.
    for (const [file, motion] of [
      ['banner.css', /animation/],
      ['dialog.css', /transition/],
    ] as const) {
      const css = readFileSync(join(pkg, 'src', file), 'utf8');
      const [outside, inside] = css.split(/@media \(prefers-reduced-motion:\s*no-preference\)/);
      expect(outside, file).not.toMatch(/animation|transition/);
      expect(inside, file).toMatch(motion);
    }
  });
});
