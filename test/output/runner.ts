/**
 * Lines of a step's output the GitHub Actions runner would try as workflow commands: a line that
 * starts with `::` after white space (ActionCommand.TryParseV2), or holds `##[` before a `]`
 * (the legacy ActionCommand.TryParse). The runner reads the output with StreamReader.ReadLine,
 * so CR, LF and CRLF all end a line. Conservative: a line listed here may still name no command.
 */
export function runnerCommands(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .filter((line) => /^[\s\u0085]*::/.test(line) || /##\[[^\]]*\]/.test(line));
}
