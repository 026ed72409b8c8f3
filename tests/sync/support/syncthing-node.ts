import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** One running Syncthing instance on localhost, with its own home folder, API key and ports. */
export interface SyncthingNode {
  readonly name: string;
  readonly home: string;
  readonly deviceId: string;
  readonly apiUrl: string;
  readonly apiKey: string;
  /** The sync protocol's address, `tcp://127.0.0.1:<port>`. */
  readonly listenAddress: string;
  /** Calls the REST API; throws with the status and body when Syncthing refuses. */
  api<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<T>;
  /** Stops the process and waits for it to exit. */
  stop(): Promise<void>;
}

/** Why Syncthing cannot run here (not installed), or undefined when it can. */
export function syncthingMissingReason(): string | undefined {
  const probe = spawnSync('syncthing', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return 'Syncthing is not installed (Debian: apt-get install -y syncthing; .ci/run installs it)';
  }
  return undefined;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Options Syncthing must not use in a test: no discovery, relays, NAT, upgrades or reports. */
const OFFLINE_OPTIONS: Readonly<Record<string, string>> = {
  globalAnnounceEnabled: 'false',
  localAnnounceEnabled: 'false',
  relaysEnabled: 'false',
  natEnabled: 'false',
  startBrowser: 'false',
  urAccepted: '-1',
  autoUpgradeIntervalH: '0',
  crashReportingEnabled: 'false',
  // Reconnect within a second after a pause (the default waits up to a minute).
  reconnectionIntervalS: '1',
};

/** Rewrites a freshly generated config.xml for a private, offline instance. */
function offlineConfig(xml: string, listenAddress: string): string {
  let out = xml.replace(
    /<listenAddress>[^<]*<\/listenAddress>/,
    `<listenAddress>${listenAddress}</listenAddress>`,
  );
  for (const [key, value] of Object.entries(OFFLINE_OPTIONS)) {
    out = out.replace(new RegExp(`<${key}>[^<]*</${key}>`), `<${key}>${value}</${key}>`);
  }
  return out;
}

/** Generates keys and config in `<root>/<name>` and starts Syncthing; resolves once its API answers. */
export async function startSyncthingNode(root: string, name: string): Promise<SyncthingNode> {
  const home = join(root, name);
  await mkdir(home, { recursive: true });
  const generated = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], {
    encoding: 'utf8',
  });
  const idMatch = /Device ID: ([A-Z0-9-]+)/.exec(`${generated.stdout}${generated.stderr}`);
  if (generated.status !== 0 || !idMatch) {
    throw new Error(`syncthing generate failed for ${name}: ${generated.stderr}`);
  }
  const deviceId = idMatch[1]!;
  const [guiPort, listenPort] = [await freePort(), await freePort()];
  const listenAddress = `tcp://127.0.0.1:${listenPort}`;
  const configPath = join(home, 'config.xml');
  await writeFile(configPath, offlineConfig(await readFile(configPath, 'utf8'), listenAddress));
  const apiKey = randomBytes(16).toString('hex');
  const apiUrl = `http://127.0.0.1:${guiPort}`;
  const child: ChildProcess = spawn(
    'syncthing',
    [
      'serve',
      `--home=${home}`,
      '--no-browser',
      '--no-restart',
      '--no-upgrade',
      '--no-default-folder',
      `--gui-address=${apiUrl}`,
      `--gui-apikey=${apiKey}`,
      `--logfile=${join(home, 'syncthing.log')}`,
    ],
    { stdio: 'ignore', env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1' } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`Syncthing ${name} ${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const node: SyncthingNode = {
    name,
    home,
    deviceId,
    apiUrl,
    apiKey,
    listenAddress,
    api,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  await waitForApi(node, exited);
  return node;
}

/** Waits until the REST API answers (the process opens its port a moment after it starts). */
async function waitForApi(node: SyncthingNode, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone)
      throw new Error(
        `Syncthing ${node.name} exited while starting (see ${node.home}/syncthing.log)`,
      );
    try {
      await node.api('GET', '/rest/system/ping');
      return;
    } catch {
      // Not listening yet: wait for the next turn of the event loop that has I/O ready.
      await new Promise<void>((resolve) => setTimeout(resolve, 50));
    }
  }
}
