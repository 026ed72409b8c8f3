import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, type Handlers } from '../../core/contract';
import { EVENT_CHANNEL } from '../../core/events';
import {
  answerApiCall,
  registerApiChannel,
  sendAppEvent,
  UNTRUSTED_SENDER_ERROR,
} from '../../electron/main/ipc';
import { isTrustedSender, type SenderLike } from '../../electron/main/sender-check';

type Frame = { url: string; parent: Frame | null; frameTreeNodeId: number };

function window(id = 7, url = 'app://renderer/index.html') {
  const mainFrame: Frame = { url, parent: null, frameTreeNodeId: 70 };
  return { id, mainFrame };
}

function eventFrom(
  contents: ReturnType<typeof window>,
  frame: Frame | null = contents.mainFrame,
): SenderLike {
  return { sender: contents, senderFrame: frame };
}

describe('IPC sender check', () => {
  const ours = window();

  it('trusts the top frame of our window on app://renderer', () => {
    expect(isTrustedSender(eventFrom(ours), ours)).toBe(true);
    const sameTop = { ...ours.mainFrame };
    expect(isTrustedSender(eventFrom(ours, sameTop), ours)).toBe(true);
  });

  it('refuses other origins, even in our window', () => {
    for (const url of [
      'file:///app/dist/renderer/index.html',
      'https://evil.example/',
      'app://other/index.html',
      'about:blank',
      'data:text/html,x',
      '',
    ]) {
      const contents = window(7, url);
      expect(isTrustedSender(eventFrom(contents), contents), url).toBe(false);
    }
  });

  it('refuses sub-frames, even on app://', () => {
    const sub: Frame = {
      url: 'app://renderer/index.html',
      parent: ours.mainFrame,
      frameTreeNodeId: 71,
    };
    expect(isTrustedSender(eventFrom(ours, sub), ours)).toBe(false);
    const nested: Frame = {
      url: 'app://renderer/index.html',
      parent: sub,
      frameTreeNodeId: ours.mainFrame.frameTreeNodeId,
    };
    expect(isTrustedSender(eventFrom(ours, nested), ours)).toBe(false);
    const orphan: Frame = { url: 'app://renderer/index.html', parent: null, frameTreeNodeId: 72 };
    expect(isTrustedSender(eventFrom(ours, orphan), ours)).toBe(false);
  });

  it('refuses other windows, destroyed frames and calls before the window exists', () => {
    const other = window(8);
    expect(isTrustedSender(eventFrom(other), ours)).toBe(false);
    expect(isTrustedSender(eventFrom(ours, null), ours)).toBe(false);
    expect(isTrustedSender(eventFrom(ours), undefined)).toBe(false);
  });
});

function spyHandlers() {
  const list = vi.fn(async () => []);
  return { handlers: { 'clients.list': list } as unknown as Handlers, list };
}

describe('the API channel', () => {
  const trustedEvent = {} as never;

  it('never reaches a handler for an untrusted sender', async () => {
    const { handlers, list } = spyHandlers();
    const result = await answerApiCall(
      { handlers, isTrusted: () => false },
      trustedEvent,
      'clients.list',
      {},
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: UNTRUSTED_SENDER_ERROR },
    });
    expect(list).not.toHaveBeenCalled();
  });

  it('treats a failing check as untrusted', async () => {
    const { handlers, list } = spyHandlers();
    const isTrusted = () => {
      throw new Error('frame gone');
    };
    expect(
      (await answerApiCall({ handlers, isTrusted }, trustedEvent, 'clients.list', {})).ok,
    ).toBe(false);
    expect(list).not.toHaveBeenCalled();
  });

  it('dispatches a trusted call (method checked, input parsed)', async () => {
    const { handlers, list } = spyHandlers();
    const deps = { handlers, isTrusted: () => true };
    expect(await answerApiCall(deps, trustedEvent, 'clients.list', {})).toEqual({
      ok: true,
      value: [],
    });
    expect(list).toHaveBeenCalledTimes(1);
    expect((await answerApiCall(deps, trustedEvent, '__proto__', {})).ok).toBe(false);
    expect((await answerApiCall(deps, trustedEvent, 'clients.list', { extra: 1 })).ok).toBe(false);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('is registered on the one API channel and can be removed', async () => {
    const { handlers, list } = spyHandlers();
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const remove = registerApiChannel(ipcMain, {
      handlers,
      isTrusted: (event) => isTrustedSender(event, window()),
    });
    expect(ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    const listener = ipcMain.handle.mock.calls[0]?.[1] as (
      event: unknown,
      ...args: unknown[]
    ) => Promise<unknown>;
    expect(await listener(eventFrom(window()), 'clients.list', {})).toEqual({
      ok: true,
      value: [],
    });
    expect(
      (await listener(eventFrom(window(7, 'https://evil.example/')), 'clients.list', {})) as object,
    ).toMatchObject({ ok: false });
    expect(list).toHaveBeenCalledTimes(1);
    remove();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(API_CHANNEL);
  });

  it('pushes app events on the event channel, and not to a destroyed window', () => {
    const contents = { send: vi.fn(), isDestroyed: () => false };
    sendAppEvent(contents, 'menu.command', { command: 'new-client' });
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'menu.command', {
      command: 'new-client',
    });
    const gone = { send: vi.fn(), isDestroyed: () => true };
    sendAppEvent(gone, 'app.flush', {});
    sendAppEvent(undefined, 'app.flush', {});
    expect(gone.send).not.toHaveBeenCalled();
  });
});
