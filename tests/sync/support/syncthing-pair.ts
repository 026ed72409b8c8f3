import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startSyncthingNode, type SyncthingNode } from './syncthing-node.js';

/** The folder id both instances share. */
export const SHARED_FOLDER_ID = 'closing-session-vault';

/** Two Syncthing instances on localhost that know each other and share one folder. */
export interface SyncthingPair {
  readonly a: SyncthingNode;
  readonly b: SyncthingNode;
  /** The shared folder on each computer. */
  readonly folderA: string;
  readonly folderB: string;
  /** Stops sending and receiving between the two (B pauses A), as a laptop going offline. */
  pause(): Promise<void>;
  /** Reconnects the two. */
  resume(): Promise<void>;
  /** Asks both to rescan now instead of waiting for their file watchers. */
  rescan(): Promise<void>;
  /** Resolves once both sides report the folder complete and idle (driven by Syncthing's events). */
  waitInSync(): Promise<void>;
  stop(): Promise<void>;
}

interface SyncthingEvent {
  id: number;
  type: string;
}

interface Completion {
  completion: number;
  needItems: number;
  needDeletes: number;
}

/** Adds `other` as a device of `node`, reached at its loopback address. */
async function addDevice(node: SyncthingNode, other: SyncthingNode): Promise<void> {
  await node.api('POST', '/rest/config/devices', {
    deviceID: other.deviceId,
    name: other.name,
    addresses: [other.listenAddress],
    autoAcceptFolders: false,
  });
}

/** Shares the vault folder at `path` between `node` and `other`. */
async function addFolder(node: SyncthingNode, other: SyncthingNode, path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await node.api('POST', '/rest/config/folders', {
    id: SHARED_FOLDER_ID,
    label: 'Closing Session vault',
    path,
    type: 'sendreceive',
    devices: [{ deviceID: node.deviceId }, { deviceID: other.deviceId }],
    fsWatcherEnabled: true,
    fsWatcherDelayS: 1,
    rescanIntervalS: 3600,
  });
}

interface FolderStatus {
  state: string;
  needTotalItems: number;
  globalFiles: number;
  globalBytes: number;
  globalDeleted: number;
  localFiles: number;
  localBytes: number;
  localDeleted: number;
}

async function folderStatus(node: SyncthingNode): Promise<FolderStatus> {
  return node.api<FolderStatus>('GET', `/rest/db/status?folder=${SHARED_FOLDER_ID}`);
}

/**
 * Whether both hold the same files: each idle with nothing to pull, each one's local view equal
 * to the shared global view, both views the same, and each seeing the other complete.
 */
async function inSync(a: SyncthingNode, b: SyncthingNode): Promise<boolean> {
  const [sa, sb] = await Promise.all([folderStatus(a), folderStatus(b)]);
  const settled = (s: FolderStatus) =>
    s.state === 'idle' &&
    s.needTotalItems === 0 &&
    s.localFiles === s.globalFiles &&
    s.localBytes === s.globalBytes &&
    s.localDeleted === s.globalDeleted;
  if (!settled(sa) || !settled(sb)) return false;
  if (sa.globalFiles !== sb.globalFiles || sa.globalBytes !== sb.globalBytes) return false;
  if (sa.globalDeleted !== sb.globalDeleted) return false;
  const [ca, cb] = await Promise.all([
    a.api<Completion>('GET', `/rest/db/completion?folder=${SHARED_FOLDER_ID}&device=${b.deviceId}`),
    b.api<Completion>('GET', `/rest/db/completion?folder=${SHARED_FOLDER_ID}&device=${a.deviceId}`),
  ]);
  return ca.completion === 100 && cb.completion === 100;
}

/** Waits for the next events after `since` (long poll, at most `timeoutS`); returns the last id. */
async function nextEvents(node: SyncthingNode, since: number, timeoutS: number): Promise<number> {
  const events = await node.api<SyncthingEvent[]>(
    'GET',
    `/rest/events?since=${since}&timeout=${timeoutS}`,
  );
  return events.length > 0 ? events[events.length - 1]!.id : since;
}

/** Whether the two are connected to each other. */
async function connected(node: SyncthingNode, peer: SyncthingNode): Promise<boolean> {
  const { connections } = await node.api<{
    connections: Record<string, { connected: boolean }>;
  }>('GET', '/rest/system/connections');
  return connections[peer.deviceId]?.connected === true;
}

/**
 * Starts two Syncthing instances under `root` (homes `root/a`, `root/b`), introduces them to each
 * other on 127.0.0.1 and shares one folder (`root/a-vault`, `root/b-vault`); resolves once they
 * are connected.
 */
export async function startSyncthingPair(root: string): Promise<SyncthingPair> {
  const [a, b] = await Promise.all([startSyncthingNode(root, 'a'), startSyncthingNode(root, 'b')]);
  const folderA = join(root, 'a-vault');
  const folderB = join(root, 'b-vault');
  try {
    await Promise.all([addDevice(a, b), addDevice(b, a)]);
    await Promise.all([addFolder(a, b, folderA), addFolder(b, a, folderB)]);
    let since = 0;
    while (!(await connected(a, b))) since = await nextEvents(a, since, 2);
  } catch (error) {
    await Promise.all([a.stop(), b.stop()]);
    throw error;
  }

  const pair: SyncthingPair = {
    a,
    b,
    folderA,
    folderB,
    async pause() {
      await b.api('POST', `/rest/system/pause?device=${a.deviceId}`);
      await a.api('POST', `/rest/system/pause?device=${b.deviceId}`);
    },
    async resume() {
      await a.api('POST', `/rest/system/resume?device=${b.deviceId}`);
      await b.api('POST', `/rest/system/resume?device=${a.deviceId}`);
      let since = 0;
      while (!(await connected(a, b))) since = await nextEvents(a, since, 2);
    },
    async rescan() {
      await Promise.all([
        a.api('POST', `/rest/db/scan?folder=${SHARED_FOLDER_ID}`),
        b.api('POST', `/rest/db/scan?folder=${SHARED_FOLDER_ID}`),
      ]);
    },
    async waitInSync() {
      let sinceA = 0;
      for (;;) {
        if (await inSync(a, b)) return;
        sinceA = await nextEvents(a, sinceA, 1);
      }
    },
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
    },
  };
  return pair;
}
