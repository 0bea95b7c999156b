import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  diffLines
} from "./chunk-RIY2WJ2V.js";
import {
  writeWorkspaceFiles
} from "./chunk-23KL7PU6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-VFBDS4U7.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// node_modules/fast-levenshtein/levenshtein.js
var require_levenshtein = __commonJS({
  "node_modules/fast-levenshtein/levenshtein.js"(exports, module) {
    (function() {
      "use strict";
      var collator;
      try {
        collator = typeof Intl !== "undefined" && typeof Intl.Collator !== "undefined" ? Intl.Collator("generic", { sensitivity: "base" }) : null;
      } catch (err) {
        console.log("Collator could not be initialized and wouldn't be used");
      }
      var levenshtein2 = require_mod();
      var prevRow = [], str2Char = [];
      var Levenshtein = {
        /**
         * Calculate levenshtein distance of the two strings.
         *
         * @param str1 String the first string.
         * @param str2 String the second string.
         * @param [options] Additional options.
         * @param [options.useCollator] Use `Intl.Collator` for locale-sensitive string comparison.
         * @return Integer the levenshtein distance (0 and above).
         */
        get: function(str1, str2, options) {
          var useCollator = options && collator && options.useCollator;
          if (useCollator) {
            var str1Len = str1.length, str2Len = str2.length;
            if (str1Len === 0) return str2Len;
            if (str2Len === 0) return str1Len;
            var curCol, nextCol, i, j, tmp;
            for (i = 0; i < str2Len; ++i) {
              prevRow[i] = i;
              str2Char[i] = str2.charCodeAt(i);
            }
            prevRow[str2Len] = str2Len;
            var strCmp;
            for (i = 0; i < str1Len; ++i) {
              nextCol = i + 1;
              for (j = 0; j < str2Len; ++j) {
                curCol = nextCol;
                strCmp = 0 === collator.compare(str1.charAt(i), String.fromCharCode(str2Char[j]));
                nextCol = prevRow[j] + (strCmp ? 0 : 1);
                tmp = curCol + 1;
                if (nextCol > tmp) {
                  nextCol = tmp;
                }
                tmp = prevRow[j + 1] + 1;
                if (nextCol > tmp) {
                  nextCol = tmp;
                }
                prevRow[j] = curCol;
              }
              prevRow[j] = nextCol;
            }
            return nextCol;
          }
          return levenshtein2.distance(str1, str2);
        }
      };
      if (typeof define !== "undefined" && define !== null && define.amd) {
        define(function() {
          return Levenshtein;
        });
      } else if (typeof module !== "undefined" && module !== null && typeof exports !== "undefined" && module.exports === exports) {
        module.exports = Levenshtein;
      } else if (typeof self !== "undefined" && typeof self.postMessage === "function" && typeof self.importScripts === "function") {
        self.Levenshtein = Levenshtein;
      } else if (typeof window !== "undefined" && window !== null) {
        window.Levenshtein = Levenshtein;
      }
    })();
  }
});

// docsync/distance.ts
var import_fast_levenshtein = __toESM(require_levenshtein(), 1);
var EXACT_BUDGET = 25e6;
var MAX_LINE_EDITS = 1e3;
function hunkDistance(a, b) {
  const result = hunksOf(a, b);
  if (a.length * b.length <= EXACT_BUDGET) result.distance = import_fast_levenshtein.default.get(a, b);
  return result;
}
function hunksOf(a, b) {
  const la = linesOf(a);
  const lb = linesOf(b);
  const raw = myersHunks(a, b) ?? anchoredHunks(la, lb);
  const hunks = raw.map((h) => {
    const removed = la.slice(h.a, h.a + h.removed);
    const added = lb.slice(h.b, h.b + h.added);
    return {
      a: { start: h.a + 1, end: h.a + h.removed },
      b: { start: h.b + 1, end: h.b + h.added },
      removed: removed.map(stripBreak),
      added: added.map(stripBreak),
      distance: hunkCost(removed, added)
    };
  });
  const sum = hunks.reduce((n, h) => n + h.distance, 0);
  return { distance: Math.min(sum, Math.max(a.length, b.length)), hunks };
}
function hunkCost(removed, added) {
  const r = removed.join("");
  const d = added.join("");
  if (r.length * d.length <= EXACT_BUDGET) return import_fast_levenshtein.default.get(r, d);
  const paired = Math.min(removed.length, added.length);
  let cost = 0;
  for (let i = 0; i < paired; i++) cost += lineCost(removed[i], added[i]);
  for (const line of removed.slice(paired)) cost += line.length;
  for (const line of added.slice(paired)) cost += line.length;
  return Math.min(cost, Math.max(r.length, d.length));
}
function lineCost(x, y) {
  if (x.length * y.length <= EXACT_BUDGET) return import_fast_levenshtein.default.get(x, y);
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  return Math.max(x.length, y.length) - p - s;
}
function driftOf(a, b, distance) {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : distance / longest;
}
function linesOf(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function stripBreak(line) {
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}
function myersHunks(a, b) {
  const changes = diffLines(a, b, { maxEditLength: MAX_LINE_EDITS });
  if (!changes) return void 0;
  const hunks = [];
  let lineA = 0;
  let lineB = 0;
  let open;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = void 0;
      lineA += change.count;
      lineB += change.count;
      continue;
    }
    open ??= { a: lineA, b: lineB, removed: 0, added: 0 };
    if (change.removed) {
      open.removed += change.count;
      lineA += change.count;
    } else {
      open.added += change.count;
      lineB += change.count;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
function anchoredHunks(la, lb) {
  let p = 0;
  while (p < la.length && p < lb.length && la[p] === lb[p]) p++;
  let s = 0;
  while (s < la.length - p && s < lb.length - p && la[la.length - 1 - s] === lb[lb.length - 1 - s])
    s++;
  const endA = la.length - s;
  const endB = lb.length - s;
  const seen = /* @__PURE__ */ new Map();
  for (let i = p; i < endA; i++) {
    const e = seen.get(la[i]) ?? { inA: 0, inB: 0, atA: i, atB: -1 };
    e.inA++;
    seen.set(la[i], e);
  }
  for (let j = p; j < endB; j++) {
    const e = seen.get(lb[j]);
    if (!e) continue;
    e.inB++;
    e.atB = j;
  }
  const unique = [...seen.values()].filter((e) => e.inA === 1 && e.inB === 1).sort((x, y) => x.atA - y.atA);
  const anchors = longestIncreasing(unique.map((e) => e.atB)).map((k) => unique[k]);
  const hunks = [];
  let lineA = p;
  let lineB = p;
  for (const { atA, atB } of [...anchors, { atA: endA, atB: endB }]) {
    if (atA > lineA || atB > lineB)
      hunks.push({ a: lineA, b: lineB, removed: atA - lineA, added: atB - lineB });
    lineA = atA + 1;
    lineB = atB + 1;
  }
  return hunks;
}
function longestIncreasing(xs) {
  const tails = [];
  const before = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const run = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = before[k]) run.push(k);
  return run.reverse();
}

// docsync/links.ts
import { posix } from "node:path";
var POINTER_MAX_LINES = 20;
var POINTER_PHRASE = /\b(?:read|see|follow|refer(?:s|red)?\s+to|consult|defer\s+to|load|open|go\s+to|lives?\s+in|(?:are|is)\s+(?:in|at)|moved\s+to|kept\s+in|defined\s+in|documented\s+in|maintained\s+in|canonical|source\s+of\s+truth|same\s+as)\b/i;
function resolveRef(from, ref) {
  const clean = ref.replace(/[#?].*$/, "");
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith("~")) return void 0;
  const joined = clean.startsWith("/") ? posix.normalize(clean.slice(1)) : posix.normalize(posix.join(posix.dirname(from), clean));
  return joined.startsWith("..") ? void 0 : joined;
}
function proseLines(text, keepCode = false) {
  const out = [];
  let fence;
  text.split("\n").forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const run = f[1];
      if (!fence) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = void 0;
      return;
    }
    if (fence) return;
    out.push({
      text: keepCode ? line.replace(/`+/g, "") : line.replace(/`+[^`]*`+/g, " "),
      line: i + 1
    });
  });
  return out;
}
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function findImport(path, text, members) {
  for (const { text: line, line: n } of proseLines(text)) {
    for (const m of line.matchAll(/(?:^|[\s(])@([^\s)`'"<>]+)/g)) {
      const target = resolveRef(path, m[1].replace(/[.,;:]+$/, ""));
      if (target !== void 0 && target !== path && members.includes(target))
        return { kind: "import", target, line: n };
    }
  }
  return void 0;
}
function findPointer(path, body, bodyStartLine, members) {
  const lines = proseLines(body, true).filter((l) => l.text.trim() !== "");
  if (lines.length === 0 || lines.length > POINTER_MAX_LINES) return void 0;
  const others = members.filter((m) => m !== path);
  for (const { text, line } of lines) {
    const at = line + bodyStartLine - 1;
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<([^>\s]+\.md)>/gi)) {
      const target = resolveRef(path, m[1] ?? m[2]);
      if (target === void 0 || !others.includes(target)) continue;
      const rest = text.replace(m[0], "").replace(/^[\s>*_-]*|[\s.!*_]*$/g, "");
      if (POINTER_PHRASE.test(text) || rest === "" || /^\[[^\]]*\]$/.test(rest))
        return { kind: "pointer", target, line: at };
    }
    if (!POINTER_PHRASE.test(text)) continue;
    for (const target of others) {
      const names = /* @__PURE__ */ new Set([posix.relative(posix.dirname(path), target), target]);
      for (const name of names) {
        if (new RegExp(`(?:^|[^\\w./-])${escape(name)}(?![\\w/-])`).test(text))
          return { kind: "pointer", target, line: at };
      }
    }
  }
  return void 0;
}

// docsync/normalize.ts
var HEADER_MARKER = "<!-- boardwright:doc-sync -->";
function decodeDoc(bytes, path) {
  const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  const lossy = Buffer.from(body).toString("utf8");
  const fatal2 = (rule, at, why) => {
    const line = lossy.slice(0, Math.max(0, at)).split("\n").length;
    const message = `${why.replace("%L", String(line))} It is left out of the doc-sync comparison.`;
    return { diagnostic: { rule, severity: "error", message, path, line, column: 1, fatal: true } };
  };
  if (body.includes(0))
    return fatal2("binary-file", lossy.indexOf("\0"), "Line %L has NUL bytes: not Markdown text.");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return fatal2(
      "invalid-utf8",
      lossy.indexOf("\uFFFD"),
      "Line %L is not valid UTF-8; re-save the file as UTF-8."
    );
  }
}
function normalizeDoc(text) {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t]+$/, ""));
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  let headerEnd = lines.indexOf(HEADER_MARKER);
  if (headerEnd === -1) headerEnd = openingBlock(lines);
  let start = headerEnd + 1;
  while (start < lines.length && lines[start] === "") start++;
  const bodyLines = lines.slice(start);
  return {
    header: lines.slice(0, headerEnd + 1).join("\n"),
    body: bodyLines.length ? `${bodyLines.join("\n")}
` : "",
    bodyStartLine: start + 1
  };
}
function openingBlock(lines) {
  const next = (i2) => {
    while (i2 < lines.length && lines[i2] === "") i2++;
    return i2;
  };
  let end = -1;
  let i = next(0);
  if (lines[i] === "---") {
    const close = lines.findIndex((l, k) => k > i && (l === "---" || l === "..."));
    if (close !== -1) {
      end = close;
      i = next(close + 1);
    }
  }
  while (i < lines.length && /^<!--.*-->$/.test(lines[i])) {
    end = i;
    i = next(i + 1);
  }
  if (i < lines.length && /^# \S/.test(lines[i])) end = i;
  return end;
}
function composeDoc(header, body) {
  if (!header) return body;
  return body ? `${header}

${body}` : `${header}
`;
}

// docsync/sections.ts
var SECTION_EXACT = 25e4;
function splitSections(body) {
  const lines = body.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  let fence;
  let current;
  const close = () => {
    if (!current) return;
    const base = current.heading === "(top)" ? "(top)" : fold(current.heading);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const lines2 = [...current.lines];
    while (lines2.length && lines2[lines2.length - 1] === "") lines2.pop();
    out.push({
      heading: current.heading,
      key: `${base}#${n}`,
      line: current.line,
      text: `${lines2.join("\n")}
`
    });
  };
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const run = f[1];
      if (!fence) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = void 0;
    } else if (!fence && /^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      close();
      current = { heading: line.trim(), line: i + 1, lines: [line] };
      return;
    }
    current ??= { heading: "(top)", line: i + 1, lines: [] };
    current.lines.push(line);
  });
  close();
  return out;
}
function fold(heading) {
  return heading.replace(/^ {0,3}#{1,6}\s*/, "").replace(/\s+#+\s*$/, "").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
var percent = (x) => Math.round(x * 1e4) / 100;
function sectionDrift(a, b, aStart = 1, bStart = 1) {
  const sa = splitSections(a);
  const sb = splitSections(b);
  const inB = new Map(sb.map((s) => [s.key, s]));
  const inA = new Set(sa.map((s) => s.key));
  const out = [];
  const added = (s) => ({
    heading: s.heading,
    status: "added",
    drift: 100,
    aLine: 0,
    bLine: s.line + bStart - 1
  });
  let bIndex = 0;
  for (const s of sa) {
    const other = inB.get(s.key);
    if (!other) {
      out.push({
        heading: s.heading,
        status: "missing",
        drift: 100,
        aLine: s.line + aStart - 1,
        bLine: 0
      });
      continue;
    }
    const at = sb.indexOf(other);
    for (; bIndex < at; bIndex++) {
      const x = sb[bIndex];
      if (!inA.has(x.key)) out.push(added(x));
    }
    bIndex = Math.max(bIndex, at + 1);
    const lines = { aLine: s.line + aStart - 1, bLine: other.line + bStart - 1 };
    if (s.text === other.text) {
      out.push({ heading: s.heading, status: "same", drift: 0, ...lines });
      continue;
    }
    const { distance } = s.text.length * other.text.length <= SECTION_EXACT ? hunkDistance(s.text, other.text) : hunksOf(s.text, other.text);
    out.push({
      heading: s.heading,
      status: "changed",
      drift: Math.max(0.01, percent(driftOf(s.text, other.text, distance))),
      ...lines
    });
  }
  for (; bIndex < sb.length; bIndex++) {
    const x = sb[bIndex];
    if (!inA.has(x.key)) out.push(added(x));
  }
  return out;
}

// docsync/check.ts
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
var DEFAULT_FAMILY = [
  "AGENTS.md",
  "CLAUDE.md",
  "GEMINI.md",
  "CODEX.md",
  ".github/copilot-instructions.md"
];
var DEFAULT_THRESHOLD = 10;
function syncCommand(canonical, files) {
  const quote = (s) => /^[\w./@-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
  const rest = files?.length ? ` ${files.map(quote).join(" ")}` : "";
  return `npx boardwright doc-sync --fix --from ${quote(canonical)}${rest}`;
}
function fatal(rule, path, message) {
  return { rule, severity: "error", message, path, line: 1, column: 1, fatal: true };
}
function inside(realRoot, abs) {
  const rel = relative(realRoot, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || resolve(realRoot, rel) !== abs)
    return void 0;
  return rel.split(sep).join("/");
}
function readFamily(root, files, canonical) {
  const slash = (f) => f.replace(/\\/g, "/").replace(/^\.\//, "");
  const explicit = Boolean(files?.length);
  const listed = (explicit ? files : DEFAULT_FAMILY).map(slash);
  const first = canonical === void 0 ? void 0 : slash(canonical);
  const paths = [...new Set(first === void 0 ? listed : [first, ...listed])];
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  const members = [];
  const diagnostics = [];
  const realOf = /* @__PURE__ */ new Map();
  const symlinks = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const full = resolve(root, path);
    let isLink;
    try {
      isLink = lstatSync(full).isSymbolicLink();
    } catch {
      if (explicit || path === first)
        diagnostics.push(fatal("file-not-found", path, `${path} does not exist.`));
      continue;
    }
    let real;
    try {
      real = realpathSync(full);
    } catch {
      diagnostics.push(
        fatal("doc-link-broken", path, `${path} is a symbolic link to a file that does not exist.`)
      );
      continue;
    }
    const rel = inside(realRoot, real);
    if (rel === void 0) {
      diagnostics.push(
        fatal(
          "doc-link-outside",
          path,
          `${path} is a symbolic link that leads outside the repository; it is not read.`
        )
      );
      continue;
    }
    realOf.set(path, real);
    if (isLink) symlinks.set(path, rel);
  }
  const present = [...realOf.keys()];
  for (const path of present) {
    const real = realOf.get(path);
    const linkTo = symlinks.get(path);
    if (linkTo !== void 0) {
      const target = present.find((p) => p !== path && realOf.get(p) === real);
      if (target !== void 0 && !symlinks.has(target)) {
        members.push({
          path,
          raw: "",
          header: "",
          body: "",
          bodyStartLine: 1,
          link: { kind: "symlink", target, line: 1 }
        });
        continue;
      }
    }
    let bytes;
    try {
      bytes = readFileSync(real);
    } catch (e) {
      const why = e.code ?? e.message;
      diagnostics.push(fatal("unreadable-file", path, `Cannot read ${path}: ${why}.`));
      continue;
    }
    const decoded = decodeDoc(bytes, path);
    if ("diagnostic" in decoded) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const raw = bytes[0] === 239 && bytes[1] === 187 ? `\uFEFF${decoded.text}` : decoded.text;
    const member = { path, raw, ...normalizeDoc(decoded.text) };
    if (linkTo !== void 0) member.symlinkTo = linkTo;
    members.push(member);
  }
  const names = members.map((m) => m.path);
  for (const m of members) {
    if (m.link || m.symlinkTo !== void 0) continue;
    const text = m.raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const link = findImport(m.path, text, names) ?? findPointer(m.path, m.body, m.bodyStartLine, names);
    if (link) m.link = link;
  }
  breakCycles(members, diagnostics);
  const order = new Map(paths.map((p, i) => [p, i]));
  members.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { members, diagnostics };
}
function breakCycles(members, diagnostics) {
  const byPath = new Map(members.map((m) => [m.path, m]));
  const cyclic = members.filter((m) => {
    const seen = /* @__PURE__ */ new Set();
    let cur = m;
    while (cur?.link) {
      if (seen.has(cur.path)) return true;
      seen.add(cur.path);
      cur = byPath.get(cur.link.target);
    }
    return false;
  });
  for (const m of cyclic) {
    diagnostics.push({
      rule: "doc-link-cycle",
      severity: "warning",
      message: `${m.path} links to ${m.link?.target}, which leads back to it; it is compared as text.`,
      path: m.path,
      line: m.link?.line ?? 1,
      column: 1
    });
  }
  for (const m of cyclic) delete m.link;
}
function linkEnd(members, path) {
  const byPath = new Map(members.map((m) => [m.path, m]));
  let cur = byPath.get(path);
  const seen = /* @__PURE__ */ new Set();
  while (cur?.link && !seen.has(cur.path)) {
    seen.add(cur.path);
    cur = byPath.get(cur.link.target);
  }
  return cur?.path ?? path;
}
function linkPhrase(m) {
  if (!m.link) return "";
  const how = { symlink: "is a symbolic link to", import: "imports", pointer: "points to" };
  return `${m.path} ${how[m.link.kind]} ${m.link.target}`;
}
function headingsOf(body) {
  let fence;
  return body.split("\n").map((line) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0].repeat(f[1].length);
      else if (f[1].startsWith(fence)) fence = void 0;
      return void 0;
    }
    return !fence && /^ {0,3}#{1,6}(\s|$)/.test(line) ? line.trim() : void 0;
  });
}
function sectionsOf(hunks, a, b) {
  const headings = headingsOf(b.body);
  const shift = (r, m) => ({
    start: r.start + m.bodyStartLine - 1,
    end: r.end + m.bodyStartLine - 1
  });
  return hunks.map((h) => {
    let heading = "(top)";
    const last = h.b.end >= h.b.start ? h.b.end - 1 : h.b.start - 2;
    for (let i = Math.min(last, headings.length - 1); i >= 0; i--) {
      if (headings[i]) {
        heading = headings[i];
        break;
      }
    }
    return {
      heading,
      a: shift(h.a, a),
      b: shift(h.b, b),
      removed: h.removed,
      added: h.added,
      distance: h.distance
    };
  });
}
function lineRange(r) {
  if (r.end < r.start) return `before line ${r.start}`;
  return r.end === r.start ? `line ${r.start}` : `lines ${r.start}\u2013${r.end}`;
}
function checkDocSync(options) {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const mode = options.mode ?? "drift";
  const { members, diagnostics } = readFamily(options.root, options.files, options.canonical);
  const content = members.filter((m) => !m.link);
  const asked = options.canonical?.replace(/\\/g, "/");
  const canonical = asked !== void 0 && members.some((m) => m.path === asked) ? linkEnd(members, asked) : content[0]?.path;
  const ordered = [
    ...content.filter((m) => m.path === canonical),
    ...content.filter((m) => m.path !== canonical)
  ];
  const command = syncCommand(canonical ?? options.files?.[0] ?? DEFAULT_FAMILY[0], options.files);
  for (const m of members) {
    if (!m.link) continue;
    diagnostics.push({
      rule: "doc-linked",
      severity: "info",
      message: `${linkPhrase(m)}${m.link.kind === "symlink" ? "" : ` (line ${m.link.line})`}: linked, not compared.`,
      path: m.path,
      line: m.link.line,
      column: 1
    });
  }
  const pairs = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      pairs.push(comparePair(ordered[i], ordered[j], mode, threshold));
    }
  }
  if (ordered.length < 2) {
    const linked = members.filter((m) => m.link).length;
    diagnostics.push({
      rule: "doc-family-small",
      severity: "info",
      message: `Found ${ordered.length} instruction file(s) to compare (${ordered.map((m) => m.path).join(", ") || "none"})${linked ? ` and ${linked} linked one(s)` : ""}; at least two are needed to compare.`,
      path: ordered[0]?.path ?? canonical ?? DEFAULT_FAMILY[0],
      line: 1,
      column: 1
    });
  }
  for (const p of pairs) {
    if (p.passed) continue;
    diagnostics.push(driftDiagnostic(p, mode, threshold, command));
  }
  const maxDrift = pairs.reduce((m, p) => Math.max(m, p.drift), 0);
  const result = {
    members,
    mode,
    pairs,
    maxDrift,
    threshold,
    passed: pairs.every((p) => p.passed),
    unusable: diagnostics.some((d) => d.fatal),
    diagnostics,
    syncCommand: command
  };
  if (canonical !== void 0) result.canonical = canonical;
  return result;
}
function comparePair(a, b, mode, threshold) {
  const identical = a.body === b.body;
  const { distance, hunks } = identical ? { distance: 0, hunks: [] } : hunkDistance(a.body, b.body);
  const ratio = driftOf(a.body, b.body, distance);
  const drift = identical ? 0 : Math.max(0.01, Math.round(ratio * 1e4) / 100);
  const bySection = identical ? sectionDrift(a.body, a.body, a.bodyStartLine, b.bodyStartLine) : sectionDrift(a.body, b.body, a.bodyStartLine, b.bodyStartLine);
  const passed = mode === "exact" ? identical : mode === "section" ? bySection.every(
    (s) => s.status === "same" || s.status === "changed" && s.drift <= threshold
  ) : drift <= threshold;
  return {
    a: a.path,
    b: b.path,
    drift,
    distance,
    identical,
    passed,
    sections: sectionsOf(hunks, a, b),
    bySection
  };
}
function driftDiagnostic(p, mode, threshold, command) {
  const failing = p.bySection.filter(
    (s) => s.status === "missing" || s.status === "added" || s.status === "changed" && (mode !== "section" || s.drift > threshold)
  );
  const describe = (s) => s.status === "missing" ? `${s.heading} missing` : s.status === "added" ? `${s.heading} only here (line ${s.bLine})` : `${s.heading} ${s.drift}% (line ${s.bLine})`;
  const hunks = p.sections.slice(0, 5).map((s) => `${lineRange(s.b)} (${s.heading})`);
  const list = mode === "section" ? failing.map(describe) : hunks;
  const total = mode === "section" ? failing.length : p.sections.length;
  const where = list.slice(0, 5).join(", ");
  const more = total > 5 ? ` and ${total - 5} more` : "";
  const why = mode === "exact" ? `differs from ${p.a} (exact mode, drift ${p.drift}%)` : mode === "section" ? `differs from ${p.a} by section (threshold ${threshold}% per section)` : `drifts ${p.drift}% from ${p.a} (threshold ${threshold}%)`;
  const line = mode === "section" ? failing.find((s) => s.bLine > 0)?.bLine ?? 1 : p.sections[0]?.b.start ?? 1;
  return {
    rule: "doc-drift",
    severity: "error",
    message: `${p.b} ${why}; differs ${mode === "section" ? "in" : "at"} ${where || "its text"}${more}. Sync with: ${command}`,
    path: p.b,
    line,
    column: 1
  };
}

// docsync/fix.ts
import { resolve as resolve2 } from "node:path";
var SHRINK_LIMIT = 0.5;
function fixDocSync(options) {
  const canonical = options.canonical.replace(/\\/g, "/").replace(/^\.\//, "");
  const family = readFamily(options.root, options.files, canonical);
  const result = {
    canonical,
    changed: [],
    unchanged: [],
    linked: [],
    skipped: [],
    refused: [],
    diagnostics: family.diagnostics,
    unusable: family.diagnostics.some((d) => d.fatal)
  };
  const source = family.members.find((m) => m.path === canonical);
  if (!source) {
    result.unusable = true;
    return result;
  }
  if (source.link) {
    const end = linkEnd(family.members, canonical);
    result.diagnostics.push({
      rule: "doc-link-source",
      severity: "error",
      message: `${linkPhrase(source)}, so it holds no instructions to copy; nothing was written. Fix from the file it leads to: --fix --from ${end}`,
      path: canonical,
      line: source.link.line,
      column: 1,
      fatal: true
    });
    result.unusable = true;
    return result;
  }
  const writes = [];
  for (const m of family.members) {
    if (m.path === canonical) continue;
    if (m.link) {
      result.linked.push(m.path);
      continue;
    }
    if (m.symlinkTo !== void 0) {
      result.skipped.push(m.path);
      result.diagnostics.push({
        rule: "doc-sync-skipped",
        severity: "warning",
        message: `${m.path} is a symbolic link to ${m.symlinkTo}; --fix does not write through links. Edit ${m.symlinkTo}, or make ${m.path} a link to ${canonical}.`,
        path: m.path,
        line: 1,
        column: 1
      });
      continue;
    }
    if (m.body === source.body) {
      result.unchanged.push(m.path);
      continue;
    }
    if (!options.allowShrink && source.body.length < m.body.length * SHRINK_LIMIT) {
      result.refused.push(m.path);
      result.diagnostics.push({
        rule: "doc-sync-shrink",
        severity: "error",
        message: `${m.path} was not rewritten: ${canonical} holds ${source.body.length} characters of instructions and ${m.path} ${m.body.length}, so the copy would drop ${Math.round(100 - 100 * source.body.length / m.body.length)}% of it. Fix from the fuller file (--from ${m.path}), or pass --allow-shrink if that is what you want.`,
        path: m.path,
        line: 1,
        column: 1
      });
      continue;
    }
    result.changed.push(m.path);
    writes.push({
      full: resolve2(options.root, m.path),
      text: inStyleOf(m.raw, composeDoc(m.header, source.body))
    });
  }
  if (!options.dryRun)
    writeWorkspaceFiles(
      options.root,
      writes.map((w) => ({ path: w.full, content: w.text }))
    );
  return result;
}
function inStyleOf(raw, text) {
  const lines = raw.includes("\r\n") ? text.replace(/\n/g, "\r\n") : text;
  return raw.startsWith("\uFEFF") ? `\uFEFF${lines}` : lines;
}

// docsync/report.ts
var DIFF_LINES_SHOWN = 8;
function pairSummaries(result) {
  return result.pairs.map((p) => ({
    a: p.a,
    b: p.b,
    drift: p.drift,
    distance: p.distance,
    passed: p.passed,
    identical: p.identical,
    sections: p.sections.map((s) => ({ heading: s.heading, a: s.a, b: s.b })),
    changedSections: changed(p).map((s) => ({
      heading: s.heading,
      status: s.status,
      drift: s.drift
    }))
  }));
}
function docSyncText(result) {
  const out = [];
  const compared = result.members.filter((m) => !m.link).map((m) => m.path);
  out.push(
    `Compared ${compared.join(", ") || "no files"} (${MODE_TEXT[result.mode](result.threshold)}).`
  );
  for (const m of result.members) if (m.link) out.push(`  ${linkPhrase(m)}: linked`);
  for (const p of result.pairs) {
    out.push(`  ${p.a} \u2194 ${p.b}  drift ${p.drift}%  ${p.passed ? "ok" : "FAIL"}`);
    const sections = changed(p);
    if (sections.length) out.push(`    by section: ${sections.map(sectionText).join(", ")}`);
    out.push(...sectionLines(p));
  }
  if (!result.passed) out.push(`Sync the family with:
  ${result.syncCommand}`);
  return `${out.join("\n")}
`;
}
var MODE_TEXT = {
  drift: (t) => `threshold ${t}%`,
  exact: () => "exact: any difference fails",
  section: (t) => `per section, threshold ${t}%`
};
function changed(p) {
  return p.bySection.filter((s) => s.status !== "same");
}
function sectionText(s) {
  return s.status === "changed" ? `${s.heading} ${s.drift}%` : `${s.heading} ${s.status}`;
}
function sectionLines(p) {
  const out = [];
  let heading;
  for (const s of p.sections) {
    if (s.heading !== heading) out.push(`    ${s.heading}`);
    heading = s.heading;
    out.push(`      ${p.a} ${lineRange(s.a)} \u2194 ${p.b} ${lineRange(s.b)}`);
    out.push(...diffLines2("-", s.a.start, s.removed), ...diffLines2("+", s.b.start, s.added));
  }
  return out;
}
function diffLines2(sign, start, lines) {
  const shown = lines.slice(0, DIFF_LINES_SHOWN).map((l, i) => `        ${sign}${start + i}: ${l}`);
  if (lines.length > DIFF_LINES_SHOWN)
    shown.push(`        ${sign} \u2026 ${lines.length - DIFF_LINES_SHOWN} more line(s)`);
  return shown;
}
function docSyncReport(result) {
  return {
    check: "doc-sync",
    title: "Doc sync",
    passed: result.passed && !result.unusable,
    unusable: result.unusable,
    diagnostics: result.diagnostics,
    headline: `${result.members.length} instruction file(s)${linkedCount(result)}, largest drift ${result.maxDrift}% (${MODE_TEXT[result.mode](result.threshold)}).${result.passed ? "" : ` Sync with: ${result.syncCommand}`}`,
    outputs: {
      "max-drift": result.maxDrift,
      files: result.members.length,
      pairs: JSON.stringify(pairSummaries(result))
    },
    tables: [
      {
        header: [
          "File",
          "Compared with",
          "Drift",
          "Changed sections",
          "Differing lines (nearest heading)"
        ],
        rows: result.pairs.map((p) => [
          p.b,
          p.a,
          `${p.drift}%${p.passed ? "" : " \u2717"}`,
          changed(p).map(sectionText).join("; ") || "\u2014",
          p.sections.map((s) => `${lineRange(s.b)} (${s.heading})`).join("; ") || "\u2014"
        ])
      },
      ...result.members.some((m) => m.link) ? [
        {
          header: ["Linked file", "Link", "To"],
          rows: result.members.filter((m) => m.link).map((m) => [m.path, m.link.kind, m.link.target])
        }
      ] : []
    ]
  };
}
function linkedCount(result) {
  const n = result.members.filter((m) => m.link).length;
  return n ? ` (${n} linked)` : "";
}

export {
  EXACT_BUDGET,
  MAX_LINE_EDITS,
  hunkDistance,
  hunksOf,
  hunkCost,
  driftOf,
  POINTER_MAX_LINES,
  findImport,
  findPointer,
  HEADER_MARKER,
  decodeDoc,
  normalizeDoc,
  composeDoc,
  splitSections,
  sectionDrift,
  DEFAULT_FAMILY,
  DEFAULT_THRESHOLD,
  syncCommand,
  readFamily,
  linkEnd,
  linkPhrase,
  lineRange,
  checkDocSync,
  fixDocSync,
  DIFF_LINES_SHOWN,
  pairSummaries,
  docSyncText,
  docSyncReport
};
