import Taro from '@tarojs/taro';

/**
 * The little of `fetch` that urql needs, over `Taro.request`: WeChat has no fetch, Headers or
 * Response. The body comes back as text (`dataType: 'text'`) so urql parses it itself.
 */
export const taroFetch = (async (input: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
  const response = await Taro.request<string>({
    url: String(input),
    method: (init?.method ?? 'GET') as 'GET' | 'POST',
    header: init?.headers ?? {},
    data: init?.body,
    dataType: 'text',
    responseType: 'text',
  });
  const headers = Object.fromEntries(Object.entries(response.header ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  return {
    ok: response.statusCode >= 200 && response.statusCode < 300,
    status: response.statusCode,
    statusText: String(response.statusCode),
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null, has: (name: string) => name.toLowerCase() in headers },
    text: async () => text,
    json: async (): Promise<unknown> => JSON.parse(text),
  };
}) as unknown as typeof fetch;
