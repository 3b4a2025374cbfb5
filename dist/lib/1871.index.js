"use strict";
exports.id = 1871;
exports.ids = [1871];
exports.modules = {

/***/ 11871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCommandHelp: () => (/* binding */ renderCommandHelp)
/* harmony export */ });
const WIDTH = 100;
const NAME_COLUMN = 30;
/**
 * Every option with its default and description: the action's inputs from the definition its
 * action.yml and README are generated from, so they cannot disagree on a name, default or meaning.
 */
function renderCommandHelp(name, summary, help) {
    const inputs = Object.entries(help.definition.inputs);
    const positional = help.positional ? ` [${help.positional}…]` : '';
    const lines = [
        `ml-actions ${name}: ${summary}`,
        '',
        `Usage: ml-actions ${name}${positional} [options]`,
        '',
        `Options (the ${help.definition.name} action's inputs, same names and defaults):`
    ];
    for (const [input, parser] of inputs) {
        const flag = `  ${optionSyntax(input, parser)}`;
        const notes = [
            parser.description.trim(),
            input === help.positional ? 'Also given as bare arguments.' : '',
            parser.required ? 'Required.' : parser.default !== '' ? `Default: ${parser.default}` : ''
        ]
            .filter(Boolean)
            .join(' ');
        const wrapped = wrap(notes, WIDTH - NAME_COLUMN);
        if (flag.length < NAME_COLUMN - 1 && wrapped.length > 0) {
            lines.push(`${flag.padEnd(NAME_COLUMN)}${wrapped[0]}`);
            for (const rest of wrapped.slice(1))
                lines.push(`${' '.repeat(NAME_COLUMN)}${rest}`);
        }
        else {
            lines.push(flag, ...wrapped.map((line) => `${' '.repeat(NAME_COLUMN)}${line}`));
        }
    }
    lines.push('', 'Examples:', ...help.examples.map((example) => `  ${example}`));
    return `${lines.join('\n')}\n`;
}
function optionSyntax(input, parser) {
    switch (parser.kind) {
        case 'boolean':
            return `--[no-]${input}`;
        case 'choice':
            return `--${input} <${(parser.choices ?? []).join('|')}>`;
        case 'list':
            return `--${input} <value> (repeatable)`;
        case 'number':
            return `--${input} <number>`;
        default:
            return `--${input} <text>`;
    }
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines;
}


/***/ })

};
;