import { isObject } from '../../json-values';
import { jsonPath } from '../../problems';
import type { Editor } from './context';
import { h, idFor } from './dom';
import { copy, freeName } from './draft';
import { objectFields } from './fields';
import { campaignAdapters, containerEvents, triggerText } from './pickers';
import { propertiesOf, resolve, type SchemaNode } from './schema-nodes';
import { messages } from './sections';
import { TEXT } from './texts';

const at = (i: number) => ['campaigns', i] as (string | number)[];

/** Opens a campaign's form and puts the focus on its heading. */
function open(editor: Editor, index: number | undefined): void {
  editor.openCampaign = index;
  editor.render();
  document.getElementById(index === undefined ? 'add-campaign' : 'campaign-form-title')?.focus();
}

/** Inserts a campaign at `index` and opens it. */
function insert(editor: Editor, index: number, campaign: Record<string, unknown>): void {
  const list = Array.isArray(editor.draft.campaigns) ? editor.draft.campaigns : [];
  editor.set(['campaigns'], [...list.slice(0, index), campaign, ...list.slice(index)]);
  open(editor, index);
}

/** A new campaign: a free id, the first adapter that takes campaigns, an event trigger (the first listed one). */
function blank(editor: Editor): Record<string, unknown> {
  const list = Array.isArray(editor.draft.campaigns) ? editor.draft.campaigns : [];
  const ids = list.map((c) => (isObject(c) ? c.id : undefined));
  return {
    id: freeName(TEXT.campaigns.newId, ids),
    adapter: campaignAdapters(editor)[0] ?? '',
    on: { event: containerEvents(editor.draft)?.[0] ?? '' },
    send: {},
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What the table and the form's heading say of a campaign: kept current as its form is filled in. */
function summary(campaign: unknown, i: number) {
  const c = isObject(campaign) ? campaign : {};
  const name = text(c.id) || `#${i + 1}`;
  return {
    name,
    adapter: text(c.adapter),
    trigger: triggerText(c.on),
    dates:
      c.start && c.end
        ? `${text(c.start)} → ${text(c.end)}`
        : c.start
          ? TEXT.campaigns.from(text(c.start))
          : c.end
            ? TEXT.campaigns.until(text(c.end))
            : TEXT.campaigns.always,
    title: TEXT.campaigns.formTitle(name),
  };
}

/** An element showing part of campaign `i`'s summary, updated by `refreshCampaignSummaries`. */
const shows = (i: number, part: keyof ReturnType<typeof summary>) => ({
  'data-campaign-summary': `${i} ${part}`,
});

/**
 * Brings the table's cells and the open form's heading up to date with the draft after a change: typing does
 * not re-render the page (that would take the focus away), so what summarises the campaign is updated in place.
 */
export function refreshCampaignSummaries(editor: Editor): void {
  const list = Array.isArray(editor.draft.campaigns) ? editor.draft.campaigns : [];
  for (const element of document.querySelectorAll<HTMLElement>('[data-campaign-summary]')) {
    const [index, part] = element.dataset.campaignSummary!.split(' ') as [
      string,
      keyof ReturnType<typeof summary>,
    ];
    if (Number(index) < list.length) element.textContent = summary(list[Number(index)], Number(index))[part];
  }
}

function row(editor: Editor, campaign: unknown, i: number): HTMLElement {
  const c = isObject(campaign) ? campaign : {};
  const { name, adapter, trigger, dates } = summary(campaign, i);
  const button = (label: string, action: () => void, extra = {}) =>
    h('button', { type: 'button', class: 'quiet', onClick: action, ...extra }, label);
  return h(
    'tr',
    { class: editor.openCampaign === i ? 'open' : undefined },
    h('th', { scope: 'row' }, h('code', shows(i, 'name'), name)),
    h('td', shows(i, 'adapter'), adapter),
    h('td', shows(i, 'trigger'), trigger),
    h('td', shows(i, 'dates'), dates),
    h('td', { 'data-count-for': jsonPath(at(i)) }),
    h(
      'td',
      { class: 'actions' },
      button(TEXT.campaigns.edit, () => open(editor, i), { 'aria-label': `${TEXT.campaigns.edit} ${name}` }),
      button(
        TEXT.campaigns.duplicate,
        () =>
          insert(editor, i + 1, {
            ...copy(c),
            id: freeName(
              `${text(c.id)}-copy`,
              (editor.draft.campaigns as unknown[]).map((x) => (isObject(x) ? x.id : undefined)),
            ),
          }),
        {
          'aria-label': `${TEXT.campaigns.duplicate} ${name}`,
        },
      ),
      button(
        TEXT.campaigns.remove,
        () => {
          editor.openCampaign =
            editor.openCampaign === i
              ? undefined
              : editor.openCampaign !== undefined && editor.openCampaign > i
                ? editor.openCampaign - 1
                : editor.openCampaign;
          editor.set(at(i), undefined, true);
          document.getElementById('add-campaign')?.focus();
        },
        { 'aria-label': `${TEXT.campaigns.remove} ${name}` },
      ),
    ),
  );
}

/** The form of one campaign, from the schema's campaign resolved for its adapter (its `send` from the manifest). */
function form(editor: Editor, i: number): HTMLElement {
  const node = (propertiesOf(editor.session.schema).campaigns as SchemaNode).items as SchemaNode;
  const campaign = (editor.draft.campaigns as unknown[])[i];
  return h(
    'section',
    { class: 'card campaign-form', 'data-field': jsonPath(at(i)), 'aria-labelledby': 'campaign-form-title' },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { id: 'campaign-form-title', tabindex: -1, ...shows(i, 'title') }, summary(campaign, i).title),
      h(
        'button',
        { type: 'button', class: 'quiet', onClick: () => open(editor, undefined) },
        TEXT.campaigns.close,
      ),
    ),
    messages(at(i)),
    !campaignAdapters(editor).length && h('p', { class: 'hint' }, TEXT.campaigns.noReceivers),
    ...objectFields(editor, at(i), resolve(node, campaign)),
  );
}

/** The campaigns: a table of them (id, vendor, trigger, dates, problems), add, duplicate, remove, and the open one's form. */
export function campaignsSection(editor: Editor): HTMLElement[] {
  const list = Array.isArray(editor.draft.campaigns) ? editor.draft.campaigns : [];
  if (editor.openCampaign !== undefined && editor.openCampaign >= list.length)
    editor.openCampaign = undefined;
  const table = h(
    'table',
    { class: 'campaigns' },
    h('thead', {}, h('tr', {}, ...TEXT.campaigns.columns.map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, ...list.map((c, i) => row(editor, c, i))),
  );
  const add = h(
    'button',
    { type: 'button', id: 'add-campaign', onClick: () => insert(editor, list.length, blank(editor)) },
    TEXT.campaigns.add,
  );
  return [
    h(
      'div',
      { 'data-field': jsonPath(['campaigns']), id: idFor('g', ['campaigns']) },
      messages(['campaigns']),
    ),
    list.length ? table : h('p', {}, TEXT.campaigns.none),
    add,
    editor.openCampaign !== undefined && form(editor, editor.openCampaign),
  ].filter((x): x is HTMLElement => x instanceof HTMLElement);
}
