import http from 'node:http';
import { e2ePort } from '../../support/origin';

/**
 * Sends a request-target exactly as given. fetch() and Playwright's request
 * context parse URLs first (`/%2e%2e/x` becomes `/x`), which would hide the
 * very paths the fuzz and bad-URL tests are about.
 */
export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface RawRequest {
  readonly method: string;
  readonly target: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Only for noticing a request that never ends; nothing here measures speed. */
const hangAfterMs = 60_000;

export function rawRequest({ method, target, headers = {} }: RawRequest, agent?: http.Agent): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: e2ePort, method, path: target, headers: { host: `localhost:${e2ePort}`, ...headers }, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.setTimeout(hangAfterMs, () => request.destroy(new Error(`no answer within ${hangAfterMs / 1000} s: the server hung`)));
    request.on('error', reject);
    request.end();
  });
}
