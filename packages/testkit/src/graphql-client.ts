export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: GraphQLError[];
}

/**
 * Minimal GraphQL-over-HTTP client for tests. Keeps cookies between requests like a browser would
 * (name/value only: every cookie is sent back to this one endpoint), so session logins carry over.
 */
export class GraphQLClient {
  readonly endpoint: string;
  /** Cookie name → value; edit freely (e.g. clear() to log out). */
  readonly cookies = new Map<string, string>();
  /** Extra headers sent with every request. */
  readonly headers: Record<string, string> = {};

  constructor(endpoint: string) {
    this.endpoint = endpoint;
  }

  // biome-ignore lint/suspicious/noExplicitAny: untyped results are handy in tests; pass T to type them.
  async request<T = any>(query: string, variables?: object): Promise<GraphQLResponse<T>> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(cookie ? { cookie } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.storeCookies(res.headers.getSetCookie());
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (typeof body !== 'object' || body === null || !('data' in body || 'errors' in body)) {
      throw new Error(
        `HTTP ${res.status} from ${this.endpoint} is not a GraphQL response: ${text.slice(0, 500)}`,
      );
    }
    return body as GraphQLResponse<T>;
  }

  /** Like request(), but throws (listing the errors) unless the response has data and no errors. */
  // biome-ignore lint/suspicious/noExplicitAny: as for request().
  async requestOk<T = any>(query: string, variables?: object): Promise<T> {
    const { data, errors } = await this.request<T>(query, variables);
    if (errors?.length || data === undefined || data === null) {
      const operation = query.trim().split('\n')[0];
      throw new Error(`GraphQL request "${operation}" failed:\n${JSON.stringify(errors ?? data, null, 2)}`);
    }
    return data;
  }

  private storeCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const expired = attributes.some((attr) => {
        const [key = '', value = ''] = attr.split('=');
        if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
        if (key.toLowerCase() === 'expires')
          return Date.parse(attr.slice(attr.indexOf('=') + 1)) <= Date.now();
        return false;
      });
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
  }
}
