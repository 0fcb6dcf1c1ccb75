// Minifies the static text of Lit's `css`, `html` and `svg` tagged templates
// in a TypeScript module, for the published build (vite.config.ts; the size
// report, scripts/size.mjs, measures the packed result).
// JS minifiers leave template text alone: indentation and comments in the
// elements' styles and templates would otherwise be downloaded by every page.
//
// The templates are found with the TypeScript parser (a regular expression
// cannot tell a nested template or a backtick in a string from the end of a
// template). Only the literal parts change; `${…}` expressions are untouched.
// - css: comments and indentation go, no spaces around `{ } ; ,`, after `:` or before
//   `!important`; quoted strings are kept as they are.
// - html/svg: indentation goes (a whitespace run with a line break keeps only
//   its line breaks: the same rendering outside `white-space: pre`, which the
//   kit's templates do not use).
// Line breaks are kept, so every line of code stays on its line: the build's
// source maps stay right without composing a new one.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** The line breaks of a text, and nothing else: line numbers (and so source maps) stay right. */
const breaks = (text) => '\n'.repeat(text.split('\n').length - 1);

/** A whitespace run as its line breaks, or one space when it has none. */
const squeeze = (run) => breaks(run) || ' ';

/** CSS text without comments and indentation; strings are left as they are. */
export function minifyCss(text) {
  // Split into [code, string, code, string, …]; only code parts change.
  const parts = text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/\/\*[\s\S]*?\*\//g, breaks)
        .replace(/\s+/g, squeeze)
        .replace(/ ?([{};,]) ?/g, (_, c) => c)
        // After a colon only: `.a :hover` (a space before) is a descendant selector.
        .replace(/: /g, ':')
        .replace(/ !important/g, '!important');
    })
    .join('');
}

/** Markup without indentation: each whitespace run that spans a line break becomes its line breaks. */
export function minifyMarkup(text) {
  return text.replace(/[ \t]*\n\s*/g, breaks);
}

/**
 * Returns `code` (a TypeScript or JavaScript module) with the literal text of
 * its css/html/svg tagged templates minified, or `code` unchanged when it has
 * none. `fileName` only names the module for the parser.
 */
export function minifyTemplates(code, fileName = 'module.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** Replacements of literal text: [start, end, text], positions in `code`. */
  const edits = [];
  const literal = (node, minify) => {
    // The raw text between the delimiters: `…` / `…${ / }…${ / }…`.
    const start = node.getStart(source) + 1;
    const isTail = node.kind === ts.SyntaxKind.TemplateTail || node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral;
    const end = node.getEnd() - (isTail ? 1 : 2);
    const raw = code.slice(start, end);
    const out = minify(raw);
    if (out !== raw) edits.push([start, end, out]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        literal(template, minify);
      } else {
        // In CSS, an expression may sit between words (`${x} solid`): keep one
        // space at the edges next to an expression rather than none.
        const keepEdges = node.tag.text === 'css' ? (text) => edgeSafeCss(text) : minify;
        literal(template.head, keepEdges);
        for (const span of template.templateSpans) literal(span.literal, keepEdges);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return code;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** minifyCss for a part next to an expression: a leading or trailing space is kept (as one). */
function edgeSafeCss(text) {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const body = minifyCss(text);
  if (body === '') return lead || trail;
  return (/^[{};,]/.test(body) ? '' : lead) + body + (/[{};,]$/.test(body) ? '' : trail);
}

/** A Vite/Rollup plugin: minifies the templates of the kit's TypeScript sources. */
export function minifyTemplatesPlugin({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'cs-metrics:minify-templates',
    enforce: 'pre',
    apply: 'build', // the dev server (npm start, Storybook) serves the sources as written
    transform(code, id) {
      if (!include.test(id.split('?')[0])) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The same for an esbuild build of the sources. */
export function minifyTemplatesEsbuild({ filter = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'cs-metrics:minify-templates',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(args.path, 'utf8');
        return { contents: minifyTemplates(code, args.path), loader: 'ts' };
      });
    },
  };
}
