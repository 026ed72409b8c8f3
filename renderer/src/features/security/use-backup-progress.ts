import { useCallback, useRef, useState } from 'react';
import type { BackupProgress } from '../../../../core/vault/vault-schemas';

const POLL_MS = 150;

/** Runs a long backup or restore call while polling its progress; returns the latest progress. */
export function useBackupProgress() {
  const [progress, setProgress] = useState<BackupProgress>();
  const running = useRef(false);

  const track = useCallback(async <T>(call: () => Promise<T>): Promise<T> => {
    running.current = true;
    setProgress(undefined);
    const poll = async () => {
      while (running.current) {
        const result = await window.api.backup.progress({});
        if (result.ok && running.current && result.value.operation !== 'idle')
          setProgress(result.value);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };
    void poll();
    try {
      return await call();
    } finally {
      running.current = false;
      const last = await window.api.backup.progress({});
      if (last.ok) setProgress(last.value);
    }
  }, []);

  return { progress, track, reset: () => setProgress(undefined) };
}
