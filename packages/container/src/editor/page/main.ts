/**
 * The editor page's entry: reads the session's token from the address, loads the file and the schema,
 * builds the section shown, and re-validates every change (debounced) with the server's validator.
 */
import type { Segments } from '../../problems';
import type { Session } from '../protocol';
import { type Api, apiClient } from './api';
import { campaignsSection, refreshCampaignSummaries } from './campaigns';
import { type Editor, SECTIONS, type Section } from './context';
import { cookiesSection } from './cookies';
import { h } from './dom';
import { copy, setIn } from './draft';
import { annotate, fieldFor, problemsBySection, sectionOf, summary, updateCounts } from './problems-view';
import { fillReview } from './review';
import { nodeAt, propertiesOf } from './schema-nodes';
import { settingsSection, vendorsSection } from './sections';
import { TEXT } from './texts';

const BUILDERS: Record<Section, (editor: Editor) => HTMLElement[]> = {
  settings: settingsSection,
  vendors: vendorsSection,
  cookies: cookiesSection,
  campaigns: campaignsSection,
};
const VALIDATE_AFTER_MS = 250;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function start(api: Api, session: Session): void {
  const main = byId('main');
  const dialog = byId<HTMLDialogElement>('review-dialog');
  const reviewButton = byId<HTMLButtonElement>('review');
  let version = session.version;
  let saved = JSON.stringify(session.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let note = '';

  const dirty = () => JSON.stringify(editor.draft) !== saved;
  const status = () => {
    const { problems, warnings } = editor.report;
    byId('status').textContent = [
      TEXT.count(problems.length, 'problem', 'problems'),
      TEXT.count(warnings.length, 'warning', 'warnings'),
      note || (dirty() ? TEXT.status.dirty : TEXT.status.clean),
    ].join(' · ');
  };
  // After a new report: the messages by the fields, the summary, the counts; nothing the user types in is rebuilt.
  const refresh = () => {
    annotate(editor, main);
    updateCounts(editor, main);
    byId('summary').replaceChildren(...summary(editor));
    const counts = problemsBySection(editor);
    for (const section of SECTIONS)
      byId(`count-${section}`).textContent = counts[section] ? String(counts[section]) : '';
    status();
  };
  const validate = async () => {
    const mine = ++sequence;
    const report = await api.validate(editor.draft);
    if (mine !== sequence) return; // A later change is being checked.
    editor.report = report;
    refresh();
  };

  const editor: Editor = {
    session,
    draft: copy(session.value),
    report: session.report,
    section: 'settings',
    openCampaign: undefined,
    set(path, value, rebuild) {
      setIn(editor.draft, path, value, (at) =>
        Object.keys(propertiesOf(nodeAt(session.schema, editor.draft, at) ?? {})),
      );
      editor.changed(rebuild);
    },
    changed(rebuild) {
      note = '';
      if (rebuild) editor.render();
      else refreshCampaignSummaries(editor);
      status();
      clearTimeout(timer);
      timer = setTimeout(() => void validate(), VALIDATE_AFTER_MS);
    },
    render() {
      const focused = document.activeElement?.id;
      for (const section of SECTIONS)
        byId(`nav-${section}`).setAttribute('aria-current', String(section === editor.section));
      main.replaceChildren(
        h('h2', { id: 'section-title', tabindex: -1 }, TEXT.sections[editor.section]),
        h('p', { class: 'intro' }, TEXT.sectionIntro[editor.section]),
        ...BUILDERS[editor.section](editor),
      );
      refresh();
      if (focused) document.getElementById(focused)?.focus();
    },
    reveal(path: Segments) {
      editor.section = sectionOf(path);
      if (path[0] === 'campaigns' && typeof path[1] === 'number') editor.openCampaign = path[1];
      editor.render();
      const target = fieldFor(main, path) ?? byId('section-title');
      target.scrollIntoView({ block: 'center' });
      (target.matches('input, select, textarea')
        ? target
        : (target.querySelector<HTMLElement>('input, select, textarea') ?? target)
      ).focus();
    },
  };

  const reload = async () => {
    const fresh = await api.file();
    editor.draft = copy(fresh.value);
    editor.report = fresh.report;
    version = fresh.version;
    saved = JSON.stringify(fresh.value);
    if (dialog.open) dialog.close();
    editor.render();
  };
  const review = async () => {
    clearTimeout(timer);
    const [diff, report] = await Promise.all([api.diff(editor.draft, version), api.validate(editor.draft)]);
    editor.report = report;
    refresh();
    fillReview(dialog, diff, {
      name: session.name,
      problems: report.problems.length,
      reload,
      save: async () => {
        const result = await api.save(editor.draft, version);
        version = result.version;
        saved = JSON.stringify(result.value);
        editor.report = result.report;
        note = TEXT.status.saved(session.name);
        dialog.close();
        refresh();
      },
    });
    dialog.showModal();
    byId('review-title').focus();
  };

  document.title = `${TEXT.title(session.name)} · consent edit`;
  byId('title').textContent = TEXT.title(session.name);
  reviewButton.textContent = TEXT.reviewButton;
  reviewButton.addEventListener('click', () => void review());
  dialog.addEventListener('close', () => reviewButton.focus());
  byId('sections').replaceChildren(
    ...SECTIONS.map((section) =>
      h(
        'button',
        {
          type: 'button',
          id: `nav-${section}`,
          onClick: () => {
            editor.section = section;
            editor.render();
            byId('section-title').focus();
          },
        },
        TEXT.sections[section],
        h('span', { class: 'count', id: `count-${section}` }),
      ),
    ),
  );
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      if (!dialog.open) void review();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty()) event.preventDefault();
  });
  editor.render();
}

/** Shows a message in place of the editor. */
const fail = (message: string) =>
  byId('main').replaceChildren(h('p', { class: 'message error', role: 'alert' }, message));

const token = new URLSearchParams(location.hash.slice(1)).get('token');
if (!token) fail(TEXT.noToken);
else {
  const api = apiClient(token);
  api.file().then(
    (session) => start(api, session),
    (error: Error) => fail(TEXT.loadFailed(error.message)),
  );
}
