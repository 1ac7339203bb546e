// @vitest-environment node
import {
  chmodSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type EditorServer, startEditor, validateContainer } from '@conectamos/consent-container';
import { afterEach, describe, expect, test } from 'vitest';
import { type Answer, call, copyFixture } from './editor-http';

const open: { editor: EditorServer; dir: string }[] = [];
afterEach(async () => {
  for (const { editor, dir } of open.splice(0)) {
    await editor.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** An editor on a fresh copy of a fixture, and calls to it as its own page makes them. */
async function session(fixture = 'conectamos.json') {
  const { dir, file } = copyFixture(fixture);
  const editor = await startEditor({ file });
  open.push({ editor, dir });
  const host = `127.0.0.1:${editor.port}`;
  const api = (path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
    call(editor.port, path, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      headers: {
        host,
        'x-consent-token': editor.token,
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
    });
  const loaded = await api('/api/file');
  return {
    dir,
    file,
    editor,
    host,
    api,
    value: loaded.json.value as Record<string, unknown>,
    version: loaded.json.version as string,
  };
}

/** The fixture with one more campaign: Google Ads, a label pasted with its "AW-…/" part. */
const withCampaign = (value: Record<string, unknown>, label = 'AW-123456789/SummerWeb_01') => ({
  ...value,
  campaigns: [
    ...(value.campaigns as unknown[]),
    { id: 'summer-webinar', adapter: 'google-ads', on: { event: 'webinar_registered' }, send: { label } },
  ],
});

describe('consent edit: who may talk to the server', () => {
  test('it listens on 127.0.0.1 and prints an address with a fresh token', async () => {
    const { editor } = await session();
    expect(editor.url).toBe(`http://127.0.0.1:${editor.port}/#token=${editor.token}`);
    expect(editor.token).toMatch(/^[\w-]{32}$/);
    const other = await session();
    expect(other.editor.token).not.toBe(editor.token);
  });

  test('a request naming another host (DNS rebinding) is refused, page and API alike', async () => {
    const { editor, api } = await session();
    for (const host of [
      'evil.example',
      `evil.example:${editor.port}`,
      `127.0.0.1:${editor.port + 1}`,
      `127.0.0.1.evil.example:${editor.port}`,
    ]) {
      expect((await call(editor.port, '/', { headers: { host } })).status).toBe(421);
      expect((await api('/api/file', undefined, { host })).status).toBe(421);
    }
    expect((await call(editor.port, '/', { headers: { host: `localhost:${editor.port}` } })).status).toBe(
      200,
    );
  });

  test('the API needs the session token in its header: none, a wrong one, or one in the URL is refused', async () => {
    const { editor, host, api } = await session();
    expect((await call(editor.port, '/api/file', { headers: { host } })).status).toBe(403);
    // Change the last character to one it is not: appending a fixed letter matched the real token 1 run in 64.
    const last = editor.token.at(-1) === 'x' ? 'y' : 'x';
    const wrong = `${editor.token.slice(0, -1)}${last}`;
    expect(wrong).not.toBe(editor.token);
    expect((await api('/api/file', undefined, { 'x-consent-token': wrong })).status).toBe(403);
    expect((await call(editor.port, `/api/file?token=${editor.token}`, { headers: { host } })).status).toBe(
      403,
    );
    const ok = await api('/api/file');
    expect(ok.status).toBe(200);
    expect(ok.json.name).toBe('consent.json');
  });

  test('another site cannot drive it: a foreign Origin, a cross-site fetch, or a form post is refused', async () => {
    const { api, value } = await session();
    const body = { draft: value };
    expect((await api('/api/validate', body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('/api/validate', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('/api/validate', body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('/api/validate', body, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  test('the page is served with a strict CSP and no token; nothing but its three files is', async () => {
    const { editor, host } = await session();
    const page = await call(editor.port, '/', { headers: { host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    for (const rule of [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
    ])
      expect(csp).toContain(rule);
    expect(page.text).toContain('<script src="/editor.js" defer></script>');
    expect(page.text).not.toContain(editor.token);
    expect((await call(editor.port, '/editor.css', { headers: { host } })).status).toBe(200);
    for (const path of [
      '/package.json',
      '/editor/index.html',
      '/../package.json',
      '/%2e%2e/package.json',
      '/dist/editor.js',
      '/api/../package.json',
      '/consent.json',
    ])
      expect((await call(editor.port, path, { headers: { host } })).status, path).toBe(404);
  });
});

describe('consent edit: only that file', () => {
  test('no parameter names another file: a path in the query or the body is ignored', async () => {
    const { dir, file, api, value, version } = await session();
    const other = join(dir, 'other.json');
    const read = await api(`/api/file?file=${encodeURIComponent('/etc/passwd')}&path=/etc/passwd`);
    expect(read.json.value).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    const saved = await api('/api/save', {
      draft: { ...value, policyVersion: '2027-01-01' },
      version,
      file: other,
      path: other,
    });
    expect(saved.status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8')).policyVersion).toBe('2027-01-01');
    expect(readdirSync(dir)).toEqual(['consent.json']);
  });

  test('a file that is not JSON, not a container object, or not there is refused before the server starts', async () => {
    const { dir, file } = copyFixture('conectamos.json');
    try {
      writeFileSync(file, '{ "policyVersion": "2026-11-01", }');
      await expect(startEditor({ file })).rejects.toThrow(
        /not valid JSON \(line 1, column 32: a comma before \} is not allowed/,
      );
      writeFileSync(file, '[1, 2]');
      await expect(startEditor({ file })).rejects.toThrow('a container is a JSON object');
      await expect(startEditor({ file: join(dir, 'missing.json') })).rejects.toThrow(
        /cannot open .*missing\.json/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('consent edit: validate and diff a draft', () => {
  test('a draft is checked by validateContainer, lines counted in the file as it would be saved', async () => {
    const { api, value } = await session();
    const report = await api('/api/validate', { draft: withCampaign(value) });
    const expected = validateContainer(withCampaign(value)).problems.map(({ path, expected, found }) => ({
      path,
      expected,
      found,
    }));
    expect(report.json.problems).toMatchObject(expected);
    expect(report.json.problems).toMatchObject([
      { path: '$.campaigns[2].send.label', campaign: 'summer-webinar', found: '"AW-123456789/SummerWeb_01"' },
    ]);
    const line = (report.json.problems as { position: { line: number } }[])[0]!.position.line;
    expect(`${JSON.stringify(withCampaign(value), null, 2)}\n`.split('\n')[line - 1]).toContain(
      '"label": "AW-123456789/SummerWeb_01"',
    );
    // Fixed, no problem is left; warnings (a campaign that ended…) are the validator's to give, listed apart.
    const fixed = await api('/api/validate', { draft: withCampaign(value, 'SummerWeb_01') });
    expect(fixed.json).toEqual({ problems: [], warnings: expect.any(Array) });
  });

  test('the diff shows what changed in the formatted JSON, and says when saving also changes the layout', async () => {
    const { api, value, version } = await session();
    const same = await api('/api/diff', { draft: value, version });
    expect(same.json).toMatchObject({ hunks: [], relayout: true, changedOnDisk: false });
    const diff = await api('/api/diff', {
      draft: { ...withCampaign(value, 'SummerWeb_01'), policyVersion: '2027-01-01' },
      version,
    });
    const lines = (diff.json.hunks as { lines: { kind: string; text: string }[] }[]).flatMap((h) => h.lines);
    expect(lines.filter((l) => l.kind === '-').map((l) => l.text)).toEqual([
      '  "policyVersion": "2026-11-01",',
    ]);
    const added = lines.filter((l) => l.kind === '+').map((l) => l.text);
    expect(added).toEqual(
      expect.arrayContaining([
        '  "policyVersion": "2027-01-01",',
        '      "id": "summer-webinar",',
        '      "adapter": "google-ads",',
        '        "event": "webinar_registered"',
        '        "label": "SummerWeb_01"',
      ]),
    );
    // Only the change: the fixture's one-line objects are not shown as changed (that is `relayout`).
    expect(added).toHaveLength(11);
    expect(lines.filter((l) => l.kind === ' ').length).toBeLessThanOrEqual(12);
  });
});

describe('consent edit: save', () => {
  test('it writes 2-space JSON with a trailing newline, keys in the order the draft has them', async () => {
    const { file, api, value, version } = await session();
    const { $schema, ...rest } = value;
    const draft = { ...withCampaign(rest, 'SummerWeb_01'), $schema };
    const saved = await api('/api/save', { draft, version });
    expect(saved.status).toBe(200);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(draft, null, 2)}\n`);
    expect(Object.keys(JSON.parse(text)).at(-1)).toBe('$schema');
    expect(validateContainer(JSON.parse(text)).problems).toEqual([]);
    expect(saved.json.version).not.toBe(version);
    expect(saved.json.report).toMatchObject({ problems: [] });
  });

  test('atomically: a new file renamed over the old one, its permissions kept, no temporary file left', async () => {
    const { dir, file, api, value, version } = await session();
    chmodSync(file, 0o640);
    const before = readFileSync(file, 'utf8');
    const inode = statSync(file).ino;
    const reader = openSync(file, 'r'); // A reader that opened the file before the save…
    await api('/api/save', { draft: { ...value, policyVersion: '2027-01-01' }, version });
    const buffer = Buffer.alloc(Buffer.byteLength(before) + 10); // Bytes, not characters: the fixture has Spanish.
    const read = readSync(reader, buffer, 0, buffer.length, 0);
    expect(buffer.subarray(0, read).toString('utf8')).toBe(before); // …still reads the whole old file.
    expect(statSync(file).ino).not.toBe(inode);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['consent.json']);
  });

  test('a file changed on disk since it was opened is not overwritten: the save is refused until a reload', async () => {
    const { file, api, value, version } = await session();
    const theirs = readFileSync(file, 'utf8').replace('2026-11-01', '2026-12-01');
    writeFileSync(file, theirs);
    const diff = await api('/api/diff', { draft: value, version });
    expect(diff.json.changedOnDisk).toBe(true);
    const refused = await api('/api/save', { draft: { ...value, cookieDomain: 'example.org' }, version });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      conflict: true,
      error: expect.stringContaining('consent.json changed on disk since you opened it'),
    });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    const reloaded = await api('/api/file');
    expect((reloaded.json.value as { policyVersion: string }).policyVersion).toBe('2026-12-01');
    const saved = await api('/api/save', {
      draft: { ...(reloaded.json.value as object), cookieDomain: 'example.org' },
      version: reloaded.json.version,
    });
    expect(saved.status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      policyVersion: '2026-12-01',
      cookieDomain: 'example.org',
    });
  });

  test('through a symbolic link: the target is saved and the link stays a link', async () => {
    const { dir, file } = copyFixture('conectamos.json');
    const link = join(dir, 'link.json');
    symlinkSync(file, link);
    const editor = await startEditor({ file: link });
    open.push({ editor, dir });
    const headers = {
      host: `127.0.0.1:${editor.port}`,
      'x-consent-token': editor.token,
      'content-type': 'application/json',
    };
    const { json } = await call(editor.port, '/api/file', { headers });
    await call(editor.port, '/api/save', {
      method: 'POST',
      headers,
      body: { draft: { ...(json.value as object), policyVersion: '2027-01-01' }, version: json.version },
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).policyVersion).toBe('2027-01-01');
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['consent.json', 'link.json']);
  });

  test('a draft that is not a container object, or a save without its version, is refused and nothing is written', async () => {
    const { file, api, version } = await session();
    const before = readFileSync(file, 'utf8');
    expect((await api('/api/save', { draft: [1], version })).status).toBe(400);
    expect((await api('/api/save', { draft: { policyVersion: 'x' } })).status).toBe(400);
    expect((await api('/api/save', '{"draft": {}, "draft": {}}')).status).toBe(400);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
