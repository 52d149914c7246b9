/** Raw-body upload with XMLHttpRequest (progress 0–1), the file name in X-File-Name; failures become ApiError. */
import { ApiError } from '../api/client.ts';
import { getLang } from '../i18n/index.tsx';

export function uploadFile<T>(url: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name.slice(0, 200)));
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
      reject(new ApiError({ status: xhr.status, code: p.code ?? `http-${xhr.status}`, title: p.title ?? xhr.statusText, ...(p.detail ? { detail: p.detail } : {}) }));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network', title: '' }));
    xhr.send(file);
  });
}
