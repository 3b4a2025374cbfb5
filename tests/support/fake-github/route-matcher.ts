import type { SpecRoute } from './openapi-spec.js'

export interface MatchedRoute {
  operationId: string
  pathTemplate: string
  pathParams: Record<string, string>
}

interface CompiledRoute extends SpecRoute {
  pattern: RegExp
  paramNames: string[]
  literalSegments: number
}

/** Maps a concrete method + path to the OpenAPI operation it calls; literal segments beat placeholders. */
export class RouteMatcher {
  private readonly byMethod = new Map<string, CompiledRoute[]>()

  constructor(routes: readonly SpecRoute[]) {
    for (const route of routes) {
      const compiled = compile(route)
      const list = this.byMethod.get(route.method) ?? []
      list.push(compiled)
      this.byMethod.set(route.method, list)
    }
    for (const list of this.byMethod.values())
      list.sort((a, b) => b.literalSegments - a.literalSegments)
  }

  match(method: string, path: string): MatchedRoute | undefined {
    for (const route of this.byMethod.get(method.toUpperCase()) ?? []) {
      const found = route.pattern.exec(path)
      if (!found) continue
      const pathParams: Record<string, string> = {}
      route.paramNames.forEach(
        (name, i) => (pathParams[name] = decodeURIComponent(found[i + 1] ?? ''))
      )
      return { operationId: route.operationId, pathTemplate: route.pathTemplate, pathParams }
    }
    return undefined
  }
}

function compile(route: SpecRoute): CompiledRoute {
  const paramNames: string[] = []
  let literalSegments = 0
  const source = route.pathTemplate
    .split('/')
    .map((segment) => {
      if (/^\{[^}]+\}$/.test(segment)) {
        paramNames.push(segment.slice(1, -1))
        return '([^/]+)'
      }
      // A placeholder inside a segment (`{name}.{ext}`) is rare and never one we serve: match, don't capture.
      if (segment.includes('{')) return '[^/]+'
      if (segment !== '') literalSegments += 1
      return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { ...route, pattern: new RegExp(`^${source}$`), paramNames, literalSegments }
}
