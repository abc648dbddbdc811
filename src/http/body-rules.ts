import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * What a POST to the GraphQL endpoint may carry: a JSON body (`application/json`, any
 * charset) of at most `maxBodyBytes`. Forms and multipart bodies, which any web page can
 * make a browser send without asking, are refused with 415; a larger body with 413,
 * from its Content-Length before anything is read, or as soon as a streamed (chunked)
 * body passes the limit, so no body is ever held in full beyond it. GET stays Yoga's:
 * queries only, mutations answered 405.
 */
export function useBodyRules({ maxBodyBytes }: { maxBodyBytes: number }): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      const contentType = request.headers.get('content-type');
      if (!isJson(contentType))
        throw refusal(
          415,
          `The gateway accepts only JSON request bodies (content-type: application/json), got ${JSON.stringify(contentType ?? 'none')}.`,
        );
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBodyBytes) throw tooLarge(maxBodyBytes, `${declared} bytes`);
      setRequestParser(async (request) => jsonParams(await readBody(request, maxBodyBytes)));
    },
  };
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

const refusal = (status: number, message: string, headers?: Record<string, string>) =>
  createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status, headers } } });

// The rest of the body is never read: the connection closes after the answer.
const tooLarge = (max: number, actual: string) =>
  refusal(413, `A request body may have at most ${max} bytes (MAX_BODY_BYTES); this one has ${actual}.`, {
    connection: 'close',
  });

/** The body as text, read chunk by chunk and abandoned as soon as it passes `max` bytes. */
async function readBody(request: Request, max: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.releaseLock();
      throw tooLarge(max, `more than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** Yoga's reading of a JSON body, with its errors, once the body is known to be small. */
function jsonParams(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refusal(400, 'POST body sent invalid JSON.');
  }
  if (typeof body !== 'object' || body === null)
    throw refusal(
      400,
      `POST body is expected to be object but received ${body === null ? null : typeof body}`,
    );
  return body as Record<string, unknown>;
}
