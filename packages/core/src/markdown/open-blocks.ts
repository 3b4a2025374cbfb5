const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/
const DETAILS_OPENING = /<details(?:\s[^>]*)?>/gi
const DETAILS_CLOSING = /<\/details\s*>/gi

/**
 * Follows, line by line, the constructs that would swallow whatever comes after a cut: a code fence,
 * an HTML comment and `<details>` elements. Only markup this project writes is expected here
 * (untrusted text is escaped before), so the rules are CommonMark's for top-level fences and a plain
 * count of tags.
 */
export class OpenBlocks {
  private fence: string | undefined
  private inComment = false
  private detailsDepth = 0

  advance(line: string): void {
    if (this.fence !== undefined) {
      const closing = FENCE_CLOSING.exec(line)?.[1]
      if (
        closing !== undefined &&
        closing[0] === this.fence[0] &&
        closing.length >= this.fence.length
      ) {
        this.fence = undefined
      }
      return
    }
    if (!this.inComment) {
      const opening = FENCE_OPENING.exec(line)
      const marker = opening?.[1]
      if (marker !== undefined && !(marker.startsWith('`') && opening?.[2]?.includes('`'))) {
        this.fence = marker
        return
      }
    }
    this.followHtml(line)
  }

  /** Markdown that closes what is open, innermost first, to append after the last kept line. */
  closers(): string {
    let text = ''
    if (this.fence !== undefined) text += `\n${this.fence}`
    else if (this.inComment) text += '\n-->'
    text += '\n\n</details>'.repeat(this.detailsDepth)
    return text
  }

  private followHtml(line: string): void {
    let rest = line
    while (rest !== '') {
      if (this.inComment) {
        const end = rest.indexOf('-->')
        if (end < 0) return
        this.inComment = false
        rest = rest.slice(end + 3)
        continue
      }
      const start = rest.indexOf('<!--')
      this.countDetails(start < 0 ? rest : rest.slice(0, start))
      if (start < 0) return
      this.inComment = true
      rest = rest.slice(start + 4)
    }
  }

  private countDetails(html: string): void {
    const opened = html.match(DETAILS_OPENING)?.length ?? 0
    const closed = html.match(DETAILS_CLOSING)?.length ?? 0
    this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed)
  }
}
