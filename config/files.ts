/** File names of the boardwright config, looked for at the workspace root in this order. */
export const CONFIG_FILES = [
  'boardwright.config.yaml',
  'boardwright.config.yml',
  'boardwright.config.json',
];
