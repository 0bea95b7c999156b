declare const __BOARDWRIGHT_VERSION__: string | undefined;
declare const __BOARDWRIGHT_BUILD__: string | undefined;

/** The boardwright version, from package.json at build time ("0.0.0" when run from sources). */
export const VERSION =
  typeof __BOARDWRIGHT_VERSION__ === 'string' ? __BOARDWRIGHT_VERSION__ : '0.0.0';

/**
 * A hash of the committed sources the bundle was built from, set at build time; undefined when
 * running the TypeScript sources. The parse cache keys entries by it.
 */
export const BUILD_ID =
  typeof __BOARDWRIGHT_BUILD__ === 'string' ? __BOARDWRIGHT_BUILD__ : undefined;
