/**
 * A hex token that occurs in none of `texts`: the delimiter of an output's heredoc and the resume
 * token of a stop-commands block. What makes either safe is that the text it fences does not contain
 * it, so a value cannot end its own block; that is checked here, drawing again until it holds, rather
 * than left to the odds of a random draw. The token therefore need not be secret, and comes from
 * Math.random: the global Web Crypto's first call loads node:crypto, which cost every step that sets
 * an output ~3.6 ms CPU (node 20, `node --cpu-prof`, docs/contributing.md "Start-up, measured").
 */
export function tokenAbsentFrom(texts: readonly string[], hexDigits = 32): string {
  for (;;) {
    let token = ''
    while (token.length < hexDigits) token += Math.random().toString(16).slice(2, 10).padEnd(8, '0')
    token = token.slice(0, hexDigits)
    if (!texts.some((text) => text.includes(token))) return token
  }
}
