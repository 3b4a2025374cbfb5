import type { Handler } from './handler.js'
import { userResource } from './resources.js'

export const userHandlers: Record<string, Handler> = {
  // GET /user: a personal access token learns its login; GitHub refuses an app's installation token
  // (and the runner's GITHUB_TOKEN), as it does here for every Bot account.
  'users/get-authenticated': (context) => {
    if (context.caller.type === 'Bot') {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403'
        }
      }
    }
    return {
      status: 200,
      body: {
        ...userResource(context.hosts, context.caller),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2024-01-02T03:04:05Z',
        updated_at: '2024-01-02T03:04:05Z'
      }
    }
  }
}
