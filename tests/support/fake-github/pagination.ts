import type { HandlerResult } from './handler.js'

export interface Page<T> {
  items: T[]
  /** RFC 5988 Link header value, absent when everything fits one page. */
  link?: string
}

const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100

/** Slices like GitHub does: per_page defaults to 30 and is capped at 100; links keep the other query params. */
export function paginate<T>(all: readonly T[], requestUrl: URL): Page<T> {
  const perPage = Math.min(
    MAX_PER_PAGE,
    positiveInt(requestUrl.searchParams.get('per_page')) ?? DEFAULT_PER_PAGE
  )
  const page = positiveInt(requestUrl.searchParams.get('page')) ?? 1
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage)
  if (lastPage === 1) return { items }

  const pageUrl = (n: number): string => {
    const url = new URL(requestUrl)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return url.toString()
  }
  const rels: string[] = []
  if (page > 1) rels.push(`<${pageUrl(page - 1)}>; rel="prev"`)
  if (page < lastPage) rels.push(`<${pageUrl(page + 1)}>; rel="next"`)
  rels.push(`<${pageUrl(lastPage)}>; rel="last"`)
  if (page > 1) rels.push(`<${pageUrl(1)}>; rel="first"`)
  return { items, link: rels.join(', ') }
}

function positiveInt(value: string | null): number | undefined {
  if (value === null) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/**
 * The 200 answer of a list endpoint: one page of `all`, each item as `resource` renders it, in
 * the list body GitHub gives that endpoint (`wrap`, for those that nest it in an object), with the
 * Link header when there is more than one page.
 */
export function pageResponse<T>(
  all: readonly T[],
  requestUrl: URL,
  resource: (item: T) => unknown,
  wrap: (items: unknown[]) => unknown = (items) => items
): HandlerResult {
  const page = paginate(all, requestUrl)
  return {
    status: 200,
    body: wrap(page.items.map(resource)),
    ...(page.link ? { headers: { link: page.link } } : {})
  }
}
