import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { electronDialogs } from '../../electron/main/file-dialogs';

function fakeDialog(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }) {
  return {
    showSaveDialog: vi.fn(async () => answer),
    showOpenDialog: vi.fn(async () => answer),
  } as unknown as Dialog & {
    showSaveDialog: ReturnType<typeof vi.fn>;
    showOpenDialog: ReturnType<typeof vi.fn>;
  };
}

describe('electronDialogs', () => {
  const window = {} as BrowserWindow;

  it('asks for a save path parented to the window, with the given default name and filters', async () => {
    const dialog = fakeDialog({ canceled: false, filePath: '/home/me/handout-2026-11-26.pdf' });
    const dialogs = electronDialogs(dialog, () => window);
    const path = await dialogs.chooseSavePath({
      title: 'Save',
      defaultName: 'handout-2026-11-26.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(path).toBe('/home/me/handout-2026-11-26.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: 'handout-2026-11-26.pdf' }),
    );
  });

  it('turns a cancelled dialog into null', async () => {
    const dialogs = electronDialogs(
      fakeDialog({ canceled: true, filePath: '', filePaths: [] }),
      () => undefined,
    );
    expect(
      await dialogs.chooseSavePath({ title: 'Save', defaultName: 'x.pdf', filters: [] }),
    ).toBeNull();
    expect(await dialogs.chooseOpenPath({ title: 'Open', filters: [] })).toBeNull();
    expect(await dialogs.chooseFolder({ title: 'Folder' })).toBeNull();
  });

  it('returns the first chosen file or folder', async () => {
    const dialogs = electronDialogs(
      fakeDialog({ canceled: false, filePaths: ['/a/backup.csbackup'] }),
      () => window,
    );
    expect(await dialogs.chooseOpenPath({ title: 'Open', filters: [] })).toBe('/a/backup.csbackup');
    expect(await dialogs.chooseFolder({ title: 'Folder' })).toBe('/a/backup.csbackup');
  });
});
