/** A link or image target written in markdown, with the line it is on. */
export interface MarkdownLink {
  target: string
  line: number
}

const FENCE = /^\s*(```|~~~)/
const INLINE_CODE = /`[^`\n]*`/g
const INLINE_LINK = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/
const HTML_LINK = /<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g

/** Links outside code: inline links and images, reference definitions, HTML `href`/`src`. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = []
  let inFence = false
  markdown.split('\n').forEach((text, index) => {
    if (FENCE.test(text)) {
      inFence = !inFence
      return
    }
    if (inFence) return
    const line = text.replace(INLINE_CODE, '')
    const definition = REFERENCE_DEFINITION.exec(line)
    if (definition) links.push({ target: definition[1]!, line: index + 1 })
    for (const pattern of [INLINE_LINK, HTML_LINK])
      for (const match of line.matchAll(pattern)) links.push({ target: match[1]!, line: index + 1 })
  })
  return links
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence
    const heading = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const slug = heading[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

export const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target)
