import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// report/terminal.ts
var CONTROLS = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
var LINE_COMMAND = /^([\s\u0085]*):(?=:)/gm;
var LEGACY_COMMAND = /##\[/g;
var NAMED = { "\n": "\\n", "\r": "\\r" };
function escapeChar(c) {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControlCharacters(text, keep = "") {
  return text.replace(CONTROLS, (c) => keep.includes(c) ? c : escapeChar(c));
}
function escapeControls(text, keep = "") {
  return escapeControlCharacters(text, keep).replace(LEGACY_COMMAND, "#\\u0023[");
}
function neutralise(text, keep) {
  return escapeControls(text, keep).replace(LINE_COMMAND, "$1\\u003a");
}
function safeText(text) {
  return neutralise(text, "\n");
}
function safeLine(value) {
  return neutralise(value, "");
}
function unsafeOutput(text) {
  const control = /[^\n]/.exec(text.match(CONTROLS)?.join("") ?? "");
  if (control) return `raw control character ${escapeChar(control[0])}`;
  const command = new RegExp(LINE_COMMAND.source, "m").exec(text);
  if (command) return `workflow command at ${command.index}`;
  const legacy = text.indexOf("##[");
  if (legacy >= 0) return `legacy workflow command at ${legacy}`;
  return void 0;
}
var ANNOTATION = /^::(?:error|warning|notice)(?: [^:\r\n]*)?::[^\r\n]*$/;
function safeCommands(text) {
  return text.split("\n").map((line) => ANNOTATION.test(line) ? escapeControls(line) : safeLine(line)).join("\n");
}
function printOut(text) {
  process.stdout.write(safeText(text));
}
function printErr(text) {
  process.stderr.write(safeText(text));
}
function printCommands(text) {
  process.stdout.write(safeCommands(text));
}
function printProgress(text) {
  process.stderr.write(text === void 0 ? "\r\x1B[2K" : `\r\x1B[2K${safeLine(text)}`);
}

export {
  escapeControlCharacters,
  escapeControls,
  safeText,
  safeLine,
  unsafeOutput,
  safeCommands,
  printOut,
  printErr,
  printCommands,
  printProgress
};
