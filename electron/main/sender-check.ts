import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin';

/** The frame facts the check reads (a WebFrameMain has them). */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly frameTreeNodeId: number;
}

/** The part of an invoke event the check reads. */
export interface SenderLike {
  sender: { readonly id: number; readonly mainFrame: FrameLike };
  senderFrame: FrameLike | null;
}

/**
 * Tells whether an IPC call comes from the top frame of our own window showing a page on
 * `app://renderer`: a sub-frame, another window, a destroyed frame or any other origin is refused.
 */
export function isTrustedSender(
  event: SenderLike | IpcMainInvokeEvent,
  expected: { readonly id: number } | undefined,
): boolean {
  if (!expected || event.sender?.id !== expected.id) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  const top = event.sender.mainFrame;
  if (frame.parent !== null || (frame !== top && frame.frameTreeNodeId !== top.frameTreeNodeId))
    return false;
  return isAppUrl(frame.url);
}
