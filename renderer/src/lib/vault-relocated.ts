/**
 * A signal from Settings → Security to the vault gate: the vault now lives in another folder and
 * is locked, so the gate shows the unlock screen. One listener set, local to the renderer.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Subscribes to "the vault moved or another vault was opened"; returns the unsubscribe. */
export function onVaultRelocated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every subscriber that the vault changed folder (and is locked). */
export function announceVaultRelocated(): void {
  for (const listener of [...listeners]) listener();
}
