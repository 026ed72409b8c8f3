import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { isAppUrl } from './app-origin';

/** The frame facts the check reads. */
type FrameLike = Pick<WebFrameMain, 'url' | 'parent' | 'frameTreeNodeId'>;

/** The part of an invoke event the check reads. */
export interface SenderLike {
  sender: Pick<WebContents, 'id'> & { mainFrame: FrameLike };
  senderFrame: FrameLike | null;
}

/**
 * Tells whether an IPC call comes from the top frame of our own window showing a page on
 * `app://renderer`: a sub-frame, another window, a destroyed frame or any other origin is refused.
 */
export function isTrustedSender(event: SenderLike | IpcMainInvokeEvent, expected: Pick<WebContents, 'id'> | undefined): boolean {
  if (!expected || event.sender?.id !== expected.id) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  const top = event.sender.mainFrame;
  if (frame.parent !== null || (frame !== top && frame.frameTreeNodeId !== top.frameTreeNodeId)) return false;
  return isAppUrl(frame.url);
}
