// Prettier formats the code (`npm run format`; `npm test` checks it). See .prettierignore for what it leaves.
/** @type {import('prettier').Config} */
export default {
  // the width the code was written to
  printWidth: 120,
  singleQuote: true,
  // html`` and css`` templates keep their hand layout: their text is the id of every msg() translation
  // (lit-localize), and whitespace inside a template can render
  embeddedLanguageFormatting: 'off',
};
