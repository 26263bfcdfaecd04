// loraserve's OpenAI-compatible API: the served models and adapters, and
// streamed chat completions (server-sent events) that may carry a voucher and
// end with the receipt of a paid request.
import { createParser } from 'eventsource-parser';
import { config } from './config';

/** One entry of GET /v1/models. */
export interface ServedModel {
  id: string;
  owned_by: string;
  /** The base model an adapter runs on. */
  parent?: string;
  resident?: boolean;
  /** Registry id of a paid adapter (loraserve with settlement on). */
  modelId?: number;
  /** A paid adapter's operator (the settler its vouchers must name) and the model version it serves. */
  operator?: `0x${string}`;
  modelVersion?: number;
}

/** One contribution credited by a receipt. */
export interface ReceiptContribution {
  contributionId: number;
  weight: string;
}

/** An attributed stretch of the answer, in UTF-8 byte offsets, with the contributions it was found in. */
export interface AnswerSegment {
  start: number;
  end: number;
  contributions: number[];
}

/** The receipt summary a paid answer ends with. */
export interface ReceiptSummary {
  receipt: {
    id: `0x${string}`;
    voucherHash: `0x${string}`;
    modelId: number;
    tokensIn: number;
    tokensOut: number;
    fee: string;
    outputHash: `0x${string}`;
    contributions: ReceiptContribution[];
    proofRoot: `0x${string}`;
  };
  spans: number;
  segments?: AnswerSegment[];
  payer: `0x${string}`;
  nonce: string;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatResult {
  text: string;
  finishReason?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
  receipt?: ReceiptSummary;
}

export class ServiceError extends Error {
  constructor(message: string, readonly status: number, readonly code?: string) {
    super(message);
  }
}

function base(): string {
  const b = config().services.loraserve;
  if (!b) throw new Error('No inference server is configured on this Studio (start it with --loraserve.url).');
  return b.replace(/\/$/, '');
}

async function failure(res: Response): Promise<ServiceError> {
  let msg = `The inference server answered HTTP ${res.status}.`;
  let code: string | undefined;
  try {
    const j = await res.json();
    if (j?.error?.message) {
      msg = j.error.message;
      code = j.error.code;
    }
  } catch {
    /* not JSON */
  }
  if (res.status === 402) msg = `Payment refused: ${msg}`;
  return new ServiceError(msg[0].toUpperCase() + msg.slice(1).replace(/([^.])$/, '$1.'), res.status, code);
}

/** The models and adapters loraserve serves. */
export async function listServed(): Promise<ServedModel[]> {
  const res = await fetch(base() + '/v1/models');
  if (!res.ok) throw await failure(res);
  return ((await res.json()) as { data: ServedModel[] }).data;
}

/** Streams one chat completion; onText hears the answer so far. `body` is sent exactly as JSON.stringify writes it. */
export async function streamChat(body: Record<string, unknown>, onText: (text: string) => void, signal?: AbortSignal): Promise<ChatResult> {
  const res = await fetch(base() + '/v1/chat/completions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok || !res.body) throw await failure(res);
  const result: ChatResult = { text: '' };
  let streamError: string | undefined;
  const parser = createParser({
    onEvent(ev) {
      if (ev.data === '[DONE]') return;
      const chunk = JSON.parse(ev.data);
      if (chunk.error) {
        streamError = chunk.error.message ?? 'The inference server stopped with an error.';
        return;
      }
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        result.text += delta;
        onText(result.text);
      }
      if (choice?.finish_reason) result.finishReason = choice.finish_reason;
      if (chunk.usage) result.usage = chunk.usage;
      if (chunk.receipt) result.receipt = chunk.receipt;
    },
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(value);
  }
  if (streamError) throw new ServiceError(streamError, 500);
  return result;
}

/** Maps UTF-8 byte offsets of `text` to string (UTF-16) indices. */
export function byteToIndex(text: string): (byte: number) => number {
  const enc = new TextEncoder();
  const marks: number[] = [0];
  let bytes = 0;
  for (const ch of text) {
    bytes += enc.encode(ch).length;
    marks.push(bytes);
  }
  const chars = Array.from(text);
  const idx: number[] = [0];
  let acc = 0;
  for (const ch of chars) {
    acc += ch.length;
    idx.push(acc);
  }
  return (byte: number) => {
    // The first character boundary at or after `byte`.
    let lo = 0;
    let hi = marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return idx[lo];
  };
}
