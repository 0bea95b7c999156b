/**
 * Structural readers for the generated formats, strict enough to fail on anything the
 * generators should never write: a Mermaid flowchart / Gantt statement reader, an XML
 * well-formedness reader and a PNG decoder. They check shape, not rendering.
 */
import { inflateSync } from 'node:zlib';

/** Decodes Mermaid `#NN;` entity codes and `<br/>` line breaks in a label. */
export function decodeMermaid(text: string): string {
  return text
    .replace(/<br\/>/g, '\n')
    .replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/** Characters that may appear in a label only as entity codes. */
const SYNTAX = /[#"`:;<>&%[\]{}()|\\]/;

function checkLabel(raw: string, where: string): string {
  const stripped = raw.replace(/<br\/>/g, '').replace(/#\d+;/g, '');
  if (SYNTAX.test(stripped)) throw new Error(`raw syntax character in label at ${where}: ${raw}`);
  return decodeMermaid(raw);
}

export interface Flowchart {
  title: string;
  direction: string;
  nodes: Map<string, { label: string; parent?: string }>;
  subgraphs: Map<string, { label: string; parent?: string }>;
  edges: Array<[string, string]>;
  classDefs: Set<string>;
  classes: Map<string, string[]>;
  linkStyles: number[];
}

function frontMatter(lines: string[]): { title: string; rest: string[] } {
  if (lines[0] !== '---' || lines[2] !== '---') throw new Error('no front matter');
  const m = /^title: (".*")$/.exec(lines[1] ?? '');
  if (!m) throw new Error(`bad title line: ${lines[1]}`);
  const rest = lines.slice(3);
  while (rest[0]?.startsWith('%% ')) rest.shift();
  return { title: JSON.parse(m[1]!) as string, rest };
}

/**
 * Reads a flowchart as the generators write it; throws on any line that is not one of the
 * statements below, unbalanced subgraph/end, references to undefined ids, or a label holding a
 * raw syntax character.
 */
export function readFlowchart(text: string): Flowchart {
  if (!text.endsWith('\n')) throw new Error('no final newline');
  const { title, rest } = frontMatter(text.slice(0, -1).split('\n'));
  const head = /^flowchart (LR|TB)$/.exec(rest.shift() ?? '');
  if (!head) throw new Error('no flowchart header');
  const chart: Flowchart = {
    title,
    direction: head[1]!,
    nodes: new Map(),
    subgraphs: new Map(),
    edges: [],
    classDefs: new Set(),
    classes: new Map(),
    linkStyles: [],
  };
  const stack: string[] = [];
  const ID = '[A-Za-z][A-Za-z0-9]*';
  rest.forEach((line, i) => {
    const where = `line ${i + 1}: ${line}`;
    let m: RegExpExecArray | null;
    const parent = stack[stack.length - 1];
    if ((m = new RegExp(`^ *subgraph (${ID})\\["([^"]*)"\\]$`).exec(line))) {
      chart.subgraphs.set(m[1]!, {
        label: checkLabel(m[2]!, where),
        ...(parent ? { parent } : {}),
      });
      stack.push(m[1]!);
    } else if (/^ *end$/.test(line)) {
      if (!stack.pop()) throw new Error(`end without subgraph at ${where}`);
    } else if (/^ *direction (LR|TB)$/.test(line)) {
      if (!stack.length) throw new Error(`direction outside a subgraph at ${where}`);
    } else if ((m = new RegExp(`^ *(${ID})\\["([^"]*)"\\]$`).exec(line))) {
      if (chart.nodes.has(m[1]!)) throw new Error(`node defined twice at ${where}`);
      chart.nodes.set(m[1]!, { label: checkLabel(m[2]!, where), ...(parent ? { parent } : {}) });
    } else if (new RegExp(`^ *${ID}( ~~~ ${ID})+$`).test(line)) {
      // Invisible links only steer the layout (boxes stacked or in a row).
      const ids = line.trim().split(' ~~~ ');
      for (const id of ids)
        if (!chart.nodes.has(id) && !chart.subgraphs.has(id))
          throw new Error(`invisible link to an unknown box at ${where}`);
    } else if (new RegExp(`^ *${ID}( --> ${ID})+$`).test(line)) {
      const ids = line.trim().split(' --> ');
      for (let k = 1; k < ids.length; k++) chart.edges.push([ids[k - 1]!, ids[k]!]);
    } else if (
      (m =
        /^ *classDef ([A-Za-z]+) ([a-z-]+:[^,\s]+( [^,\s]+)?(,[a-z-]+:[^,\s]+( [^,\s]+)?)*)$/.exec(
          line,
        ))
    ) {
      chart.classDefs.add(m[1]!);
    } else if ((m = new RegExp(`^ *class (${ID}(?:,${ID})*) ([A-Za-z]+)$`).exec(line))) {
      chart.classes.set(m[2]!, [...(chart.classes.get(m[2]!) ?? []), ...m[1]!.split(',')]);
    } else if ((m = new RegExp(`^ *style (${ID}) [a-z-]+:[^\\s]+$`).exec(line))) {
      if (!chart.subgraphs.has(m[1]!)) throw new Error(`style of an unknown subgraph at ${where}`);
    } else if ((m = /^ *linkStyle (\d+(?:,\d+)*) [a-z-]+:[^\s]+$/.exec(line))) {
      chart.linkStyles.push(...m[1]!.split(',').map(Number));
    } else throw new Error(`not a flowchart statement at ${where}`);
  });
  if (stack.length) throw new Error(`unclosed subgraph ${stack.join(', ')}`);
  for (const [a, b] of chart.edges) {
    if (!chart.nodes.has(a) || !chart.nodes.has(b))
      throw new Error(`edge to undefined node ${a} --> ${b}`);
  }
  for (const [name, ids] of chart.classes) {
    if (!chart.classDefs.has(name)) throw new Error(`class ${name} has no classDef`);
    for (const id of ids)
      if (!chart.nodes.has(id)) throw new Error(`class of undefined node ${id}`);
  }
  for (const n of chart.linkStyles)
    if (n >= chart.edges.length) throw new Error(`linkStyle ${n} out of range`);
  return chart;
}

export interface Gantt {
  title: string;
  sections: Array<{
    name: string;
    tasks: Array<{ name: string; tags: string[]; id: string; start: string; end: string }>;
  }>;
}

/** Reads a Gantt chart as the generators write it; throws on anything else. */
export function readGantt(text: string): Gantt {
  const { title, rest } = frontMatter(text.slice(0, -1).split('\n'));
  if (rest.shift() !== 'gantt') throw new Error('no gantt header');
  if (rest.shift() !== '  dateFormat YYYY-MM-DD') throw new Error('no dateFormat');
  if (rest.shift() !== '  axisFormat %Y-%m-%d') throw new Error('no axisFormat');
  const gantt: Gantt = { title, sections: [] };
  const ids = new Set<string>();
  for (const line of rest) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}section ([^\n#:;]*(?:#\d+;[^\n#:;]*)*)$/.exec(line))) {
      gantt.sections.push({ name: checkLabel(m[1]!, line), tasks: [] });
    } else if (
      (m =
        /^ {4}(#\d+;[^:\n]*) :((?:(?:done|active|crit|milestone), )*)(t\d+), (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2}|\dd)$/.exec(
          line,
        ))
    ) {
      const section = gantt.sections[gantt.sections.length - 1];
      if (!section) throw new Error(`task outside a section: ${line}`);
      if (ids.has(m[3]!)) throw new Error(`task id twice: ${line}`);
      ids.add(m[3]!);
      section.tasks.push({
        name: checkLabel(m[1]!, line),
        tags: m[2] ? m[2].split(', ').filter(Boolean) : [],
        id: m[3]!,
        start: m[4]!,
        end: m[5]!,
      });
    } else throw new Error(`not a gantt statement: ${line}`);
  }
  return gantt;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  parent?: XmlElement;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function unescapeXml(text: string, where: string): string {
  if (/[<]/.test(text) || /&/.test(text.replace(ENTITY, '')))
    throw new Error(`bad character data: ${where}`);
  return text.replace(ENTITY, (e) =>
    e === '&amp;'
      ? '&'
      : e === '&lt;'
        ? '<'
        : e === '&gt;'
          ? '>'
          : e === '&quot;'
            ? '"'
            : e === '&apos;'
              ? "'"
              : String.fromCodePoint(
                  e[2] === 'x' ? parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1)),
                ),
  );
}

/**
 * Reads XML 1.0 the generators and Graphviz write (declaration, comments, DOCTYPE, elements,
 * attributes in double quotes, character data); throws on anything malformed: unbalanced or
 * crossed tags, bad entity references, `<` or raw `&` in data, `--` inside a comment, control
 * characters. Returns the root element.
 */
export function readXml(text: string): XmlElement {
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text))
    throw new Error('control character in XML');
  const doc: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  let current = doc;
  let pos = 0;
  const token =
    /<\?xml[^?]*\?>|<!--([\s\S]*?)-->|<!DOCTYPE[^>[]*>|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"]*")*)\s*(\/?)>/g;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const between = text.slice(pos, m.index);
    if (between.trim()) current.text += unescapeXml(between, between.slice(0, 80));
    else if (between.includes('<')) throw new Error('stray <');
    pos = token.lastIndex;
    if (m[0].startsWith('<?') || m[0].startsWith('<!D')) continue;
    if (m[1] !== undefined) {
      if (m[1].includes('--')) throw new Error('-- inside a comment');
      continue;
    }
    if (m[2]) {
      if (current.name !== m[2]) throw new Error(`</${m[2]}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice`);
      attrs[a[1]!] = unescapeXml(a[2]!, a[0]);
    }
    const el: XmlElement = { name: m[3]!, attrs, parent: current, children: [], text: '' };
    current.children.push(el);
    if (!m[5]) current = el;
  }
  if (text.slice(pos).trim()) throw new Error(`trailing data: ${text.slice(pos, pos + 80)}`);
  if (current !== doc) throw new Error(`<${current.name}> not closed`);
  if (doc.children.length !== 1) throw new Error('not exactly one root element');
  return doc.children[0]!;
}

/** Every element below `root` (depth first) named `name`. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** A decoded PNG: size and RGBA pixels (8-bit RGB and RGBA, non-interlaced, as resvg writes). */
export function decodePng(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])))
    throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('unsupported PNG');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`unsupported colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = a;
          break;
        case 2:
          predictor = b;
          break;
        case 3:
          predictor = (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`bad filter ${filter}`);
      }
      cur[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(
        [
          cur[x * channels]!,
          cur[x * channels + 1]!,
          cur[x * channels + 2]!,
          channels === 4 ? cur[x * channels + 3]! : 255,
        ],
        (y * width + x) * 4,
      );
    }
    prev = cur;
  }
  return { width, height, rgba: out };
}

/** Pixels within `tolerance` of the colour `#rrggbb`. */
export function countColour(png: { rgba: Uint8Array }, hex: string, tolerance = 12): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let n = 0;
  for (let i = 0; i < png.rgba.length; i += 4) {
    if (
      Math.abs(png.rgba[i]! - r) <= tolerance &&
      Math.abs(png.rgba[i + 1]! - g) <= tolerance &&
      Math.abs(png.rgba[i + 2]! - b) <= tolerance
    )
      n++;
  }
  return n;
}

/** A draw.io cell with its geometry made absolute (container offsets added), as draw.io shows it. */
export interface DrawioCell {
  id: string;
  attrs: Record<string, string>;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads a `.drawio` file: every `mxCell` by id, vertex geometry resolved through its parents. */
export function drawioCells(xml: string): Map<string, DrawioCell> {
  const cells = new Map(elements(readXml(xml), 'mxCell').map((c) => [c.attrs.id!, c]));
  const out = new Map<string, DrawioCell>();
  const resolve = (id: string): DrawioCell => {
    const done = out.get(id);
    if (done) return done;
    const cell = cells.get(id);
    if (!cell) throw new Error(`no cell ${id}`);
    const g = cell.children.find((c) => c.name === 'mxGeometry')?.attrs ?? {};
    const parent = cell.attrs.parent;
    const base =
      parent && parent !== '0' && parent !== '1' && cell.attrs.vertex === '1'
        ? resolve(parent)
        : { x: 0, y: 0 };
    const result = {
      id,
      attrs: cell.attrs,
      x: base.x + Number(g.x ?? 0),
      y: base.y + Number(g.y ?? 0),
      width: Number(g.width ?? 0),
      height: Number(g.height ?? 0),
    };
    out.set(id, result);
    return result;
  };
  for (const id of cells.keys()) resolve(id);
  return out;
}
