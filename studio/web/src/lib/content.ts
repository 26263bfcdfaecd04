// The content store: where contribution files and texts live (the chain keeps
// their keccak256 hash, size and URI). The page talks to the Studio server's
// content API, which stores on the operator's IPFS node:
//
//   POST {content}/         body: the bytes  -> {"uri": "ipfs://…", "cid", "size", "keccak256"}
//   GET  {content}/{cid}                      -> the bytes
//
// Every read is checked against the hash the chain records.
import { keccak256, type Hex } from 'viem';
import { config } from './config';

export interface Stored {
  uri: string;
  cid: string;
  size: number;
  keccak256: Hex;
}

/** The content store the page uses. */
export interface ContentStore {
  put(data: Uint8Array, name: string, onProgress?: (sent: number, total: number) => void): Promise<Stored>;
  get(uri: string): Promise<Uint8Array>;
}

export class ContentUnavailableError extends Error {}

/** Whether a URI can be fetched through the content store. */
export function fetchable(uri: string): boolean {
  return uri.startsWith('ipfs://');
}

export function contentStore(): ContentStore | undefined {
  const b = config().services.content;
  return b ? new StudioContentStore(b.replace(/\/$/, '')) : undefined;
}

class StudioContentStore implements ContentStore {
  constructor(private readonly base: string) {}

  put(data: Uint8Array, name: string, onProgress?: (sent: number, total: number) => void): Promise<Stored> {
    // XMLHttpRequest, because fetch reports no upload progress.
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.base + '/?name=' + encodeURIComponent(name));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.total || data.length);
      xhr.onerror = () => reject(new Error('The content store could not be reached.'));
      xhr.onload = () => {
        let body: { error?: string } & Partial<Stored> = {};
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          /* not JSON */
        }
        if (xhr.status !== 200 || !body.uri) {
          reject(new Error(body.error ?? `The content store answered HTTP ${xhr.status}.`));
          return;
        }
        const local = keccak256(data);
        if (body.keccak256 !== local) {
          reject(new Error(`The content store stored different bytes (hash ${body.keccak256}, expected ${local}).`));
          return;
        }
        resolve(body as Stored);
      };
      xhr.send(data as unknown as XMLHttpRequestBodyInit);
    });
  }

  async get(uri: string): Promise<Uint8Array> {
    if (!fetchable(uri)) throw new ContentUnavailableError(`${uri} is not in a shared content store (only ipfs:// contents can be fetched).`);
    const cid = uri.slice('ipfs://'.length);
    const res = await fetch(this.base + '/' + encodeURIComponent(cid));
    if (!res.ok) {
      let msg = `The content store answered HTTP ${res.status}.`;
      try {
        msg = (await res.json()).error ?? msg;
      } catch {
        /* not JSON */
      }
      throw new ContentUnavailableError(msg);
    }
    return new Uint8Array(await res.arrayBuffer());
  }
}

/** Fetches content and checks it against the hash recorded on chain. */
export async function fetchVerified(store: ContentStore, uri: string, hash: Hex): Promise<Uint8Array> {
  const data = await store.get(uri);
  const got = keccak256(data);
  if (got !== hash) throw new Error(`The content at ${uri} does not match the hash on chain (got ${got}, chain says ${hash}).`);
  return data;
}
