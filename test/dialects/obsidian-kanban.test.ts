import { describe, expect, it } from 'vitest';
import { obsidianKanban, readKanbanSettings } from '../../kanban/dialects/obsidian-kanban.js';
import { count, readExample, readText } from '../helpers.js';

const EXAMPLE = 'examples/boards/obsidian-kanban.md';
const FM = '---\n\nkanban-plugin: basic\n\n---\n\n';

describe('obsidian-kanban: the example board', () => {
  const { board, diagnostics } = readExample(EXAMPLE);
  const byTitle = (t: string) => board.items.find((i) => i.title === t);

  it('is detected from the kanban-plugin front matter', () => {
    expect(board.dialect).toBe('obsidian-kanban');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads five lanes and the archive', () => {
    // grep -c '^## ' gives 6: five lanes before `***`, one archive lane after it.
    expect(board.groups.map((g) => [g.title, g.kind])).toEqual([
      ['Ideas', 'column'],
      ['Next up', 'column'],
      ['In progress', 'column'],
      ['Waiting on others', 'column'],
      ['Out the door', 'column'],
      ['Archive', 'section'],
    ]);
  });

  it('takes the (N) suffix as the lane limit and drops it from the title', () => {
    const limits = Object.fromEntries(board.groups.map((g) => [g.title, g.wipLimit]));
    expect(limits).toEqual({
      Ideas: undefined,
      'Next up': 4,
      'In progress': 2,
      'Waiting on others': undefined,
      'Out the door': undefined,
      Archive: undefined,
    });
  });

  it('makes the **Complete** lane the done lane although its name says nothing', () => {
    const lane = board.groups.find((g) => g.title === 'Out the door');
    expect(lane?.status).toBe('done');
    // Without the marker the same name maps to no status at all.
    const plainLane = readText(`${FM}## Out the door\n\n- [ ] a\n`).board;
    expect(plainLane.groups[0]?.status).toBeUndefined();
  });

  it('counts cards, subtasks and finished items', () => {
    // grep -c '^- \[.\]' gives 17 cards; grep -cP '^\t- \[.\]' gives 3 nested subtasks.
    expect(board.items).toHaveLength(20);
    expect(count(board.items, (i) => i.parent !== undefined)).toBe(3);
    // Done: the 5 cards of the Complete lane, the 2 archived `[x]` cards, 1 `[x]` subtask.
    expect(count(board.items, (i) => i.done)).toBe(8);
    expect(count(board.items, (i) => i.group === 'out-the-door' && !i.parent)).toBe(5);
    expect(count(board.items, (i) => i.group === 'archive')).toBe(2);
    // The plugin gives cards no ids.
    expect(board.items.every((i) => i.generatedId)).toBe(true);
  });

  it('maps lane names to statuses and keeps checkbox evidence beside the column', () => {
    const card = byTitle('Tag autocomplete in the save dialog');
    expect(card?.status).toBe('ready');
    expect(card?.statusEvidence.map((e) => [e.source, e.status])).toEqual([
      ['column', 'ready'],
      ['checkbox', 'backlog'],
    ]);
    expect(byTitle('App Store review of the iOS share extension')?.status).toBe('blocked');
    expect(byTitle('Landing page copy')?.status).toBe('done');
  });

  it('reads tags, dates, people and wiki links out of the card text', () => {
    const card = byTitle('Rate-limit the bookmarklet endpoint');
    expect(card?.labels).toEqual(['api']);
    expect(card?.assignee).toBe('Tomasz');
    expect(card?.fields['due']).toBe('2024-06-20');
    expect(byTitle('Full-text search over saved articles')?.fields['due']).toBe('2024-06-14');
    // grep -c '@\[\[' gives 7 cards with a person.
    expect(count(board.items, (i) => i.assignee !== undefined)).toBe(7);
    // grep -o '#[a-z]\+' | grep -c ui gives 5 cards tagged #ui.
    expect(count(board.items, (i) => i.labels.includes('ui'))).toBe(5);
  });

  it('resolves `depends:: [[Note]]` to the card that links that note', () => {
    const tokens = byTitle('Session tokens rotate every 30 days');
    const labels = byTitle('Privacy labels filled in for the App Store');
    expect(byTitle('Rate-limit the bookmarklet endpoint')?.dependsOn).toEqual([tokens?.id]);
    expect(byTitle('App Store review of the iOS share extension')?.dependsOn).toEqual([labels?.id]);
  });

  it('nests checkbox lines under a card as its subtasks', () => {
    const parent = byTitle('Reader view strips ads and cookie banners');
    const subs = board.items.filter((i) => i.parent === parent?.id);
    expect(subs.map((s) => [s.title, s.done])).toEqual([
      ['Extract the main article block', true],
      ['Keep figure captions', false],
      ['Fall back to the original page when extraction fails', false],
    ]);
  });

  it('reads no card out of the settings block', () => {
    expect(board.items.some((i) => /kanban|%%|lane-width/.test(i.title))).toBe(false);
  });
});

describe('obsidian-kanban: settings', () => {
  it('reads the JSON after %% kanban:settings', () => {
    const text = '%% kanban:settings\n```\n{"kanban-plugin":"basic","lane-width":300}\n```\n%%\n';
    expect(readKanbanSettings(text)).toEqual({ 'kanban-plugin': 'basic', 'lane-width': 300 });
  });

  it('gives {} for a missing, broken or non-object block', () => {
    expect(readKanbanSettings('## Todo\n')).toEqual({});
    expect(readKanbanSettings('%% kanban:settings\n```\n{"lane-width":\n```\n%%')).toEqual({});
    expect(readKanbanSettings('%% kanban:settings\n```\n[1, 2]\n```\n%%')).toEqual({});
  });

  it('uses a date trigger set in the settings', () => {
    const text = `${FM}## Todo\n\n- [ ] Renew domain due{2024-09-01}\n\n%% kanban:settings\n\`\`\`\n{"kanban-plugin":"basic","date-trigger":"due"}\n\`\`\`\n%%\n`;
    const item = readText(text).board.items[0];
    expect(item?.title).toBe('Renew domain');
    expect(item?.fields['due']).toBe('2024-09-01');
  });
});

describe('obsidian-kanban: odd input', () => {
  it('keeps empty lanes and a lane with only a **Complete** line', () => {
    const { board } = readText(
      `${FM}## Backlog\n\n\n## Doing (0)\n\n\n## Done\n\n**Complete**\n\n\n`,
    );
    expect(board.dialect).toBe('obsidian-kanban');
    expect(board.items).toEqual([]);
    expect(board.groups.map((g) => [g.title, g.status, g.wipLimit])).toEqual([
      ['Backlog', 'backlog', undefined],
      ['Doing', 'in-progress', 0],
      ['Done', 'done', undefined],
    ]);
  });

  it('reads a board without settings, with the old `kanban: basic` key', () => {
    const { board } = readText('---\nkanban: basic\n---\n\n## Lane\n\n- [x] one\n- [ ] two\n');
    expect(board.dialect).toBe('obsidian-kanban');
    expect(board.items.map((i) => [i.title, i.status])).toEqual([
      ['one', 'done'],
      ['two', 'backlog'],
    ]);
  });

  it('cuts a settings block glued to the last card off the card text', () => {
    const text = `${FM}## Todo\n\n- [ ] Last card\n%% kanban:settings\n\`\`\`\n{"kanban-plugin":"basic"}\n\`\`\`\n%%\n`;
    const { board } = readText(text);
    expect(board.items.map((i) => i.title)).toEqual(['Last card']);
  });

  it('reads `[-]` as cancelled and a bullet without a box as a card', () => {
    const { board } = readText(`${FM}## Misc\n\n- [-] Dropped idea\n- Plain card\n`);
    expect(board.items.map((i) => [i.title, i.status])).toEqual([
      ['Dropped idea', 'cancelled'],
      ['Plain card', 'backlog'],
    ]);
  });

  it('does not throw on a lane title that is only a number, or cards before any lane', () => {
    const { board } = readText(`${FM}- [ ] stray\n\n## (3)\n\n- [ ] @{} #\n`);
    expect(board.groups[0]?.title).toBe('(3)');
    expect(board.items).toHaveLength(2);
  });

  it('scores only files the plugin wrote', () => {
    const input = (text: string, frontmatter?: Record<string, unknown>) => ({
      path: 'b.md',
      fileName: 'b.md',
      text,
      tree: { type: 'root' as const, children: [] },
      ...(frontmatter ? { frontmatter } : {}),
    });
    expect(obsidianKanban.detect(input('', { 'kanban-plugin': 'board' }))).toBeGreaterThan(0.95);
    expect(obsidianKanban.detect(input('## Todo\n- [ ] a\n', { title: 'x' }))).toBe(0);
    expect(obsidianKanban.detect(input('## Todo\n\n%% kanban:settings\n'))).toBeGreaterThan(0.5);
  });
});
