// The baseline of bench/peers.mjs: read a board file with markdown-it and extract its tasks
// (column, id, title, checkbox, fields, criteria) from the token stream, the least work a
// Markdown board reader can do. Prints the task count. Usage: node markdown-it-extract.mjs FILE
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const text = readFileSync(process.argv[2], 'utf8');
const tokens = new MarkdownIt().parse(text, {});
const tasks = [];
let column = '';
let depth = 0;
let task;
for (let i = 0; i < tokens.length; i++) {
  const t = tokens[i];
  if (t.type === 'heading_open' && t.tag === 'h2') column = tokens[i + 1].content;
  else if (t.type === 'bullet_list_open') depth++;
  else if (t.type === 'bullet_list_close') depth--;
  else if (t.type === 'inline' && tokens[i - 2]?.type === 'list_item_open') {
    const m = /^\[([ xX])\] (?:\*\*([^*]+)\*\*: )?(.*)$/.exec(t.content);
    if (depth === 1) {
      task = {
        column,
        done: m?.[1] !== ' ',
        id: m?.[2],
        title: m?.[3] ?? t.content,
        fields: {},
        criteria: [],
      };
      tasks.push(task);
    } else if (task && m) {
      task.criteria.push({ done: m[1] !== ' ', text: m[3] });
    } else if (task) {
      const f = /^([\w ]+): (.*)$/.exec(t.content);
      if (f) task.fields[f[1]] = f[2];
    }
  }
}
console.log(`${tasks.length} tasks`);
