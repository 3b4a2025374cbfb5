/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 6380:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(447);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown/fit-markdown.ts + 1 modules
var fit_markdown = __nccwpck_require__(7177);
;// CONCATENATED MODULE: ./packages/action-kit/src/output-format.ts
/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
function formatOutput(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return JSON.stringify(value);
    return String(value);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/input-spec.ts

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function withDefault(kind, opts, parseGiven, extra = {}) {
    const required = opts.required ?? false;
    const fallback = opts.default ?? '';
    return {
        kind,
        required,
        default: fallback,
        ...extra,
        parse(raw, name) {
            const text = raw === '' ? fallback : raw;
            if (text === '' && required) {
                throw new errors/* ConfigurationError */.j(`Input required and not supplied: ${name}`, name);
            }
            return parseGiven(text, name);
        }
    };
}
const input = {
    string(opts = {}) {
        return withDefault('string', opts, (text) => text);
    },
    boolean(opts) {
        return withDefault('boolean', opts, (text, name) => {
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`, name);
        });
    },
    number(opts) {
        return withDefault('number', opts, (text, name) => {
            if (text === '')
                return undefined;
            const value = Number(text);
            const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`;
            if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`, name);
            }
            if ((opts.min !== undefined && value < opts.min) ||
                (opts.max !== undefined && value > opts.max)) {
                throw new errors/* ConfigurationError */.j(`Input "${name}" must be in ${bounds}, got ${value}`, name);
            }
            return value;
        });
    },
    /** Newline- or comma-separated values; blank entries and `#` comments dropped. */
    list(opts = {}) {
        return withDefault('list', opts, (text) => splitList(text));
    },
    choice(choices, opts) {
        return withDefault('choice', opts, (text, name) => {
            if (choices.includes(text))
                return text;
            throw new errors/* ConfigurationError */.j(`Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`, name);
        }, { choices });
    }
};
function splitList(text) {
    return text
        .split(/\r?\n/)
        .flatMap((line) => (line.includes(',') && !/[{}]/.test(line) ? line.split(',') : [line]))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '' && !entry.startsWith('#'));
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Parse every input of a spec from a raw source (runner env, CLI flags, or a test table). */
function readInputs(spec, source) {
    const result = {};
    for (const [name, parser] of Object.entries(spec)) {
        result[camelCase(name)] = parser.parse((source(name) ?? '').trim(), name);
    }
    return result;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts


/** `INPUT_<NAME>` with spaces as underscores, upper-cased, trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Appends `name<<delimiter` … to $GITHUB_OUTPUT; without that file, the legacy command. */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${keyValueMessage(name, value)}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** The heredoc form of an environment file entry; a random delimiter the text cannot contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output "${name}" contains its own delimiter`);
    }
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message, annotation) {
    issueCommand('warning', annotationCommandProperties(annotation), message);
}
function error(message, annotation) {
    issueCommand('error', annotationCommandProperties(annotation), message);
}
/** An error annotation, and the step's exit code set to 1 without ending the process early. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function issueCommand(command, properties, message) {
    process.stdout.write(`${formatCommand(command, properties, message)}${external_node_os_namespaceObject.EOL}`);
}
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function annotationCommandProperties(annotation) {
    if (!annotation)
        return {};
    return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts






const runnerLogger = {
    info: info,
    warning: warning,
    error: error,
    debug: debug,
    untrusted: (text) => {
        // A fresh random token per block: text inside cannot end the block or issue commands. (Web
        // Crypto, as in workflow-commands.ts: node:crypto would load at start-up.)
        const token = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
        process.stdout.write(`::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`);
    }
};
/**
 * The runner entry point of every action: read inputs, run the body, write outputs and the job
 * summary, then fail if the body asked to. It never throws: a ConfigurationError becomes a
 * failure naming the input, anything else a failure with the stack at debug level.
 */
async function runAction(definition, body) {
    try {
        const inputs = readInputs(definition.inputs, (name) => getInput(name));
        const context = {
            log: runnerLogger,
            env: process.env,
            cwd: process.cwd(),
            cli: false
        };
        const outcome = await body(inputs, context);
        for (const name of definition.outputs) {
            const value = outcome.outputs[name];
            if (value !== undefined)
                setOutput(name, formatOutput(value));
        }
        if (outcome.report)
            await writeJobSummary(outcome.report);
        if (outcome.failure)
            setFailed(outcome.failure);
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (error instanceof errors/* ConfigurationError */.j) {
            setFailed(error.message);
        }
        else {
            setFailed(`${definition.name} failed unexpectedly: ${error.message}`);
            debug(error.stack ?? String(error));
        }
    }
}
/** Append to $GITHUB_STEP_SUMMARY, keeping this step's contribution under GitHub's 1 MiB limit. */
async function writeJobSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        return;
    const fitted = (0,fit_markdown/* fitMarkdown */.DJ)(markdown, {
        maxBytes: fit_markdown/* JOB_SUMMARY_LIMIT */.zS,
        notice: 'The job summary was cut to stay under GitHub’s 1 MiB limit; the full report is in the report file.'
    });
    await (0,promises_namespaceObject.appendFile)(path, fitted.text.endsWith('\n') ? fitted.text : `${fitted.text}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./packages/github/src/event-context.ts

/** Reads what a step knows about its run from the runner's environment and event file; no network. */
function readEventContext(env, readFile, options = {}) {
    const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromPayload(payload);
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const apiUrl = trimSlash(env.GITHUB_API_URL ?? 'https://api.github.com');
    const runId = positiveInt(env.GITHUB_RUN_ID);
    const repositoryId = numberAt(payload, 'repository', 'id');
    const workflowRun = eventName === 'workflow_run' ? triggeringRun(payload, repositoryId) : undefined;
    const pullRequest = pullRequestOf(eventName, payload, repositoryId, workflowRun, options.pullRequestNumber);
    return {
        eventName,
        payload,
        ...(repository ? { repository } : {}),
        ...(repositoryId !== undefined ? { repositoryId } : {}),
        sha: env.GITHUB_SHA ?? '',
        ...(runId !== undefined ? { runId } : {}),
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL ?? graphqlUrlFor(apiUrl)),
        ...(repository && runId !== undefined
            ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` }
            : {}),
        ...(pullRequest ? { pullRequest } : {}),
        ...(workflowRun ? { workflowRun } : {})
    };
}
function readPayload(path, readFile) {
    if (!path)
        return {};
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        // Outside a runner (the CLI, a local dry run) the event file may simply not exist.
        if (error.code === 'ENOENT')
            return {};
        throw error;
    }
    try {
        const parsed = JSON.parse(text);
        return isObject(parsed) ? parsed : {};
    }
    catch {
        throw new errors/* ConfigurationError */.j(`GITHUB_EVENT_PATH (${path}) is not valid JSON`);
    }
}
function pullRequestOf(eventName, payload, repositoryId, workflowRun, override) {
    const fromEvent = pullRequestFromEvent(eventName, payload, repositoryId, workflowRun);
    if (override === undefined)
        return fromEvent;
    if (fromEvent?.number === override)
        return { ...fromEvent, source: 'override' };
    return { number: override, source: 'override' };
}
function pullRequestFromEvent(eventName, payload, repositoryId, workflowRun) {
    if (eventName === 'pull_request' ||
        eventName === 'pull_request_target' ||
        eventName === 'pull_request_review') {
        const pull = objectAt(payload, 'pull_request');
        const number = numberAt(pull, 'number');
        if (!pull || number === undefined)
            return undefined;
        const headRepo = objectAt(pull, 'head', 'repo');
        const baseRepoId = numberAt(pull, 'base', 'repo', 'id') ?? repositoryId;
        const headRepoId = numberAt(headRepo, 'id');
        const headSha = stringAt(pull, 'head', 'sha');
        const headRef = stringAt(pull, 'head', 'ref');
        const baseRef = stringAt(pull, 'base', 'ref');
        const headFullName = stringAt(headRepo, 'full_name');
        return {
            number,
            source: 'event',
            ...(headSha ? { headSha } : {}),
            ...(headRef ? { headRef } : {}),
            ...(baseRef ? { baseRef } : {}),
            ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
            ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
            // A deleted fork leaves head.repo null: it still was not this repository.
            isFork: headRepo === undefined || headRepoId === undefined || headRepoId !== baseRepoId
        };
    }
    if (eventName === 'issue_comment') {
        const issue = objectAt(payload, 'issue');
        const number = numberAt(issue, 'number');
        if (number === undefined || !objectAt(issue, 'pull_request'))
            return undefined;
        return { number, source: 'event' };
    }
    if (workflowRun && workflowRun.pullRequestNumbers.length === 1) {
        return {
            number: workflowRun.pullRequestNumbers[0],
            source: 'workflow_run',
            headSha: workflowRun.headSha,
            ...(workflowRun.headRepositoryId !== undefined
                ? { headRepositoryId: workflowRun.headRepositoryId }
                : {}),
            isFork: workflowRun.isFork
        };
    }
    return undefined;
}
function triggeringRun(payload, repositoryId) {
    const run = objectAt(payload, 'workflow_run');
    const id = numberAt(run, 'id');
    const headSha = stringAt(run, 'head_sha');
    if (!run || id === undefined || !headSha)
        return undefined;
    const headRepoId = numberAt(run, 'head_repository', 'id');
    const baseRepoId = numberAt(run, 'repository', 'id') ?? repositoryId;
    const headFullName = stringAt(run, 'head_repository', 'full_name');
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        event: stringAt(run, 'event') ?? '',
        conclusion: stringAt(run, 'conclusion') ?? null,
        headSha,
        headBranch: stringAt(run, 'head_branch') ?? null,
        ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
        ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
        isFork: headRepoId === undefined || headRepoId !== baseRepoId,
        // Only entries for this very commit: GitHub also lists PRs whose head moved on since.
        pullRequestNumbers: pulls
            .filter((p) => isObject(p) && stringAt(p, 'head', 'sha')?.toLowerCase() === headSha.toLowerCase())
            .map((p) => numberAt(p, 'number'))
            .filter((n) => n !== undefined)
    };
}
function parseRepository(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function repositoryFromPayload(payload) {
    return parseRepository(stringAt(payload, 'repository', 'full_name'));
}
function graphqlUrlFor(apiUrl) {
    return /\/api\/v3$/.test(apiUrl)
        ? apiUrl.replace(/\/api\/v3$/, '/api/graphql')
        : `${apiUrl}/graphql`;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path)
        current = isObject(current) ? current[key] : undefined;
    return isObject(current) ? current : undefined;
}
function numberAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'number' ? found : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const found = parent?.[path[path.length - 1]];
    return typeof found === 'string' ? found : undefined;
}

;// CONCATENATED MODULE: ./packages/github/src/rate-limit-policy.ts
/**
 * Decides, for plugin-throttling, whether waiting out a rate limit is worth it. The budget is shared by all
 * requests of one client so a job cannot sleep for an hour in small steps.
 */
function rateLimitHandlers(policy, logger) {
    let waitedSeconds = 0;
    const decide = (limit) => (retryAfterSeconds, request, _octokit, retryCount) => {
        const route = `${request.method} ${request.url}`;
        if (retryCount >= policy.maxRetries ||
            waitedSeconds + retryAfterSeconds > policy.budgetSeconds) {
            logger.warning(`GitHub ${limit} on ${route}: giving up (${retryCount} retries made, next wait ${retryAfterSeconds}s, ` +
                `${waitedSeconds}s of the ${policy.budgetSeconds}s budget used).`);
            return false;
        }
        waitedSeconds += retryAfterSeconds;
        logger.info(`GitHub ${limit} on ${route}: waiting ${retryAfterSeconds}s before retry ${retryCount + 1} of ${policy.maxRetries}.`);
        return true;
    };
    return { onRateLimit: decide('rate limit'), onSecondaryRateLimit: decide('secondary rate limit') };
}

;// CONCATENATED MODULE: ./packages/github/src/octokit.ts

const DEFAULT_TIMING = {
    retries: 3,
    retryBaseMs: 1000,
    rateLimitSecondMs: 1000,
    secondaryRateLimitFallbackSeconds: 60,
    rateLimitRetries: 3,
    rateLimitBudgetSeconds: 600,
    spaceWrites: true
};
/** Timing for tests against fake-github: same logic, milliseconds instead of seconds, no write spacing. */
const FAST_TIMING = {
    ...DEFAULT_TIMING,
    retryBaseMs: 5,
    rateLimitSecondMs: 5,
    spaceWrites: false
};
// 403 and 429 belong to the throttling plugin; the rest of 4xx is the caller's mistake and repeats identically.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * An Octokit for GitHub.com or GHES with retries and rate-limit handling. The base URL is read when the client is
 * made, not when @actions/github is imported, so a GITHUB_API_URL set later (tests, GHES) is honoured. Octokit
 * and its plugins load on the first call: a step that never talks to GitHub does not pay for them at start-up.
 */
async function createOctokit(token, options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))
    ]);
    const env = options.env ?? process.env;
    const logger = options.logger;
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const throttle = {
        ...rateLimitHandlers({ maxRetries: timing.rateLimitRetries, budgetSeconds: timing.rateLimitBudgetSeconds }, logger),
        retryAfterBaseValue: timing.rateLimitSecondMs,
        fallbackSecondaryRateRetryAfter: timing.secondaryRateLimitFallbackSeconds,
        ...(timing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
    };
    return getOctokit(token, {
        baseUrl,
        userAgent: 'ml-actions',
        retry: {
            retries: timing.retries,
            retryAfterBaseValue: timing.retryBaseMs,
            doNotRetry: DO_NOT_RETRY
        },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.info(message),
            error: (message) => logger.info(message)
        }
    }, retry, throttling);
}
/**
 * A limiter group that runs jobs at once. plugin-throttling only calls `key(id).schedule(options, task)` on its
 * write groups, and accepts replacements through its options; this one drops the spacing for loopback tests.
 */
const UNSPACED = {
    key: () => ({ schedule: (_options, task) => task() })
};

;// CONCATENATED MODULE: ./packages/github/src/pull-request-comment.ts



/**
 * The one way an action comments on its pull request: find the PR from the event (or the caller),
 * skip quietly where there is none, and otherwise maintain the sticky comment. GitHub's refusals come
 * back as `skipped` with the reason already logged, unless the caller asked to fail on them.
 */
async function commentOnPullRequest(options) {
    if (options.mode === 'off')
        return { action: 'skipped', code: 'off', reason: 'comment is off' };
    const event = readEventContext(options.env, options.readFile ?? readUtf8, {
        ...(options.pullRequestNumber ? { pullRequestNumber: options.pullRequestNumber } : {})
    });
    if (!event.pullRequest || !event.repository) {
        const reason = `no pull request to comment on (event ${event.eventName || 'unknown'})`;
        options.logger.info(`Not commenting: ${reason}; the results are in the job summary.`);
        return { action: 'skipped', reason };
    }
    if (!options.token) {
        const reason = 'no github-token was given';
        options.logger.warning(`Not commenting on #${event.pullRequest.number}: ${reason}.`);
        return { action: 'skipped', reason, pullRequestNumber: event.pullRequest.number };
    }
    const octokit = await createOctokit(options.token, {
        env: options.env,
        baseUrl: event.apiUrl,
        logger: options.logger,
        ...(options.timing ? { timing: options.timing } : {})
    });
    const sticky = {
        owner: event.repository.owner,
        repo: event.repository.repo,
        issueNumber: event.pullRequest.number,
        action: options.action,
        body: options.markdown,
        mode: options.mode,
        logger: options.logger,
        env: options.env,
        ...(options.key ? { key: options.key } : {}),
        ...(options.reportUrl ? { reportUrl: options.reportUrl } : {}),
        ...(options.failOnCommentError ? { failOnCommentError: true } : {})
    };
    // Loaded only when there is a pull request to comment on, like Octokit itself.
    const { upsertStickyComment } = await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 8581));
    const result = await upsertStickyComment(octokit, sticky);
    return { ...result, pullRequestNumber: event.pullRequest.number };
}
const readUtf8 = (path) => (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');

;// CONCATENATED MODULE: ./packages/action-kit/src/action-definition.ts
function defineAction(definition) {
    return definition;
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/definition.ts

const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'];
const jsonToMd = defineAction({
    name: 'json-to-md',
    inputs: {
        files: input.list({ required: true }),
        title: input.string(),
        comment: input.choice(COMMENT_MODES, { default: 'upsert' }),
        'comment-key': input.string(),
        'pr-number': input.number({ integer: true, min: 1 }),
        summary: input.boolean({ default: 'true' }),
        'output-file': input.string(),
        precision: input.number({ default: '4', integer: true, min: 1, max: 17 }),
        include: input.list(),
        exclude: input.list(),
        'max-table-rows': input.number({ default: '50', integer: true, min: 2 }),
        'fail-on-comment-error': input.boolean({ default: 'false' }),
        'github-token': input.string()
    },
    outputs: ['markdown', 'markdown-file', 'comment-id', 'comment-url', 'comment-status']
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./packages/core/src/glob-engine.ts
// Without one of these characters picomatch cannot see a glob, negation or escape in a pattern.
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
/** False means the pattern is certainly a plain name or path; true means ask the engine. */
function mayBeGlob(pattern) {
    return GLOB_SYNTAX.test(pattern);
}
/**
 * picomatch, loaded with the first pattern that needs it: plain names and paths are the common
 * case, and the engine would otherwise be a sizeable share of every step's start-up.
 */
async function loadGlobEngine() {
    return (await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23))).default;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/path-patterns.ts




// Dependency trees are never where results live, and walking them is slow.
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
/**
 * Expands file paths and glob patterns (picomatch syntax: `*`, `**`, `{a,b}`, `[0-9]`) into file
 * paths, in pattern order, each pattern's matches sorted, duplicates dropped. Patterns starting
 * with `!` remove matches of the earlier patterns. A plain path is returned as written even if it
 * does not exist (reading it reports that); a glob that matches nothing is an error naming it.
 * Below the pattern's fixed prefix, hidden files and folders, `node_modules` and symlinked
 * folders are not searched.
 */
async function expandPathPatterns(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const found = [];
    const exclusions = [];
    // Plain paths, the common case, need no glob engine: picomatch loads for the first glob.
    let picomatch;
    for (const pattern of patterns) {
        if (!mayBeGlob(pattern)) {
            found.push(pattern);
            continue;
        }
        picomatch ??= await loadGlobEngine();
        if (pattern.startsWith('!')) {
            exclusions.push(picomatch(external_node_path_namespaceObject.posix.normalize(pattern.slice(1))));
            continue;
        }
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            found.push(pattern);
            continue;
        }
        const matches = await walkMatches(picomatch(scan.glob), cwd, scan.base, scan.glob);
        if (matches.length === 0) {
            throw new errors/* ConfigurationError */.j(`no files match the pattern "${pattern}"`);
        }
        found.push(...matches);
    }
    const unique = [...new Set(found)];
    return unique.filter((path) => !exclusions.some((excluded) => excluded(external_node_path_namespaceObject.posix.normalize(path))));
}
async function walkMatches(matches, cwd, base, glob) {
    const maxDepth = glob.includes('**') ? Number.POSITIVE_INFINITY : glob.split('/').length;
    const files = [];
    const visit = async (relativeDirectory, depth) => {
        const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, base, relativeDirectory);
        const entries = await (0,promises_namespaceObject.readdir)(absolute, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const relative = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`;
            if (entry.isDirectory()) {
                if (depth < maxDepth &&
                    !SKIPPED_DIRECTORIES.has(entry.name) &&
                    !entry.name.startsWith('.')) {
                    await visit(relative, depth + 1);
                }
                continue;
            }
            if (!matches(relative))
                continue;
            if (entry.isFile() ||
                (entry.isSymbolicLink() && (await isFile((0,external_node_path_namespaceObject.resolve)(absolute, entry.name))))) {
                files.push(base === '' ? relative : external_node_path_namespaceObject.posix.join(base, relative));
            }
        }
    };
    await visit('', 1);
    return files.sort();
}
async function isFile(path) {
    return (await (0,promises_namespaceObject.stat)(path).catch(() => undefined))?.isFile() ?? false;
}

// EXTERNAL MODULE: ./packages/core/src/metrics/json-object.ts
var json_object = __nccwpck_require__(4013);
;// CONCATENATED MODULE: ./packages/core/src/metrics/key-path.ts
/**
 * Where a value sits in a results file. `name` is the flattened metric name (`overall.f1`);
 * `toString()` is the precise location for messages (`metrics[2].val_loss`, `["a.b"].c`), which
 * also shows list positions that the name leaves out, such as DVC-style single-item lists.
 */
class KeyPath {
    nameParts;
    locationParts;
    static root = new KeyPath([], []);
    constructor(nameParts, locationParts) {
        this.nameParts = nameParts;
        this.locationParts = locationParts;
    }
    get name() {
        return this.nameParts.join('.');
    }
    get isRoot() {
        return this.locationParts.length === 0;
    }
    key(key) {
        return new KeyPath([...this.nameParts, key], [...this.locationParts, key]);
    }
    /** A list position; `named: false` keeps it out of the metric name (unwrapped single items). */
    index(position, named = true) {
        const nameParts = named ? [...this.nameParts, String(position)] : this.nameParts;
        return new KeyPath(nameParts, [...this.locationParts, position]);
    }
    toString() {
        if (this.locationParts.length === 0)
            return '(top level)';
        let text = '';
        for (const part of this.locationParts) {
            if (typeof part === 'number')
                text += `[${part}]`;
            else if (/^[\p{L}\p{N}_-]+$/u.test(part))
                text += text === '' ? part : `.${part}`;
            else
                text += `[${JSON.stringify(part)}]`;
        }
        return text;
    }
}
/** Joins name parts with dots, skipping empty prefixes (top-level names have none). */
function joinName(...parts) {
    return parts.filter((part) => part !== '').join('.');
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/foreign-value.ts



/**
 * Converts what the YAML and TOML parsers return (Maps, Dates, bigints, byte arrays) into the
 * JSON value tree. Maps keep their order, which is why YAML is parsed with `mapAsMap`.
 */
function toJsonValue(value, source, path = KeyPath.root) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        return value;
    }
    if (typeof value === 'bigint')
        return Number(value);
    if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    }
    if (Array.isArray(value) || value instanceof Set) {
        return [...value].map((item, index) => toJsonValue(item, source, path.index(index)));
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    if (value instanceof Map) {
        const entries = [...value].map(([key, item]) => [String(key), item]);
        return toObject(entries, source, path);
    }
    if (typeof value === 'object')
        return toObject(Object.entries(value), source, path);
    return String(value);
}
function toObject(entries, source, path) {
    const result = {};
    for (const [key, item] of entries) {
        // YAML keys `1` and `"1"` are distinct to the parser but the same name here.
        if (Object.hasOwn(result, key)) {
            throw new errors/* ConfigurationError */.j(`${source}: duplicate key ${path.key(key).toString()}`);
        }
        (0,json_object/* setEntry */.RY)(result, key, toJsonValue(item, source, path.key(key)));
    }
    (0,json_object/* rememberKeyOrder */.FB)(result, entries.map(([key]) => key));
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/strict-json.ts



// Deep enough for any real results file, shallow enough that recursion cannot exhaust the stack.
const MAX_DEPTH = 1000;
// Everything up to the next quote, backslash or control character (JSON forbids raw ones).
// eslint-disable-next-line no-control-regex
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = [
    ['true', true],
    ['false', false],
    ['null', null],
    // Python's json.dump writes these for float('nan') and float('inf') unless allow_nan=False.
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY]
];
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/**
 * Parses JSON like `JSON.parse`, but rejects duplicate keys (which `JSON.parse` silently resolves
 * to the last value), accepts Python's `NaN`/`Infinity`/`-Infinity`, keeps the file's key order
 * and reports errors with the file name, line and column.
 */
function parseStrictJson(text, source, options = {}) {
    return new StrictJsonParser(text, source, options.firstLine ?? 1).parseDocument();
}
class StrictJsonParser {
    text;
    source;
    firstLine;
    position = 0;
    // Keys and list positions leading to the value being parsed, turned into a KeyPath only for errors.
    pathStack = [];
    constructor(text, source, firstLine) {
        this.text = text;
        this.source = source;
        this.firstLine = firstLine;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.position >= this.text.length)
            this.fail('the file holds no JSON value');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.position < this.text.length)
            this.fail('unexpected content after the JSON value');
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`values are nested more than ${MAX_DEPTH} levels deep`);
        const char = this.text[this.position];
        if (char === '{')
            return this.parseObject(depth);
        if (char === '[')
            return this.parseArray(depth);
        if (char === '"')
            return this.parseString();
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
            if (this.text.startsWith('-Infinity', this.position))
                return this.parseWord();
            return this.parseNumber();
        }
        return this.parseWord();
    }
    parseObject(depth) {
        const result = {};
        const keys = [];
        this.position++;
        this.skipWhitespace();
        if (this.text[this.position] === '}') {
            this.position++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.position] !== '"')
                this.fail('expected a key in double quotes');
            const keyStart = this.position;
            const key = this.parseString();
            if (Object.hasOwn(result, key)) {
                const { line } = this.locate(keyStart);
                throw new errors/* ConfigurationError */.j(`${this.source}: duplicate key ${this.currentPath().key(key).toString()} at line ${line}. ` +
                    'JSON keeps only the last value, so the file is ambiguous; remove one of them.');
            }
            this.skipWhitespace();
            this.expect(':');
            this.skipWhitespace();
            this.pathStack.push(key);
            (0,json_object/* setEntry */.RY)(result, key, this.parseValue(depth + 1));
            this.pathStack.pop();
            keys.push(key);
            this.skipWhitespace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect('}');
            (0,json_object/* rememberKeyOrder */.FB)(result, keys);
            return result;
        }
    }
    parseArray(depth) {
        const result = [];
        this.position++;
        this.skipWhitespace();
        if (this.text[this.position] === ']') {
            this.position++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            this.pathStack.push(result.length);
            result.push(this.parseValue(depth + 1));
            this.pathStack.pop();
            this.skipWhitespace();
            if (this.text[this.position] === ',') {
                this.position++;
                continue;
            }
            this.expect(']');
            return result;
        }
    }
    parseString() {
        let value = '';
        this.position++;
        for (;;) {
            PLAIN_STRING_RUN.lastIndex = this.position;
            PLAIN_STRING_RUN.test(this.text);
            value += this.text.slice(this.position, PLAIN_STRING_RUN.lastIndex);
            this.position = PLAIN_STRING_RUN.lastIndex;
            const code = this.text.charCodeAt(this.position);
            if (code === 0x22) {
                this.position++;
                return value;
            }
            if (code === 0x5c)
                value += this.parseEscape();
            else if (Number.isNaN(code))
                this.fail('unterminated string');
            else
                this.fail('control character inside a string');
        }
    }
    parseEscape() {
        const escape = this.text[this.position + 1];
        if (escape === 'u') {
            const hex = this.text.slice(this.position + 2, this.position + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
                this.fail('invalid \\u escape');
            this.position += 6;
            return String.fromCharCode(Number.parseInt(hex, 16));
        }
        const replacement = escape === undefined ? undefined : ESCAPES[escape];
        if (replacement === undefined)
            this.fail('invalid escape sequence');
        this.position += 2;
        return replacement;
    }
    parseNumber() {
        NUMBER.lastIndex = this.position;
        const match = NUMBER.exec(this.text);
        if (match === null)
            this.fail('invalid number');
        this.position += match[0].length;
        return Number(match[0]);
    }
    parseWord() {
        for (const [word, value] of WORDS) {
            if (this.text.startsWith(word, this.position)) {
                this.position += word.length;
                return value;
            }
        }
        const found = this.text[this.position];
        this.fail(found === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(found)}`);
    }
    expect(char) {
        if (this.text[this.position] !== char) {
            const found = this.text[this.position];
            const what = found === undefined ? 'end of file' : JSON.stringify(found);
            this.fail(`expected ${JSON.stringify(char)} but found ${what}`);
        }
        this.position++;
    }
    skipWhitespace() {
        for (;;) {
            const code = this.text.charCodeAt(this.position);
            if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09)
                return;
            this.position++;
        }
    }
    currentPath() {
        return this.pathStack.reduce((path, part) => (typeof part === 'number' ? path.index(part) : path.key(part)), KeyPath.root);
    }
    locate(offset) {
        let line = this.firstLine;
        let lineStart = 0;
        for (let index = 0; index < offset; index++) {
            if (this.text.charCodeAt(index) === 0x0a) {
                line++;
                lineStart = index + 1;
            }
        }
        return { line, column: offset - lineStart + 1 };
    }
    fail(reason) {
        const { line, column } = this.locate(this.position);
        throw new errors/* ConfigurationError */.j(`${this.source}: invalid JSON at line ${line}, column ${column}: ${reason}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/text-file.ts


const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Reads a file as text after checking its size; shared by every reader of user files. */
async function readTextFile(path, { maxBytes = DEFAULT_MAX_BYTES, allowEmpty = false } = {}) {
    const info = await (0,promises_namespaceObject.stat)(path).catch((error) => {
        throw new errors/* ConfigurationError */.j(describeFsError(path, error));
    });
    if (info.isDirectory()) {
        throw new errors/* ConfigurationError */.j(`${path} is a directory, not a results file`);
    }
    requireWithinLimit(path, info.size, maxBytes);
    const bytes = await (0,promises_namespaceObject.readFile)(path).catch((error) => {
        throw new errors/* ConfigurationError */.j(describeFsError(path, error));
    });
    // The file may have grown since it was measured.
    requireWithinLimit(path, bytes.length, maxBytes);
    const text = decodeText(bytes, path);
    if (text.trim() === '' && !allowEmpty)
        throw new errors/* ConfigurationError */.j(`${path} is empty`);
    return text;
}
function requireWithinLimit(path, size, maxBytes) {
    if (size <= maxBytes)
        return;
    throw new errors/* ConfigurationError */.j(`${path} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for results files`);
}
function decodeText(bytes, path) {
    // PowerShell's `>` and `Out-File` write UTF-16 with a byte order mark.
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes);
    const zeroByte = bytes.indexOf(0);
    if (zeroByte !== -1) {
        throw new errors/* ConfigurationError */.j(`${path} is not a text file (binary data at byte ${zeroByte})`);
    }
    try {
        // The decoder drops a UTF-8 byte order mark.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* ConfigurationError */.j(`${path} is not UTF-8 text`);
    }
}
function describeFsError(path, error) {
    if (error.code === 'ENOENT')
        return `${path} does not exist`;
    if (error.code === 'EACCES' || error.code === 'EPERM')
        return `${path} cannot be read: permission denied`;
    return `${path} cannot be read: ${error.message}`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${trimNumber(bytes / 1024)} KiB`;
    return `${trimNumber(bytes / (1024 * 1024))} MiB`;
}
function trimNumber(value) {
    return String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/results-file.ts





const SYNTAX_BY_EXTENSION = {
    '.json': 'json',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.toml': 'toml',
    '.csv': 'csv',
    '.tsv': 'tsv'
};
/**
 * Reads one results file and parses it by extension: .json, .jsonl/.ndjson (a list, one value per
 * line), .yaml/.yml, .toml, .csv, .tsv; any other name is tried as JSON, then YAML. Every problem
 * the user can fix (missing file, too large, not text, malformed, duplicate keys) throws a
 * `ConfigurationError` that names the file.
 */
async function readResultsFile(path, options = {}) {
    const text = await readTextFile(path, { maxBytes: options.maxBytes });
    const declared = options.syntax ?? SYNTAX_BY_EXTENSION[(0,external_node_path_namespaceObject.extname)(path).toLowerCase()];
    switch (declared) {
        case 'json':
            return { path, syntax: 'json', data: parseStrictJson(text, path) };
        case 'jsonl':
            return { path, syntax: 'json', data: parseJsonLines(text, path) };
        case 'yaml':
            return { path, syntax: 'yaml', data: await parseYaml(text, path) };
        case 'toml':
            return { path, syntax: 'toml', data: await parseTomlText(text, path) };
        case 'csv':
            return { path, syntax: 'csv', data: await parseTable(text, ',', path) };
        case 'tsv':
            return { path, syntax: 'tsv', data: await parseTable(text, '\t', path) };
        default:
            return sniff(text, path);
    }
}
function parseJsonLines(text, path) {
    const values = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() !== '')
            values.push(parseStrictJson(line, path, { firstLine: index + 1 }));
    });
    return values;
}
// The YAML, TOML and CSV/TSV parsers load when a file of theirs is first read: most results are
// JSON, and the parsers would otherwise be a large share of every step's start-up.
async function parseTable(text, delimiter, path) {
    const { parseDelimitedTable } = await __nccwpck_require__.e(/* import() */ 768).then(__nccwpck_require__.bind(__nccwpck_require__, 8768));
    return parseDelimitedTable(text, delimiter, path);
}
async function parseYaml(text, path) {
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    const error = document.errors[0];
    if (error !== undefined) {
        const position = error.linePos?.[0];
        const where = position ? ` at line ${position.line}, column ${position.col}` : '';
        // With prettyErrors the first line ends in the position, which `where` already gives.
        const firstLine = error.message.split('\n')[0] ?? error.message;
        const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* ConfigurationError */.j(`${path}: invalid YAML${where}: ${reason}`);
    }
    return toJsonValue(document.toJS({ mapAsMap: true }), path);
}
async function parseTomlText(text, path) {
    const { parse: parseToml, TomlError } = await __nccwpck_require__.e(/* import() */ 292).then(__nccwpck_require__.bind(__nccwpck_require__, 3292));
    try {
        return toJsonValue(parseToml(text), path);
    }
    catch (error) {
        if (error instanceof TomlError) {
            const reason = error.message.split('\n')[0] ?? error.message;
            throw new errors/* ConfigurationError */.j(`${path}: invalid TOML at line ${error.line}, column ${error.column}: ${reason}`);
        }
        throw error;
    }
}
async function sniff(text, path) {
    try {
        return { path, syntax: 'json', data: parseStrictJson(text, path) };
    }
    catch (jsonError) {
        const looksLikeJson = /^\s*[[{]/.test(text);
        let data;
        try {
            data = await parseYaml(text, path);
        }
        catch (yamlError) {
            throw looksLikeJson ? jsonError : yamlError;
        }
        // Almost any text is a valid YAML string; a results file has to be a mapping or a list.
        if (typeof data !== 'object' || data === null) {
            throw new errors/* ConfigurationError */.j(`${path} is neither JSON nor a YAML mapping or list; ` +
                'give it a .json, .yaml, .toml, .csv or .tsv extension');
        }
        return { path, syntax: 'yaml', data };
    }
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/collect-results.ts



/**
 * Expand the `files` input (paths and globs, `!` exclusions) and parse every file, in input order.
 * Every failure is a ConfigurationError for the `files` input that names the pattern or the file
 * as the user wrote it, not as an absolute path the user never typed.
 */
async function collectResults(patterns, cwd) {
    const paths = await expandPathPatterns(patterns, { cwd }).catch((error) => {
        throw asFilesError(error, (message) => `files: ${message}`);
    });
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j(`files: the ! exclusions removed every match of ${patterns.join(', ')}`, 'files');
    }
    const results = [];
    for (const name of paths) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, name);
        // One file after the other, so the error reported is always the first file's in input order.
        const file = await readResultsFile(absolute).catch((error) => {
            throw asFilesError(error, (message) => message.split(absolute).join(name));
        });
        results.push({ name, data: file.data });
    }
    return results;
}
function asFilesError(error, rewrite) {
    if (!(error instanceof errors/* ConfigurationError */.j))
        return error;
    return new errors/* ConfigurationError */.j(rewrite(error.message), 'files');
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/markdown-file.ts



/**
 * Where the markdown goes when `output-file` is empty: RUNNER_TEMP, one file per step (GITHUB_ACTION
 * is the step's id), so two json-to-md steps in one job do not overwrite each other's file.
 */
function defaultMarkdownPath(env) {
    const step = (env.GITHUB_ACTION || 'results').replace(/[^A-Za-z0-9._-]/g, '_');
    return (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ml-actions', `json-to-md-${step}.md`);
}
/** Writes the markdown and returns the absolute path written. */
async function writeMarkdownFile(path, markdown, cwd) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(absolute), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(absolute, markdown, 'utf8');
    return absolute;
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/escape.ts

/**
 * Escaping of untrusted text (file contents, metric names, keys, logs) for GitHub-flavoured markdown.
 *
 * - `&`, `<`, `>` become entities, so HTML, comments (`<!-- marker -->`), `</details>` and
 *   `<img>`/`<script>` are shown, not interpreted.
 * - Markdown punctuation that could start a construct (`\` `` ` `` `*` `~` `[` `]` `|` `$`, and `_`
 *   outside a word) is backslash-escaped: no code spans, fences, emphasis, links, images
 *   (`![x](https://…)` loses its `[`), math or table cells can be opened.
 * - `@name` gets a zero-width space after the `@`: GitHub's mention filter runs on the rendered text,
 *   where an entity such as `&#64;` would already be an `@` again, so only a character that stays
 *   between `@` and the name stops the ping.
 * - `#123` gets the same treatment: GitHub links it and adds a cross-reference to that issue's
 *   timeline on every edit of a sticky comment, which is noise in someone else's issue.
 * - Line breaks become `<br>`, so the text stays on one line of markdown and cannot start a block.
 * - Control characters and lone surrogates become U+FFFD.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LINE_BREAK = /\r\n|\r|\n/g;
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '~', '[', ']', '|', '$']);
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[\\`*~[\]|$&<>_@#"]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MENTION_START = /[A-Za-z0-9]/;
/** Untrusted text for a paragraph, list item or heading: also safe at the start of a line. */
function escapeText(text) {
    return escapeLineStart(escapeInline(text, 'text'));
}
/** Untrusted text for a GFM table cell. Pipes are escaped; block markers need no escaping in a cell. */
function escapeCell(text) {
    return escapeInline(text, 'cell');
}
/**
 * Untrusted text inside raw HTML such as `<summary>`, where markdown is not parsed (so a backslash
 * would show) but entities are: entity-escapes, neutralises mentions and issue references.
 */
function escapeHtml(text) {
    return escapeInline(text, 'html');
}
function escapeInline(text, context) {
    const clean = (0,unicode/* toPrintable */.f8)(text);
    const escaped = clean.replace(SPECIAL, (character, offset) => escapeCharacter(character, clean, offset, context));
    return escaped.replace(LINE_BREAK, context === 'html' ? ' ' : '<br>');
}
function escapeCharacter(character, text, offset, context) {
    const entity = ENTITIES[character];
    if (entity !== undefined)
        return entity;
    const next = text[offset + 1] ?? '';
    if (character === '@')
        return MENTION_START.test(next) ? `@${ZERO_WIDTH_SPACE}` : '@';
    if (character === '#')
        return escapeHash(text, offset, context);
    if (context === 'html')
        return character === '"' ? '&quot;' : character;
    if (character === '"')
        return character;
    if (character === '_')
        return isIntraword(text, offset) ? '_' : '\\_';
    return BACKSLASH_ESCAPED.has(character) ? `\\${character}` : character;
}
/**
 * `#` after a space would close a heading (`## title #`), and before a digit it is an issue reference.
 * A `#` opening a line is escapeLineStart's concern.
 */
function escapeHash(text, offset, context) {
    const previous = text[offset - 1];
    const closesHeading = context === 'text' && (previous === ' ' || previous === '\t');
    const hash = closesHeading ? '\\#' : '#';
    return /[0-9]/.test(text[offset + 1] ?? '') ? `${hash}${ZERO_WIDTH_SPACE}` : hash;
}
/** An underscore between two word characters can neither open nor close emphasis. */
function isIntraword(text, offset) {
    const previous = text[offset - 1] ?? '';
    const next = text[offset + 1] ?? '';
    return WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next);
}
/**
 * Escape what would make a line of inline markdown start a block: a heading (`#`), a list marker
 * (`-`, `+`, `1.` followed by a space), or a setext underline or thematic break (a line of only `-`
 * or `=`). `>`, `*` and `_` are escaped everywhere already. `-0.5` is left alone: it starts no block.
 */
function escapeLineStart(markdown) {
    if (/^\s*([-=])(\s*\1)*\s*$/.test(markdown))
        return markdown.replace(/^(\s*)/, '$1\\');
    return markdown
        .replace(/^(\s*)(#|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/trusted.ts
function trustedMarkdown(markdown) {
    return { trustedMarkdown: markdown };
}
function isTrustedMarkdown(value) {
    return typeof value === 'object' && value !== null && 'trustedMarkdown' in value;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/heading.ts


/** An ATX heading, level 1 to 6; a plain-string text is escaped. */
function heading(level, text) {
    if (!Number.isInteger(level) || level < 1 || level > 6) {
        throw new RangeError(`A heading level is 1 to 6, got ${level}`);
    }
    const content = isTrustedMarkdown(text) ? text.trustedMarkdown : escapeText(text);
    return `${'#'.repeat(level)} ${content.replace(/\r\n|\r|\n/g, ' ')}`;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/details.ts


/**
 * A collapsible block. The summary sits in raw HTML, so a plain string is HTML-escaped (markdown is
 * not parsed there). Blank lines around the body let GitHub render it as markdown.
 */
function details(summary, body, options = {}) {
    const summaryHtml = isTrustedMarkdown(summary) ? summary.trustedMarkdown : escapeHtml(summary);
    const tag = options.open ? '<details open>' : '<details>';
    return `${tag}<summary>${summaryHtml}</summary>\n\n${body.replace(/\n+$/, '')}\n\n</details>`;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/json-shape.ts
/** Keys that order the rows of a per-step history; the first one present becomes the first column. */
const INDEX_KEYS = [
    'epoch',
    'step',
    'global_step',
    'iteration',
    'iter',
    'round',
    'batch',
    '_step',
    'index'
];
function isScalar(value) {
    return value === null || typeof value !== 'object';
}
function isJsonObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function isEmptyContainer(value) {
    if (Array.isArray(value))
        return value.length === 0;
    return isJsonObject(value) && Object.keys(value).length === 0;
}
function isScalarList(value) {
    return Array.isArray(value) && value.every(isScalar);
}
function isNumberList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'number');
}
function findIndexKey(keys) {
    return INDEX_KEYS.find((key) => keys.includes(key));
}
/** Keys of all objects in first-seen order: the order the file's author wrote, not alphabetical. */
function unionOfKeys(objects) {
    const keys = new Set();
    for (const object of objects)
        for (const key of Object.keys(object))
            keys.add(key);
    return [...keys];
}

// EXTERNAL MODULE: ./node_modules/picomatch/lib/picomatch.js
var picomatch = __nccwpck_require__(8016);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/markdown/key-filter.ts


/**
 * Keep the parts of a value selected by include/exclude globs over dotted key paths.
 * `*` matches one key and `**` any number of keys; a key that itself holds a dot is matched with `?`
 * or `*` in the dot's place. Array positions are not part of a path, so `metrics.val_loss` selects a
 * column of a per-epoch list; such a list keeps its index column (epoch, step) with any column kept.
 * A selected key keeps everything below it. Returns undefined when nothing is left.
 */
function filterKeys(value, filter) {
    const include = compile(filter.include);
    const exclude = compile(filter.exclude);
    if (include === undefined && exclude === undefined)
        return value;
    const isExcluded = exclude ?? (() => false);
    return key_filter_select(value, [], include === undefined, include ?? (() => true), isExcluded);
}
function key_filter_select(value, path, selected, isIncluded, isExcluded) {
    if (path.length > 0 && isExcluded(path))
        return undefined;
    const isSelected = selected || (path.length > 0 && isIncluded(path));
    if (Array.isArray(value)) {
        const items = [];
        for (const item of value) {
            const kept = key_filter_select(item, path, isSelected, isIncluded, isExcluded);
            if (kept === undefined)
                continue;
            items.push(isJsonObject(item) && isJsonObject(kept) ? withIndexKey(item, kept, path, isExcluded) : kept);
        }
        return isSelected || items.length > 0 ? items : undefined;
    }
    if (isJsonObject(value)) {
        const kept = {};
        for (const [key, child] of Object.entries(value)) {
            const keptChild = key_filter_select(child, [...path, key], isSelected, isIncluded, isExcluded);
            if (keptChild !== undefined)
                kept[key] = keptChild;
        }
        return isSelected || Object.keys(kept).length > 0 ? kept : undefined;
    }
    return isSelected ? value : undefined;
}
/** A row of a per-step list without its epoch or step column could not be read. */
function withIndexKey(original, kept, path, isExcluded) {
    const indexKey = findIndexKey(Object.keys(original));
    if (indexKey === undefined || indexKey in kept || Object.keys(kept).length === 0)
        return kept;
    if (isExcluded([...path, indexKey]))
        return kept;
    const indexValue = original[indexKey];
    return indexValue === undefined ? kept : { [indexKey]: indexValue, ...kept };
}
function compile(patterns) {
    if (patterns === undefined || patterns.length === 0)
        return undefined;
    const globs = patterns.map((pattern) => toGlobPath(pattern.split('.')));
    const matches = picomatch_default()(globs, { dot: true });
    return (path) => matches(toGlobPath(path));
}
/** Picomatch separates on slashes, so a slash inside a key (or a pattern's key) must not read as one. */
function toGlobPath(path) {
    return path.map((key) => key.replace(/\//g, '\u2215')).join('/');
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/number-format.ts
const DEFAULT_SIGNIFICANT_DIGITS = 4;
const DEFAULT_PERCENT_SIGNIFICANT_DIGITS = 2;
/**
 * Non-integers are written out from 0.0001 (so learning rates like 1e-4 read `0.0001`) up to, not
 * including, 1,000,000, judged after rounding; outside that range they get scientific notation
 * (`1.235e-7`, `1.235e6`). Compared as powers of ten because `10 ** -4` is not exactly 0.0001.
 */
const MIN_POSITIONAL_EXPONENT = -4;
const MAX_POSITIONAL_EXPONENT = 5;
/**
 * A number for people: significant digits, never a small value rounded to 0, integers whole
 * (no grouping, so the text can be pasted back into code), `NaN`, `∞`, `−∞`, and -0 as `0`.
 * Integers beyond 2^53 are not exact any more, so they get scientific notation like other large values.
 */
function formatNumber(value, options = {}) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return '−∞';
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    const { exponent } = rounded;
    if (exponent < MIN_POSITIONAL_EXPONENT || exponent > MAX_POSITIONAL_EXPONENT) {
        return scientific(rounded);
    }
    if (exponent >= significantDigits - 1)
        return String(Math.round(value));
    return positional(rounded);
}
/**
 * Like formatNumber but never in scientific notation, for consumers that cannot parse exponents
 * (mermaid's xychart). Non-finite values are a caller bug here.
 */
function formatPlainDecimal(value, options = {}) {
    if (!Number.isFinite(value))
        throw new RangeError(`Cannot write ${value} as a plain decimal`);
    if (value === 0)
        return '0';
    if (Number.isSafeInteger(value))
        return String(value);
    const significantDigits = checkSignificantDigits(options.significantDigits);
    const rounded = roundToSignificant(value, significantDigits);
    if (rounded.exponent >= significantDigits - 1)
        return BigInt(Math.round(value)).toString();
    return positional(rounded);
}
/** formatNumber with an explicit `+` on positive values; zero and NaN stay unsigned. */
function formatSigned(value, options = {}) {
    const text = formatNumber(value, options);
    return value > 0 ? `+${text}` : text;
}
/**
 * The change relative to `base` in percent, signed: `+1.4%`. Undefined when it has no meaning
 * (base 0 or not finite, delta NaN). The base's magnitude is used so that the sign follows the delta.
 */
function formatPercentChange(delta, base, options = {}) {
    if (base === 0 || !Number.isFinite(base) || Number.isNaN(delta))
        return undefined;
    const percent = (delta / Math.abs(base)) * 100;
    const significantDigits = options.percentSignificantDigits ?? DEFAULT_PERCENT_SIGNIFICANT_DIGITS;
    return `${formatSigned(percent, { significantDigits })}%`;
}
/** `+0.0123 (+1.4%)`; the percent part is left out when there is none (see formatPercentChange). */
function formatDelta(delta, base, options = {}) {
    const absolute = formatSigned(delta, options);
    const percent = formatPercentChange(delta, base, options);
    return percent === undefined ? absolute : `${absolute} (${percent})`;
}
function checkSignificantDigits(requested) {
    const digits = requested ?? DEFAULT_SIGNIFICANT_DIGITS;
    if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
        throw new RangeError(`significant digits must be an integer from 1 to 17, got ${digits}`);
    }
    return digits;
}
function roundToSignificant(value, significantDigits) {
    // toExponential rounds the exact binary value once, so every notation below shows the same digits.
    const [mantissa = '0', exponent = '0'] = Math.abs(value)
        .toExponential(significantDigits - 1)
        .split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    return { negative: value < 0, digits, exponent: Number(exponent) };
}
function scientific({ negative, digits, exponent }) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${negative ? '-' : ''}${mantissa}e${exponent}`;
}
function positional({ negative, digits, exponent }) {
    const sign = negative ? '-' : '';
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/render-settings.ts

function resolveSettings(options) {
    return {
        headingLevel: checkedInteger('headingLevel', options.headingLevel ?? 2, 1, 6),
        significantDigits: checkedInteger('precision', options.precision ?? DEFAULT_SIGNIFICANT_DIGITS, 1, 17),
        maxTableRows: checkedInteger('maxTableRows', options.maxTableRows ?? 100, 2),
        maxTableColumns: checkedInteger('maxTableColumns', options.maxTableColumns ?? 20, 2),
        collapseAbove: checkedInteger('collapseAbove', options.collapseAbove ?? 10, 0),
        inlineListMax: checkedInteger('inlineListMax', options.inlineListMax ?? 8, 0),
        longSeries: options.longSeries ?? 'table'
    };
}
function checkedInteger(name, value, min, max = Infinity) {
    if (!Number.isInteger(value) || value < min || value > max) {
        const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
        throw new RangeError(`${name} must be an integer ${range}, got ${value}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/row-limit.ts
/**
 * Keep at most `max` rows: the first and the last ones, because for a training history both the
 * start and the end matter more than the middle.
 */
function limitRows(rows, max) {
    if (rows.length <= max)
        return { head: [...rows], omitted: 0, tail: [] };
    const headLength = Math.ceil(max / 2);
    const tailLength = max - headLength;
    return {
        head: rows.slice(0, headLength),
        omitted: rows.length - max,
        tail: rows.slice(rows.length - tailLength)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/code.ts

/**
 * Untrusted text as a code span: shown verbatim (HTML, mentions and markdown are inert inside code).
 * The backtick fence is longer than any backtick run inside, and line breaks become spaces because a
 * line break could let the next line start a block before the span is closed.
 * In a table, pass the result as trusted markdown so the table helper escapes its pipes.
 */
function inlineCode(text) {
    const content = (0,unicode/* toPrintable */.f8)(text).replace(/\r\n|\r|\n/g, ' ');
    if (content === '')
        return '';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    // CommonMark strips one space on each side, so padding keeps edge backticks and spaces intact.
    const padding = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Untrusted text as a fenced code block. The fence is longer than any backtick run inside, so the
 * content cannot close it; the language is reduced to characters an info string may hold.
 */
function codeBlock(text, language = '') {
    const content = toPrintable(text)
        .replace(/\r\n|\r/g, '\n')
        .replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${fence}${info}\n${content}\n${fence}`;
}
function longestRun(text, character) {
    let longest = 0;
    let current = 0;
    for (const each of text) {
        current = each === character ? current + 1 : 0;
        longest = Math.max(longest, current);
    }
    return longest;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/compact-json.ts

/**
 * A one-line preview of a value that fits no table shape, for an inline-code cell. It stops once
 * `maxLength` characters are written, so a huge subtree costs no more than its preview.
 * Numbers use the same formatting as everywhere else (NaN stays NaN instead of JSON's null).
 */
function compactJson(value, maxLength, significantDigits) {
    const parts = [];
    let length = 0;
    const write = (text) => {
        parts.push(text);
        length += text.length;
        return length < maxLength;
    };
    const visit = (node) => {
        if (typeof node === 'number')
            return write(formatNumber(node, { significantDigits }));
        if (node === null || typeof node !== 'object')
            return write(JSON.stringify(node));
        const isArray = Array.isArray(node);
        if (!write(isArray ? '[' : '{'))
            return false;
        const entries = isArray ? node.map((item) => ['', item]) : Object.entries(node);
        for (const [index, [key, child]] of entries.entries()) {
            if (index > 0 && !write(', '))
                return false;
            if (!isArray && !write(`${JSON.stringify(key)}: `))
                return false;
            if (!visit(child))
                return false;
        }
        return write(isArray ? ']' : '}');
    };
    const complete = visit(value);
    const text = parts.join('');
    return complete && text.length <= maxLength ? text : `${text.slice(0, maxLength)}…`;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/value-cells.ts






const EMPTY = '_(empty)_';
/** Characters of a preview of a value that fits no table shape. */
const PREVIEW_LENGTH = 60;
/** True for values shown in a single cell: scalars, empty containers and short lists of scalars. */
function isInlineValue(value, settings) {
    if (value === null || typeof value !== 'object')
        return true;
    if (isEmptyContainer(value))
        return true;
    return isScalarList(value) && value.length <= settings.inlineListMax;
}
/** A value as a table cell; strings stay plain so the table escapes them. */
function cellFor(value, settings) {
    if (typeof value === 'string')
        return value;
    return trustedMarkdown(inlineMarkdown(value, settings));
}
/**
 * Markdown for a value inside a line (cell or paragraph). Values that fit no table shape become an
 * inline-code preview rather than a dump of the whole structure.
 */
function inlineMarkdown(value, settings) {
    if (value === null || typeof value !== 'object')
        return scalarMarkdown(value, settings);
    if (isEmptyContainer(value))
        return EMPTY;
    if (isScalarList(value) && value.length <= settings.inlineListMax) {
        return value.map((item) => scalarMarkdown(item, settings)).join(', ');
    }
    return inlineCode(compactJson(value, PREVIEW_LENGTH, settings.significantDigits));
}
function scalarMarkdown(value, settings) {
    if (typeof value === 'number') {
        return formatNumber(value, { significantDigits: settings.significantDigits });
    }
    if (typeof value === 'string')
        return escapeCell(value);
    return String(value);
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/table.ts




/** Shown where a row has no value for a column. */
const MISSING_CELL = '–';
const ALIGN_CODES = {
    left: 'l',
    right: 'r',
    center: 'c',
    none: ''
};
/** A GFM table. Every plain-string cell and header is escaped; short rows are filled with empty cells. */
function table(headers, rows, align = [], options = {}) {
    if (headers.length === 0)
        throw new RangeError('A table needs at least one column');
    const matrix = [headers.map(renderCell)];
    for (const [index, row] of rows.entries()) {
        if (row.length > headers.length) {
            throw new RangeError(`Table row ${index} has ${row.length} cells for ${headers.length} columns`);
        }
        const cells = row.map(renderCell);
        while (cells.length < headers.length)
            cells.push('');
        matrix.push(cells);
    }
    return markdownTable(matrix, {
        align: headers.map((_, column) => ALIGN_CODES[align[column] ?? 'none']),
        alignDelimiters: options.alignDelimiters ?? true,
        stringLength: unicode/* countCodePoints */.sA
    });
}
function renderCell(cell) {
    if (cell === null || cell === undefined)
        return MISSING_CELL;
    if (isTrustedMarkdown(cell))
        return protectTableStructure(cell.trustedMarkdown);
    return escapeCell(cell);
}
/**
 * GFM splits cells on every unescaped pipe, even inside code spans, and un-escapes `\|` before
 * inline parsing; so escaping all pipes keeps trusted markdown in its cell and renders it unchanged.
 */
function protectTableStructure(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}

;// CONCATENATED MODULE: ./packages/core/src/markdown/value-tables.ts







/** Scalars of an object: one row per key. */
function keyValueTable(label, entries, settings) {
    return renderRows(label, ['Key', 'Value'], entries, settings, ([key, value]) => [
        key,
        cellFor(value, settings)
    ]);
}
/** A list of objects such as per-epoch metrics: one row per object, columns in first-seen order. */
function recordsTable(label, records, settings) {
    const columns = withIndexFirst(unionOfKeys(records));
    const shown = columns.slice(0, settings.maxTableColumns);
    return renderRows(label, shown, records, settings, (record) => shown.map((column) => cellOrMissing(record, column, settings)), columns.length - shown.length);
}
/** An object of objects with shared fields (per-class, per-slice): rows in file order, fields as columns. */
function matrixTable(label, rows, settings) {
    const columns = unionOfKeys(rows.map(([, record]) => record));
    const shown = columns.slice(0, settings.maxTableColumns - 1);
    return renderRows(label, ['', ...shown], rows, settings, ([key, record]) => [key, ...shown.map((column) => cellOrMissing(record, column, settings))], columns.length - shown.length);
}
/** Equally long numeric lists (a Keras-style history): one row per position. */
function seriesTable(label, series, settings) {
    const shown = series.slice(0, settings.maxTableColumns - 1);
    const length = Math.max(...shown.map(([, values]) => values.length));
    const positions = Array.from({ length }, (_, position) => position);
    return renderRows(label, ['#', ...shown.map(([name]) => name)], positions, settings, (position) => [
        trustedMarkdown(String(position)),
        ...shown.map(([, values]) => cellFor(values[position] ?? null, settings))
    ], series.length - shown.length);
}
/** A long list of scalars: one row per item. */
function listTable(label, header, items, settings) {
    const positions = items.map((_, position) => position);
    return renderRows(label, ['#', header], positions, settings, (position) => [
        trustedMarkdown(String(position)),
        cellFor(items[position] ?? null, settings)
    ]);
}
/** A list of lists (a confusion matrix): row and column positions as labels. */
function gridTable(label, grid, settings) {
    const width = Math.max(0, ...grid.map((row) => row.length));
    const shown = Math.min(width, settings.maxTableColumns - 1);
    const headers = ['', ...Array.from({ length: shown }, (_, column) => String(column))];
    const positions = grid.map((_, position) => position);
    return renderRows(label, headers, positions, settings, (position) => [
        trustedMarkdown(String(position)),
        ...(grid[position] ?? []).slice(0, shown).map((value) => cellFor(value, settings))
    ], width - shown);
}
/** A long numeric series in one row: length, min, max (of the finite values) and last value. */
function seriesSummaryTable(values, settings) {
    const finite = values.filter(Number.isFinite);
    const format = (value) => trustedMarkdown(formatNumber(value ?? NaN, { significantDigits: settings.significantDigits }));
    const min = finite.reduce((low, value) => Math.min(low, value), Infinity);
    const max = finite.reduce((high, value) => Math.max(high, value), -Infinity);
    return table(['length', 'min', 'max', 'last'], [
        [
            trustedMarkdown(String(values.length)),
            format(finite.length > 0 ? min : NaN),
            format(finite.length > 0 ? max : NaN),
            format(values.at(-1))
        ]
    ], ['right', 'right', 'right', 'right']);
}
function cellOrMissing(record, column, settings) {
    const value = record[column];
    return value === undefined ? undefined : cellFor(value, settings);
}
function withIndexFirst(columns) {
    const indexKey = findIndexKey(columns);
    if (indexKey === undefined)
        return [...columns];
    return [indexKey, ...columns.filter((column) => column !== indexKey)];
}
/**
 * Shared by every shape: keeps the first and last rows within maxTableRows, right-aligns columns
 * that hold only numbers, notes what was left out, and collapses tables longer than collapseAbove.
 */
function renderRows(label, headers, items, settings, toRow, omittedColumns = 0) {
    const limited = limitRows(items, settings.maxTableRows);
    const head = limited.head.map(toRow);
    const tail = limited.tail.map(toRow);
    const align = headers.map((_, column) => alignmentOf([...head, ...tail], column));
    const gap = limited.omitted > 0 ? [headers.map(() => trustedMarkdown('…'))] : [];
    const blocks = [table(headers, [...head, ...gap, ...tail], align)];
    if (limited.omitted > 0) {
        blocks.push(`_${limited.omitted} of ${items.length} rows not shown._`);
    }
    if (omittedColumns > 0)
        blocks.push(`_${omittedColumns} more columns not shown._`);
    const markdown = blocks.join('\n\n');
    if (items.length <= settings.collapseAbove)
        return markdown;
    return details(`${label} (${items.length} rows)`, markdown);
}
function alignmentOf(rows, column) {
    let sawNumber = false;
    for (const row of rows) {
        const cell = row[column];
        if (cell === undefined || cell === null)
            continue;
        if (typeof cell === 'string')
            return 'none';
        if (cell.trustedMarkdown === 'null')
            continue;
        if (!FORMATTED_NUMBER.test(cell.trustedMarkdown))
            return 'none';
        sawNumber = true;
    }
    return sawNumber ? 'right' : 'none';
}
/** What formatNumber writes; cells reach this point already formatted. */
const FORMATTED_NUMBER = /^(NaN|-?\d+(\.\d+)?(e-?\d+)?|∞|−∞)$/;

;// CONCATENATED MODULE: ./packages/core/src/markdown/render-value.ts









/** Sections this many keys deep get headings; deeper ones are collapsed in `<details>`. */
const MAX_HEADING_DEPTH = 2;
/** Deeper values are previewed in one line: rendering them would only nest more sections. */
const MAX_NESTING = 32;
/**
 * Objects of objects become one matrix only when the fields are mostly shared: at least this share of
 * the row × column cells must hold a value, otherwise each object gets its own section.
 */
const MATRIX_MIN_FILL = 2 / 3;
/**
 * Any parsed results file as markdown, in the order the file was written: an object's scalars as a
 * key/value table, lists of objects as tables (index column first), objects of objects with shared
 * fields as matrices, equally long numeric lists as one table, everything else as sections. Keys and
 * strings are escaped. JSON objects list integer-like keys first (a JavaScript rule); that order is kept.
 */
function renderValue(value, options = {}) {
    const settings = resolveSettings(options);
    const selected = filterKeys(value, options);
    const blocks = [];
    if (options.title !== undefined)
        blocks.push(heading(settings.headingLevel, options.title));
    blocks.push(selected === undefined ? '_(no key matched)_' : renderNode(selected, [], settings));
    return `${blocks.join('\n\n')}\n`;
}
function renderNode(value, path, settings) {
    if (path.length > MAX_NESTING)
        return escapeLineStart(inlineMarkdown(value, settings));
    if (Array.isArray(value))
        return renderArray(value, path, settings);
    if (isJsonObject(value))
        return renderObject(value, path, settings);
    return escapeLineStart(inlineMarkdown(value, settings));
}
function renderArray(items, path, settings) {
    const label = labelOf(path);
    if (items.length === 0)
        return EMPTY;
    if (isScalarList(items)) {
        if (items.length <= settings.inlineListMax) {
            return escapeLineStart(inlineMarkdown(items, settings));
        }
        if (settings.longSeries === 'summary' && isNumberList(items)) {
            return seriesSummaryTable(items, settings);
        }
        return listTable(label, path.at(-1) ?? 'value', items, settings);
    }
    if (items.every(isJsonObject))
        return recordsTable(label, items, settings);
    if (items.every(isScalarList))
        return gridTable(label, items, settings);
    return bulletList(items, settings);
}
/** Leftovers: a list mixing scalars, lists and objects. */
function bulletList(items, settings) {
    const limited = limitRows(items, settings.maxTableRows);
    const bullet = (item) => `- ${escapeLineStart(inlineMarkdown(item, settings))}`;
    const lines = limited.head.map(bullet);
    if (limited.omitted > 0)
        lines.push(`- _… ${limited.omitted} more items_`);
    lines.push(...limited.tail.map(bullet));
    return lines.join('\n');
}
function renderObject(object, path, settings) {
    const entries = Object.entries(object);
    if (entries.length === 0)
        return EMPTY;
    const label = labelOf(path);
    const seriesGroups = groupEqualLengthSeries(entries);
    const seriesKeys = new Set(seriesGroups.flatMap((group) => group.map(([key]) => key)));
    const inline = entries.filter(([key, value]) => !seriesKeys.has(key) && isInlineValue(value, settings));
    const inlineKeys = new Set(inline.map(([key]) => key));
    const matrixRows = matrixRowsOf(entries.filter(([key]) => !seriesKeys.has(key) && !inlineKeys.has(key)), settings);
    const matrixKeys = new Set(matrixRows.map(([key]) => key));
    const blocks = [];
    if (inline.length > 0)
        blocks.push(keyValueTable(label, inline, settings));
    let sections = 0;
    let omittedSections = 0;
    for (const [key, value] of entries) {
        if (inlineKeys.has(key))
            continue;
        if (matrixKeys.has(key)) {
            if (key === matrixRows[0]?.[0])
                blocks.push(matrixTable(label, matrixRows, settings));
            continue;
        }
        const group = seriesGroups.find((candidate) => candidate[0]?.[0] === key);
        if (group !== undefined)
            blocks.push(seriesTable(label, group, settings));
        if (seriesKeys.has(key))
            continue;
        if (sections === settings.maxTableRows) {
            omittedSections++;
            continue;
        }
        blocks.push(renderSection([...path, key], value, settings));
        sections++;
    }
    if (omittedSections > 0)
        blocks.push(`_${omittedSections} more keys not shown._`);
    return blocks.join('\n\n');
}
function renderSection(path, value, settings) {
    const body = renderNode(value, path, settings);
    const level = settings.headingLevel + path.length;
    if (path.length <= MAX_HEADING_DEPTH && level <= 6) {
        return `${heading(level, labelOf(path))}\n\n${body}`;
    }
    return details(labelOf(path), body);
}
/** Numeric lists of the same length (at least two of them, two long): columns of one table. */
function groupEqualLengthSeries(entries) {
    const byLength = new Map();
    for (const [key, value] of entries) {
        if (!isNumberList(value) || value.length < 2)
            continue;
        const group = byLength.get(value.length) ?? [];
        group.push([key, value]);
        byLength.set(value.length, group);
    }
    return [...byLength.values()].filter((group) => group.length >= 2);
}
/** Members that are flat objects, when there are several and they mostly share fields. */
function matrixRowsOf(entries, settings) {
    const rows = [];
    for (const [key, value] of entries) {
        if (!isJsonObject(value))
            continue;
        const fields = Object.values(value);
        if (fields.length > 0 && fields.every((field) => isInlineValue(field, settings))) {
            rows.push([key, value]);
        }
    }
    if (rows.length < 2)
        return [];
    const columns = new Set(rows.flatMap(([, record]) => Object.keys(record)));
    const filled = rows.reduce((sum, [, record]) => sum + Object.keys(record).length, 0);
    return filled / (rows.length * columns.size) >= MATRIX_MIN_FILL ? rows : [];
}
function labelOf(path) {
    return path.length === 0 ? 'values' : path.join('.');
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/results-markdown.ts


/** The document's title is an h2; with several files each gets an h3 under it. */
const TITLE_LEVEL = 2;
/**
 * The markdown of one or more results files. A single file renders right under the title; several
 * files each get a heading with their path. Keys, strings, the title and the paths are escaped by
 * the renderer. Key filters that leave nothing of any file are a mistake worth failing on: the
 * comment would otherwise be empty without saying why.
 */
function renderResultsMarkdown(results, options) {
    requireSomeKeySelected(results, options);
    const render = {
        precision: options.precision,
        include: options.include,
        exclude: options.exclude,
        maxTableRows: options.maxTableRows
    };
    const blocks = [];
    if (options.title)
        blocks.push(heading(TITLE_LEVEL, options.title));
    const [only] = results;
    if (results.length === 1 && only !== undefined) {
        blocks.push(renderValue(only.data, { ...render, headingLevel: TITLE_LEVEL }));
    }
    else {
        for (const { name, data } of results) {
            blocks.push(renderValue(data, { ...render, title: name, headingLevel: TITLE_LEVEL + 1 }));
        }
    }
    return `${blocks.map((block) => block.replace(/\n+$/, '')).join('\n\n')}\n`;
}
function requireSomeKeySelected(results, options) {
    if (options.include.length === 0 && options.exclude.length === 0)
        return;
    const filter = { include: options.include, exclude: options.exclude };
    if (results.some(({ data }) => filterKeys(data, filter) !== undefined))
        return;
    const input = options.include.length > 0 ? 'include' : 'exclude';
    const given = [...options.include, ...options.exclude.map((pattern) => `!${pattern}`)];
    throw new errors/* ConfigurationError */.j(`${input}: no key of ${results.map((r) => r.name).join(', ')} is left by ${given.join(', ')}` +
        `; the top-level keys are ${topLevelKeys(results).join(', ') || '(none)'}`, input);
}
function topLevelKeys(results) {
    const keys = new Set();
    for (const { data } of results) {
        if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
            for (const key of Object.keys(data))
                keys.add(key);
        }
    }
    return [...keys].slice(0, 20);
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/render-results.ts





/** Step outputs are capped by the runner; the full text is always in `markdown-file`. */
const MARKDOWN_OUTPUT_NOTICE = '_The markdown output was cut to stay under the 1 MB output limit; the full markdown is in the `markdown-file` output._';
const TRUNCATED_COMMENT_NOTE = 'The comment was cut on whole rows to GitHub’s 65,536-character limit; the full markdown is in the job summary and the markdown-file output.';
function createRenderResults(dependencies = {}) {
    return async (inputs, context) => {
        const results = await collectResults(inputs.files, context.cwd);
        // Quoted: a file name may hold a line break, which must not start a workflow command.
        const names = results.map((r) => JSON.stringify(r.name)).join(', ');
        context.log.info(`Rendering ${results.length} file(s): ${names}`);
        const markdown = renderResultsMarkdown(results, {
            title: inputs.title,
            precision: inputs.precision ?? 4,
            include: inputs.include,
            exclude: inputs.exclude,
            maxTableRows: inputs.maxTableRows ?? 50
        });
        const markdownFile = await writeMarkdown(inputs, context, markdown);
        const commented = context.cli
            ? { outputs: {} }
            : await commentIfAsked(dependencies.comment, inputs, context, markdown);
        const report = context.cli || inputs.summary ? markdown : undefined;
        return {
            outputs: {
                markdown: (0,fit_markdown/* fitMarkdown */.DJ)(markdown, {
                    maxBytes: fit_markdown/* JOB_SUMMARY_LIMIT */.zS,
                    notice: MARKDOWN_OUTPUT_NOTICE
                }).text,
                'markdown-file': markdownFile,
                ...commented.outputs
            },
            ...(report !== undefined ? { report } : {}),
            ...(commented.failure !== undefined ? { failure: commented.failure } : {})
        };
    };
}
/** The CLI's body: renders and prints, never comments. */
const renderResults = createRenderResults();
async function writeMarkdown(inputs, context, markdown) {
    // The CLI prints the markdown; it writes a file only when asked to.
    if (context.cli && !inputs.outputFile)
        return undefined;
    const path = inputs.outputFile || defaultMarkdownPath(context.env);
    try {
        return await writeMarkdownFile(path, markdown, context.cwd);
    }
    catch (error) {
        if (!inputs.outputFile)
            throw error;
        throw new errors/* ConfigurationError */.j(`output-file: cannot write "${path}": ${(0,errors/* toError */.i)(error).message}`, 'output-file');
    }
}
/**
 * GitHub's refusals come back as `skipped` with a warning already logged. When the caller asked to
 * fail on them they throw instead; that becomes the step's failure here, so the outputs and the job
 * summary are still written.
 */
async function commentIfAsked(comment, inputs, context, markdown) {
    if (comment === undefined || inputs.comment === 'off') {
        return { outputs: { 'comment-status': 'skipped' } };
    }
    try {
        const result = await comment(commentOptions(inputs, context, markdown));
        if (result.truncated)
            context.log.info(TRUNCATED_COMMENT_NOTE);
        return {
            outputs: {
                'comment-status': result.action,
                'comment-id': result.commentId,
                'comment-url': result.url
            }
        };
    }
    catch (thrown) {
        const error = (0,errors/* toError */.i)(thrown);
        if (!(error instanceof errors/* ConfigurationError */.j) && error.name !== 'CommentError') {
            context.log.debug(error.stack ?? error.message);
        }
        return {
            outputs: { 'comment-status': 'skipped' },
            failure: `The pull-request comment could not be written: ${error.message}`
        };
    }
}
function commentOptions(inputs, context, markdown) {
    return {
        action: 'json-to-md',
        markdown,
        mode: inputs.comment,
        env: context.env,
        logger: context.log,
        ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        ...(inputs.prNumber !== undefined ? { pullRequestNumber: inputs.prNumber } : {}),
        ...(inputs.failOnCommentError ? { failOnCommentError: true } : {})
    };
}

;// CONCATENATED MODULE: ./actions/json-to-md/src/main.ts




const run = () => runAction(jsonToMd, createRenderResults({ comment: commentOnPullRequest }));


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ toError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix: a bad input value, a missing or malformed file.
 * The message must name the input or the file so the fix is obvious from the log line alone.
 */
class ConfigurationError extends Error {
    input;
    name = 'ConfigurationError';
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** Narrow an unknown thrown value to an Error without losing non-Error throws. */
function toError(value) {
    if (value instanceof Error)
        return value;
    return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}


/***/ }),

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Os: () => (/* binding */ COMMENT_LIMIT_CODE_POINTS),
  zS: () => (/* binding */ JOB_SUMMARY_LIMIT),
  DJ: () => (/* binding */ fitMarkdown)
});

;// CONCATENATED MODULE: ./packages/core/src/markdown/open-blocks.ts
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const DETAILS_OPENING = /<details(?:\s[^>]*)?>/gi;
const DETAILS_CLOSING = /<\/details\s*>/gi;
/**
 * Follows, line by line, the constructs that would swallow whatever comes after a cut: a code fence,
 * an HTML comment and `<details>` elements. Only markup this project writes is expected here
 * (untrusted text is escaped before), so the rules are CommonMark's for top-level fences and a plain
 * count of tags.
 */
class OpenBlocks {
    fence;
    inComment = false;
    detailsDepth = 0;
    advance(line) {
        if (this.fence !== undefined) {
            const closing = FENCE_CLOSING.exec(line)?.[1];
            if (closing !== undefined &&
                closing[0] === this.fence[0] &&
                closing.length >= this.fence.length) {
                this.fence = undefined;
            }
            return;
        }
        if (!this.inComment) {
            const opening = FENCE_OPENING.exec(line);
            const marker = opening?.[1];
            if (marker !== undefined && !(marker.startsWith('`') && opening?.[2]?.includes('`'))) {
                this.fence = marker;
                return;
            }
        }
        this.followHtml(line);
    }
    /** Markdown that closes what is open, innermost first, to append after the last kept line. */
    closers() {
        let text = '';
        if (this.fence !== undefined)
            text += `\n${this.fence}`;
        else if (this.inComment)
            text += '\n-->';
        text += '\n\n</details>'.repeat(this.detailsDepth);
        return text;
    }
    followHtml(line) {
        let rest = line;
        while (rest !== '') {
            if (this.inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    return;
                this.inComment = false;
                rest = rest.slice(end + 3);
                continue;
            }
            const start = rest.indexOf('<!--');
            this.countDetails(start < 0 ? rest : rest.slice(0, start));
            if (start < 0)
                return;
            this.inComment = true;
            rest = rest.slice(start + 4);
        }
    }
    countDetails(html) {
        const opened = html.match(DETAILS_OPENING)?.length ?? 0;
        const closed = html.match(DETAILS_CLOSING)?.length ?? 0;
        this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed);
    }
}

// EXTERNAL MODULE: ./packages/core/src/markdown/unicode.ts
var unicode = __nccwpck_require__(3932);
;// CONCATENATED MODULE: ./packages/core/src/markdown/fit-markdown.ts


/** GitHub rejects issue and pull-request comments longer than 65,536 characters (code points). */
const COMMENT_LIMIT_CODE_POINTS = 65_536;
/** The job summary limit is 1 MiB per step; 1,000,000 bytes leaves room for what others append. */
const JOB_SUMMARY_LIMIT = 1_000_000;
const ELLIPSIS = '…';
const BLOCK_SEPARATOR = '\n\n';
/** A line is only kept in part when at least this much of it fits; less is not worth reading. */
const MIN_PARTIAL_CODE_POINTS = 20;
/**
 * Fit markdown under GitHub's limits, counting code points and UTF-8 bytes (never UTF-16 units).
 * The cut falls between lines, so table rows stay whole; a long plain line that would be lost
 * entirely is kept in part, cut between code points. Code fences, HTML comments and `<details>`
 * left open are closed, then the notice and `keepTail` follow, and the whole result fits the limits.
 */
function fitMarkdown(markdown, options) {
    const limit = resolveLimit(options);
    const body = (0,unicode/* toWellFormed */.lH)(markdown).replace(/\n+$/, '');
    const tail = options.keepTail === undefined ? '' : (0,unicode/* toWellFormed */.lH)(options.keepTail);
    const whole = joinBlocks(body, tail);
    if (fits(measure(whole), limit))
        return { text: whole, truncated: false, droppedLines: 0 };
    const ending = joinBlocks(options.notice, tail);
    const endingSize = measure(BLOCK_SEPARATOR + ending);
    if (!fits(measure(ending), limit)) {
        throw new RangeError('The truncation notice and the kept tail alone exceed the limit');
    }
    const lines = body.split('\n');
    const blocks = new OpenBlocks();
    let kept = { codePoints: 0, bytes: 0 };
    let keptLines = 0;
    let closers = '';
    for (const line of lines) {
        blocks.advance(line);
        const lineClosers = blocks.closers();
        const withLine = add(kept, measure(line), keptLines === 0 ? 0 : 1);
        if (!fits(add(add(withLine, measure(lineClosers)), endingSize), limit))
            break;
        kept = withLine;
        closers = lineClosers;
        keptLines++;
    }
    let head = lines.slice(0, keptLines).join('\n');
    const firstDropped = lines[keptLines];
    if (firstDropped !== undefined && canKeepInPart(firstDropped)) {
        const separator = keptLines === 0 ? 0 : 1;
        const room = subtract(limit, add(add(kept, measure(closers), separator), endingSize));
        const part = partOfLine(firstDropped, subtract(room, measure(ELLIPSIS)));
        if (part !== '')
            head += `${keptLines === 0 ? '' : '\n'}${part}${ELLIPSIS}`;
    }
    return {
        text: joinBlocks(head + closers, ending),
        truncated: true,
        droppedLines: lines.length - keptLines
    };
}
function resolveLimit(options) {
    const { maxCodePoints, maxBytes } = options;
    const neither = maxCodePoints === undefined && maxBytes === undefined;
    const limit = {
        codePoints: neither ? COMMENT_LIMIT_CODE_POINTS : (maxCodePoints ?? Infinity),
        bytes: maxBytes ?? Infinity
    };
    for (const [name, value] of Object.entries(limit)) {
        if (!(value > 0))
            throw new RangeError(`The ${name} limit must be positive, got ${value}`);
    }
    return limit;
}
/**
 * Table rows, HTML lines and fence lines are all-or-nothing: half a row breaks the table, half a tag
 * can swallow the notice.
 */
function canKeepInPart(line) {
    return !/^\s*(\||<|`{3,}|~{3,})/.test(line) && !line.includes('<!--');
}
function partOfLine(line, room) {
    const maxCodePoints = Math.min(room.codePoints, room.bytes);
    if (maxCodePoints < MIN_PARTIAL_CODE_POINTS)
        return '';
    let part = (0,unicode/* headByCodePoints */.Wu)(line, maxCodePoints);
    let excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    while (excess > 0) {
        // A code point is 1 to 4 bytes: drop the fewest that could remove the excess, then check again.
        part = (0,unicode/* headByCodePoints */.Wu)(part, (0,unicode/* countCodePoints */.sA)(part) - Math.max(1, Math.ceil(excess / 4)));
        excess = (0,unicode/* utf8Length */.wI)(part) - room.bytes;
    }
    return withoutUnfinishedMarkup(part);
}
/** A cut inside `&amp;` or `<br>` would show half an entity or leave half a tag open. */
function withoutUnfinishedMarkup(part) {
    const trimmed = part.replace(/&[#A-Za-z0-9]{0,10}$/, '').replace(/<\/?[A-Za-z]{0,10}$/, '');
    // An odd number of trailing backslashes would escape whatever follows.
    return trimmed.replace(/(?<!\\)\\(\\\\)*$/, '$1');
}
function joinBlocks(...blocks) {
    return blocks.filter((block) => block !== '').join(BLOCK_SEPARATOR);
}
function measure(text) {
    return { codePoints: (0,unicode/* countCodePoints */.sA)(text), bytes: (0,unicode/* utf8Length */.wI)(text) };
}
function add(size, other, separators = 0) {
    return {
        codePoints: size.codePoints + other.codePoints + separators,
        bytes: size.bytes + other.bytes + separators
    };
}
function subtract(size, other) {
    return { codePoints: size.codePoints - other.codePoints, bytes: size.bytes - other.bytes };
}
function fits(size, limit) {
    return size.codePoints <= limit.codePoints && size.bytes <= limit.bytes;
}


/***/ }),

/***/ 3932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wu: () => (/* binding */ headByCodePoints),
/* harmony export */   f8: () => (/* binding */ toPrintable),
/* harmony export */   lH: () => (/* binding */ toWellFormed),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Replace lone surrogates with U+FFFD, as `String.prototype.toWellFormed` does (not in the ES2023 lib). */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Untrusted text made printable: lone surrogates and control characters (but tab and line breaks) become U+FFFD. */
function toPrintable(text) {
    return toWellFormed(text).replace(CONTROL_CHARACTERS, '\uFFFD');
}
/** GitHub counts comment length in code points, not in UTF-16 units as `String.length` does. */
function countCodePoints(text) {
    let count = 0;
    for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const isTrailingHalfOfPair = unit >= 0xdc00 &&
            unit <= 0xdfff &&
            index > 0 &&
            isLeadingSurrogate(text.charCodeAt(index - 1));
        if (!isTrailingHalfOfPair)
            count++;
    }
    return count;
}
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The longest prefix of `text` with at most `maxCodePoints` code points, never ending between a surrogate pair. */
function headByCodePoints(text, maxCodePoints) {
    let end = 0;
    let count = 0;
    while (end < text.length && count < maxCodePoints) {
        end += startsSurrogatePair(text, end) ? 2 : 1;
        count++;
    }
    return text.slice(0, end);
}
function startsSurrogatePair(text, index) {
    const next = text.charCodeAt(index + 1);
    return isLeadingSurrogate(text.charCodeAt(index)) && next >= 0xdc00 && next <= 0xdfff;
}
function isLeadingSurrogate(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}


/***/ }),

/***/ 4013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ rememberKeyOrder),
/* harmony export */   RY: () => (/* binding */ setEntry)
/* harmony export */ });
/* unused harmony exports orderedKeys, isJsonObject */
// JS objects list integer-like keys first, in ascending order, whatever the insertion order was.
// Parsers remember the file's order here when it differs, without adding anything visible to the
// objects themselves.
const fileKeyOrder = new WeakMap();
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;
/** Records the key order of `target` as it appeared in the file, if a JS object would lose it. */
function rememberKeyOrder(target, keysInFileOrder) {
    if (keysInFileOrder.some((key) => INTEGER_LIKE.test(key))) {
        fileKeyOrder.set(target, keysInFileOrder);
    }
}
/** The keys of an object in the order they had in the file it was parsed from. */
function orderedKeys(value) {
    return fileKeyOrder.get(value) ?? Object.keys(value);
}
/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as a prototype change rather than data.
 */
function setEntry(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    else {
        target[key] = value;
    }
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/async module */
/******/ 	(() => {
/******/ 		var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 		var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 		var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 		var resolveQueue = (queue) => {
/******/ 			if(queue && queue.d < 1) {
/******/ 				queue.d = 1;
/******/ 				queue.forEach((fn) => (fn.r--));
/******/ 				queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 			}
/******/ 		}
/******/ 		var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 			if(dep !== null && typeof dep === "object") {
/******/ 				if(dep[webpackQueues]) return dep;
/******/ 				if(dep.then) {
/******/ 					var queue = [];
/******/ 					queue.d = 0;
/******/ 					dep.then((r) => {
/******/ 						obj[webpackExports] = r;
/******/ 						resolveQueue(queue);
/******/ 					}, (e) => {
/******/ 						obj[webpackError] = e;
/******/ 						resolveQueue(queue);
/******/ 					});
/******/ 					var obj = {};
/******/ 					obj[webpackQueues] = (fn) => (fn(queue));
/******/ 					return obj;
/******/ 				}
/******/ 			}
/******/ 			var ret = {};
/******/ 			ret[webpackQueues] = x => {};
/******/ 			ret[webpackExports] = dep;
/******/ 			return ret;
/******/ 		}));
/******/ 		__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 			var queue;
/******/ 			hasAwait && ((queue = []).d = -1);
/******/ 			var depQueues = new Set();
/******/ 			var exports = module.exports;
/******/ 			var currentDeps;
/******/ 			var outerResolve;
/******/ 			var reject;
/******/ 			var promise = new Promise((resolve, rej) => {
/******/ 				reject = rej;
/******/ 				outerResolve = resolve;
/******/ 			});
/******/ 			promise[webpackExports] = exports;
/******/ 			promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 			module.exports = promise;
/******/ 			body((deps) => {
/******/ 				currentDeps = wrapDeps(deps);
/******/ 				var fn;
/******/ 				var getResult = () => (currentDeps.map((d) => {
/******/ 					if(d[webpackError]) throw d[webpackError];
/******/ 					return d[webpackExports];
/******/ 				}))
/******/ 				var promise = new Promise((resolve) => {
/******/ 					fn = () => (resolve(getResult));
/******/ 					fn.r = 0;
/******/ 					var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 					currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 				});
/******/ 				return fn.r ? promise : getResult();
/******/ 			}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 			queue && queue.d < 0 && (queue.d = 0);
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(6380);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;