import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import Taro from '@tarojs/taro';
import { Client, fetchExchange } from '@urql/core';
import { RefreshSessionMutation } from '../graphql/identity';
import { AppError, toAppError } from './errors';
import { clearSession, readSession, saveSession } from './session';
import { taroFetch } from './taro-fetch';

export const API_BASE = API_URL;

const client = new Client({
  url: `${API_BASE}/graphql`,
  exchanges: [fetchExchange],
  fetch: taroFetch,
  // Every screen shows what is true now: no client cache.
  requestPolicy: 'network-only',
  // POST with a JSON body: the API refuses GETs without a preflight header (CSRF protection).
  preferGetMethod: false,
  fetchOptions: (): RequestInit => {
    const session = readSession();
    const headers: Record<string, string> = session ? { authorization: `Bearer ${session.accessToken}` } : {};
    return { headers };
  },
});

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for new tokens once; concurrent callers share the attempt. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = readSession();
    if (!session) return false;
    const result = await client.mutation(RefreshSessionMutation, { refreshToken: session.refreshToken }).toPromise();
    const next = result.data?.refreshSession;
    if (!next) {
      clearSession();
      return false;
    }
    saveSession(next);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const isMutation = (doc: { definitions: readonly { kind: string }[] }) =>
  doc.definitions.some((d) => d.kind === 'OperationDefinition' && (d as { operation?: string }).operation === 'mutation');

/**
 * Runs one generated operation and returns its typed data, or throws an AppError whose message can
 * be shown as it is. An expired access token is refreshed once, transparently.
 */
export async function execute<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables = {} as TVariables,
): Promise<TData> {
  for (let attempt = 0; ; attempt++) {
    const result = await (isMutation(document) ? client.mutation(document, variables) : client.query(document, variables)).toPromise();
    if (result.error) {
      const error = toAppError(result.error);
      if (error.code === 'UNAUTHENTICATED' && attempt === 0 && (await refresh())) continue;
      throw error;
    }
    return result.data as TData;
  }
}

/** Uploads one evidence file (`Taro.uploadFile`, field `file`) and reports progress 0–100. */
export function uploadEvidence(caseId: string, filePath: string, fileName: string, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const session = readSession();
    const task = Taro.uploadFile({
      url: `${API_BASE}/cases/${caseId}/evidence`,
      filePath,
      name: 'file',
      // H5 only (a blob has no name); WeChat sends its temporary file's own name.
      fileName,
      header: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      success: (res) => {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve();
        else reject(new AppError(res.statusCode === 413 ? '文件太大，单个文件不超过 10 MB' : '文件上传失败，请换一个文件或稍后重试', 'UPLOAD'));
      },
      fail: () => reject(new AppError('网络不给力，文件没有传上去，请重试', 'NETWORK')),
    });
    task.progress?.((p) => onProgress(p.progress));
  });
}

/**
 * A case's evidence file on the device (a temporary path in WeChat, a blob URL in H5): the file
 * routes need the bearer token, which an <Image src> cannot send.
 */
export function downloadEvidence(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const session = readSession();
    void Taro.downloadFile({
      url: `${API_BASE}${url}`,
      header: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      success: (res) => (res.statusCode === 200 ? resolve(res.tempFilePath) : reject(new AppError('证据文件暂时打不开', 'DOWNLOAD'))),
      fail: () => reject(new AppError('网络不给力，证据文件没有下载下来', 'NETWORK')),
    });
  });
}

/**
 * A report the API makes (/reports/…): in WeChat the spreadsheet opens in its viewer, to be
 * forwarded from there; in a browser it is saved as a file. The route needs the bearer token.
 */
export async function downloadReport(path: string, fileName: string): Promise<void> {
  const session = readSession();
  const header: Record<string, string> = session ? { authorization: `Bearer ${session.accessToken}` } : {};
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = await new Promise<string>((resolve, reject) => {
      void Taro.downloadFile({
        url: `${API_BASE}${path}`,
        header,
        success: (res) => (res.statusCode === 200 ? resolve(res.tempFilePath) : reject(new AppError(res.statusCode === 403 ? '无权下载该报表' : '报表暂时无法下载', 'DOWNLOAD'))),
        fail: () => reject(new AppError('网络不给力，报表没有下载下来', 'NETWORK')),
      });
    });
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const response = await fetch(`${API_BASE}${path}`, { headers: header }).catch(() => null);
  if (!response) throw new AppError('网络不给力，报表没有下载下来', 'NETWORK');
  if (!response.ok) throw new AppError(response.status === 403 ? '无权下载该报表' : '报表暂时无法下载', 'DOWNLOAD');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The printable agreement (人民调解协议书, an HTML page) of a case the signed-in person may see. */
/** The printable pages of a case, as the API renders them: what each is called when it cannot be opened. */
const CASE_DOCUMENT = {
  agreement: { missing: '本案还没有书面调解协议', failed: '调解协议书暂时打不开', offline: '网络不给力，调解协议书没有打开' },
  'room-record': { missing: '没有找到本案的线上调解室', failed: '线上调解记录暂时打不开', offline: '网络不给力，线上调解记录没有打开' },
} as const;

/** A printable page of a case (A4 HTML): the written agreement, or the record of its mediation room. */
export function fetchCaseDocument(caseId: string, kind: keyof typeof CASE_DOCUMENT): Promise<string> {
  const words = CASE_DOCUMENT[kind];
  return new Promise((resolve, reject) => {
    const session = readSession();
    void Taro.request<string>({
      url: `${API_BASE}/cases/${caseId}/${kind}`,
      method: 'GET',
      dataType: '其他',
      responseType: 'text',
      header: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      success: (res) => (res.statusCode === 200 ? resolve(String(res.data)) : reject(new AppError(res.statusCode === 404 ? words.missing : words.failed, 'DOWNLOAD'))),
      fail: () => reject(new AppError(words.offline, 'NETWORK')),
    });
  });
}

/**
 * A photo (the evidence rules: a picture, up to 10 MB) or a voice note (recorded in WeChat, with its
 * length) sent to a thread of the mediation room; resolves to the message as the room lists it.
 */
export function uploadRoomMedia<T>(kind: 'photos' | 'voice', caseId: string, partyId: string | null, filePath: string, clientKey: string, seconds?: number): Promise<T> {
  const what = kind === 'photos' ? '照片' : '语音';
  return new Promise((resolve, reject) => {
    const session = readSession();
    const query = `clientKey=${encodeURIComponent(clientKey)}${partyId ? `&party=${encodeURIComponent(partyId)}` : ''}${seconds ? `&seconds=${seconds}` : ''}`;
    void Taro.uploadFile({
      url: `${API_BASE}/cases/${caseId}/room/${kind}?${query}`,
      filePath,
      name: 'file',
      fileName: kind === 'photos' ? '照片.jpg' : '语音.mp3',
      header: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      success: (res) => {
        if (res.statusCode === 201) return resolve(JSON.parse(res.data) as T);
        let reason = res.statusCode === 413 ? `${what}太大了` : `${what}没有发出去，请稍后重试`;
        try {
          reason = (JSON.parse(res.data) as { error?: string }).error ?? reason;
        } catch {
          // Not JSON: the general message.
        }
        reject(new AppError(reason, 'UPLOAD'));
      },
      fail: () => reject(new AppError(`网络不给力，${what}没有发出去，请重试`, 'NETWORK')),
    });
  });
}

/** A mediator's new photo (JPG or PNG, up to 2 MB), from the committee admin's phone; resolves to its address. */
export function uploadMediatorPhoto(mediatorId: string, filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const session = readSession();
    void Taro.uploadFile({
      url: `${API_BASE}/media/mediators/${mediatorId}/photo`,
      filePath,
      name: 'file',
      fileName: '照片.jpg',
      header: session ? { authorization: `Bearer ${session.accessToken}` } : {},
      success: (res) => {
        if (res.statusCode === 201) return resolve((JSON.parse(res.data) as { photoUrl: string }).photoUrl);
        let reason = '照片上传失败，请换一张或稍后重试';
        try {
          reason = (JSON.parse(res.data) as { error?: string }).error ?? reason;
        } catch {
          // Not JSON: the general message.
        }
        reject(new AppError(reason, 'UPLOAD'));
      },
      fail: () => reject(new AppError('网络不给力，照片没有传上去，请重试', 'NETWORK')),
    });
  });
}
