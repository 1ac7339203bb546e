/**
 * `consent edit` in real Chromium, against the real local server (the built CLI on a temporary copy of the
 * Conectamos container): a marketer adds a campaign, sees the validator's errors next to the fields, fixes
 * them, reviews the diff and saves; `consent validate` then passes on the saved file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { copyFixture, type RunningEditor, runEditor } from '../container/editor-http';
import { consent } from '../container/run';
import { ROOT, SHOTS, useBrowser } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const browser = useBrowser();

/** The editor on a fresh copy of the fixture, a page on it, and everything that went wrong in the page. */
async function openEditor(options: { bypassCSP?: boolean } = {}) {
  const { dir, file } = copyFixture('conectamos.json');
  const editor: RunningEditor = await runEditor(file);
  const context = await browser().newContext({ viewport: { width: 1280, height: 1000 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://127.0.0.1:${editor.port}/`)) elsewhere.push(request.url());
  });
  await page.goto(editor.url);
  await page.locator('#nav-campaigns').waitFor();
  return {
    file,
    editor,
    page,
    problems,
    elsewhere,
    async close() {
      await context.close();
      expect(await editor.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A field's control, by the JSON path it edits. */
const control = (page: Page, path: (string | number)[]) => page.locator(`[id="f-${path.join('.')}"]`);
/** The messages shown next to a field, by its JSON path. */
const messagesAt = (page: Page, path: string) =>
  page.locator(`[data-field="${path.replace(/"/g, '\\"')}"] > .messages`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
/** Types into a text field, or picks in a select (a field the container gives a list for, like its events). */
async function enter(page: Page, path: (string | number)[], value: string): Promise<void> {
  const field = control(page, path);
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}
/** A day as `YYYY-MM-DD`, `days` from today (UTC): campaign dates around today, so none has ended. */
const day = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Each test starts the CLI and a browser context; on a busy two-core machine that takes more than the default.
describe('consent edit in Chromium', { timeout: 90_000 }, () => {
  test('add a campaign, see the errors by their fields, fix them, review the diff, save: the file validates', async () => {
    const s = await openEditor();
    const { page } = s;
    try {
      await page.locator('#nav-campaigns').click();
      await expect.poll(() => focusedId(page)).toBe('section-title');
      await page.getByRole('button', { name: 'Add a campaign' }).click();
      await expect.poll(() => focusedId(page)).toBe('campaign-form-title');

      const at = ['campaigns', 2];
      await control(page, [...at, 'id']).fill('summer-webinar');
      // The heading and the table's row follow the form as it is typed in, the focus staying put.
      await expect
        .poll(() => page.locator('#campaign-form-title').textContent())
        .toBe('Campaign “summer-webinar”');
      expect(await page.locator('table.campaigns tbody tr').nth(2).textContent()).toContain('summer-webinar');
      expect(await focusedId(page)).toBe('f-campaigns.2.id');
      await control(page, [...at, 'adapter']).selectOption('google-ads');
      await enter(page, [...at, 'on', 'event'], 'webinar_registered');
      // The label as it is often pasted, with the conversion ID in front; and an end before the start.
      await control(page, [...at, 'send', 'label']).fill('AW-123456789/SummerWeb_01');
      await control(page, [...at, 'start']).fill(day(0));
      await control(page, [...at, 'end']).fill(day(-1));

      const labelMessages = messagesAt(page, '$.campaigns[2].send.label');
      await expect
        .poll(() => labelMessages.textContent())
        .toMatch(/^Expected a conversion label .*found "AW-123456789\/SummerWeb_01"/);
      await expect
        .poll(() => messagesAt(page, '$.campaigns[2].end').locator('.error').textContent())
        .toBe(`Expected a date on or after start ("${day(0)}"), found "${day(-1)}".`);
      expect(await control(page, [...at, 'send', 'label']).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#summary .report li.error').allTextContents()).toEqual([
        expect.stringMatching(
          /^\$\.campaigns\[2\]\.send\.label · campaign “summer-webinar” · line \d+Expected a conversion label/,
        ),
        expect.stringMatching(
          /^\$\.campaigns\[2\]\.end · campaign “summer-webinar” · line \d+Expected a date on or after start/,
        ),
      ]);
      expect(await page.locator('#count-campaigns').textContent()).toBe('2');
      expect(await page.locator('#status').textContent()).toMatch(
        /^2 problems · \d+ warnings? · Unsaved changes$/,
      );
      await page
        .locator('[data-field="$.campaigns[2].send"]')
        .evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SHOTS, 'editor-campaign-error.png') });

      // The summary leads to the field.
      await page.locator('#summary .report li.error button.link').last().click();
      await expect.poll(() => focusedId(page)).toBe('f-campaigns.2.end');

      await control(page, [...at, 'send', 'label']).fill('SummerWeb_01');
      await control(page, [...at, 'end']).fill(day(30));
      await expect
        .poll(() => page.locator('#summary').textContent())
        .toContain('No problems: the container is valid.');
      expect(await labelMessages.textContent()).toBe('');
      expect(await control(page, [...at, 'send', 'label']).getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('#count-campaigns').textContent()).toBe('');

      await page.getByRole('button', { name: 'Review and save' }).click();
      const dialog = page.getByRole('dialog', { name: 'Review changes to consent.json' });
      await dialog.waitFor();
      await expect.poll(() => focusedId(page)).toBe('review-title');
      const added = await dialog.locator('ins').allTextContents();
      expect(added.join('')).toContain('"id": "summer-webinar"');
      expect(added.join('')).toContain('"label": "SummerWeb_01"');
      expect(await dialog.locator('del').count()).toBe(0); // Only added: nothing of the file is lost.
      expect(await dialog.textContent()).toContain('Saving also lays the file out as 2-space JSON');
      await page.screenshot({ path: join(SHOTS, 'editor-review-diff.png') });
      await dialog.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(() => page.locator('#status').textContent())
        .toMatch(/^0 problems · \d+ warnings? · Saved consent\.json\.$/);
      expect(await dialog.isVisible()).toBe(false);
      await expect.poll(() => focusedId(page)).toBe('review');

      const validated = consent('validate', s.file);
      expect(validated.status).toBe(0);
      expect(validated.stdout).toContain('is a valid container: 7 adapters, 3 campaigns');
      const text = readFileSync(s.file, 'utf8');
      const saved = JSON.parse(text);
      expect(text).toBe(`${JSON.stringify(saved, null, 2)}\n`);
      expect(saved.campaigns[2]).toEqual({
        id: 'summer-webinar',
        adapter: 'google-ads',
        on: { event: 'webinar_registered' },
        send: { label: 'SummerWeb_01' },
        start: day(0),
        end: day(30),
      });
      expect(Object.keys(saved)).toEqual(
        Object.keys(JSON.parse(readFileSync(join(ROOT, 'test/container/fixtures/conectamos.json'), 'utf8'))),
      );
      expect(s.problems).toEqual([]);
      expect(s.elsewhere).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a file changed on disk meanwhile: the review says so, Save is off, Reload brings the new version', async () => {
    const s = await openEditor();
    const { page } = s;
    try {
      await control(page, ['policyVersion']).fill('2027-01-01');
      writeFileSync(s.file, readFileSync(s.file, 'utf8').replace('"conectamos.org"', '"example.org"'));
      await page.getByRole('button', { name: 'Review and save' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('alert').first().textContent()).toContain(
        'The file changed on disk since you opened it',
      );
      expect(await dialog.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
      await dialog.getByRole('button', { name: /^Reload from disk/ }).click();
      await expect.poll(() => control(page, ['cookieDomain']).inputValue()).toBe('example.org');
      expect(await control(page, ['policyVersion']).inputValue()).toBe('2026-11-01');
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('vendors and cookies: add a vendor and a cookie row, each form from the schema, checked as typed', async () => {
    const s = await openEditor();
    const { page } = s;
    try {
      await page.locator('#nav-vendors').click();
      await page.getByRole('button', { name: 'Remove Intercom' }).click();
      await expect.poll(() => focusedId(page)).toBe('add-vendor');
      await page.locator('#add-vendor').selectOption('intercom');
      await page.getByRole('button', { name: 'Add vendor' }).click();
      await expect.poll(() => focusedId(page)).toBe('f-adapters.intercom.appId');
      await expect
        .poll(() => messagesAt(page, '$.adapters.intercom.appId').textContent())
        .toContain('Expected the workspace ID');
      await page
        .locator('[data-field="$.adapters.intercom"]')
        .evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SHOTS, 'editor-vendor-added.png') });
      await page.keyboard.type('abc12345');
      await expect.poll(() => messagesAt(page, '$.adapters.intercom.appId').textContent()).toBe('');

      await page.locator('#nav-cookies').click();
      await page.getByRole('button', { name: 'Add a cookie' }).click();
      await expect.poll(() => focusedId(page)).toBe('f-cookies.8.name');
      await expect.poll(() => page.locator('#count-cookies').textContent()).toBe('5');
      await page.keyboard.type('consent_test');
      await control(page, ['cookies', 8, 'category']).selectOption('functional');
      // Name and category given: purpose, duration and provider are still missing, each flagged.
      await expect.poll(() => page.locator('#count-cookies').textContent()).toBe('3');
      await page.screenshot({ path: join(SHOTS, 'editor-cookie-added.png') });
      for (const [key, value] of [
        ['purpose', 'Remembers a test'],
        ['duration', '1 day'],
        ['provider', 'Conectamos'],
      ])
        await control(page, ['cookies', 8, key!]).fill(value!);
      await expect.poll(() => page.locator('#count-cookies').textContent()).toBe('');
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a campaign picks its vendor among the container’s own, and its event from the container’s events list', async () => {
    const s = await openEditor();
    const { page } = s;
    try {
      const value = JSON.parse(readFileSync(s.file, 'utf8'));
      value.events = ['signup_completed', 'webinar_registered'];
      delete value.adapters.intercom; // Takes no campaigns: it was never offered anyway.
      delete value.adapters['google-analytics'];
      writeFileSync(s.file, JSON.stringify(value));
      await page.reload();
      await page.locator('#nav-campaigns').click();
      await page.getByRole('button', { name: 'Add a campaign' }).click();
      const options = (path: (string | number)[]) => control(page, path).locator('option').allTextContents();
      expect(await options(['campaigns', 2, 'adapter'])).toEqual([
        'Choose…',
        'google-ads',
        'posthog',
        'linkedin-insight',
      ]);
      expect(await control(page, ['campaigns', 2, 'adapter']).inputValue()).toBe('google-ads');
      expect(await options(['campaigns', 2, 'on', 'event'])).toEqual([
        'Choose…',
        'signup_completed',
        'webinar_registered',
      ]);
      expect(await control(page, ['campaigns', 2, 'on', 'event']).inputValue()).toBe('signup_completed');
      await control(page, ['campaigns', 2, 'on', 'event']).selectOption('webinar_registered');
      // Another kind of trigger: its own field, a path pattern typed in.
      await page.locator('[id="kind-campaigns.2.on"]').selectOption('pageview');
      await expect.poll(() => focusedId(page)).toBe('f-campaigns.2.on.pageview');
      await page.keyboard.type('/pricing?x');
      await expect
        .poll(() => messagesAt(page, '$.campaigns[2].on.pageview').textContent())
        .toContain('Expected a path pattern starting with "/"');

      // A click trigger: a selector the browser cannot read is refused, a good one is not.
      await control(page, ['campaigns', 2, 'id']).fill('book-demo');
      await page.locator('[id="kind-campaigns.2.on"]').selectOption('click');
      await expect.poll(() => focusedId(page)).toBe('f-campaigns.2.on.click');
      await page.keyboard.type('a.book-demo:hovr');
      await expect
        .poll(() => messagesAt(page, '$.campaigns[2].on.click').textContent())
        .toMatch(/^Expected a CSS selector/);
      await control(page, ['campaigns', 2, 'on', 'click']).fill('a.book-demo');
      expect(await page.locator('#campaign-form-title').textContent()).toBe('Campaign “book-demo”');
      await control(page, ['campaigns', 2, 'send', 'label']).fill('Demo_01');
      await expect
        .poll(() => page.locator('#summary').textContent())
        .toContain('No problems: the container is valid.');
      expect(await messagesAt(page, '$.campaigns[2].on.click').textContent()).toBe('');
      await page
        .locator('[data-field="$.campaigns[2]"]')
        .evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SHOTS, 'editor-campaign-click.png') });

      // Dates that are over: valid, so a warning (not a problem) by the field and in the summary.
      await control(page, ['campaigns', 2, 'start']).fill(day(-30));
      await control(page, ['campaigns', 2, 'end']).fill(day(-1));
      await expect
        .poll(() => messagesAt(page, '$.campaigns[2].end').textContent())
        .toBe(`Warning: ended on ${day(-1)}: it sends nothing any more; delete it at your next edit`);
      expect(await page.locator('#summary .report li.error').count()).toBe(0);
      expect(await page.locator('#summary').textContent()).toContain('campaign “book-demo”');
      await page.screenshot({ path: join(SHOTS, 'editor-campaign-warning.png') });
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('axe-core finds no accessibility violation in any section, with errors shown and the review open', async () => {
    const s = await openEditor({ bypassCSP: true }); // Only to inject axe: the other tests run under the CSP.
    const { page } = s;
    const audit = async () => {
      const result = (await page.evaluate(`axe.run({ resultTypes: ['violations'] })`)) as {
        violations: { id: string; nodes: { target: unknown }[] }[];
      };
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }));
    };
    try {
      await page.addScriptTag({ content: AXE });
      for (const section of ['settings', 'vendors', 'cookies', 'campaigns']) {
        await page.locator(`#nav-${section}`).click();
        expect(await audit(), section).toEqual([]);
      }
      await page.getByRole('button', { name: 'Add a campaign' }).click();
      await control(page, ['campaigns', 2, 'id']).fill('Not Kebab');
      await expect
        .poll(() => messagesAt(page, '$.campaigns[2].id').textContent())
        .toContain('Expected a kebab-case id');
      expect(await audit()).toEqual([]);
      await page.getByRole('button', { name: 'Review and save' }).click();
      await page.getByRole('dialog').waitFor();
      expect(await audit()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
