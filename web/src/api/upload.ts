import { ApiError } from './client.ts';
import { getLang } from '../i18n/index.tsx';

/**
 * Send a file as the raw body with XMLHttpRequest, reporting upload progress (0–1); `fileName` goes in X-File-Name. Resolves with the JSON answer;
 * rejects with an ApiError (problem+json) or a network ApiError. `signal` aborts.
 */
export function uploadRaw<T>(
  url: string,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
  fileName?: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (fileName) xhr.setRequestHeader('x-file-name', encodeURIComponent(fileName.slice(0, 200)));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', getLang());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(data as T);
        return;
      }
      const p = (data ?? {}) as { code?: string; title?: string; detail?: string };
      reject(
        new ApiError({
          status: xhr.status,
          code: p.code ?? `http-${xhr.status}`,
          title: p.title ?? xhr.statusText,
          ...(p.detail ? { detail: p.detail } : {}),
        }),
      );
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network', title: '' }));
    xhr.onabort = () => reject(new ApiError({ status: 0, code: 'aborted', title: '' }));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
