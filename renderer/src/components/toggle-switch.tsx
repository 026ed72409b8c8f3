import type { ReactNode } from 'react';
import { Switch, type SwitchProps } from 'react-aria-components';
import styles from './toggle-switch.module.css';

/** Props of the app's on/off switch. */
export interface ToggleSwitchProps extends Omit<SwitchProps, 'children' | 'className'> {
  /** `small` sits beside an item (e.g. "In the handout"); `regular` is a setting of its own. */
  size?: 'small' | 'regular';
  children: ReactNode;
}

/** An accessible on/off switch (react-aria) with a visible track, thumb and focus ring. */
export function ToggleSwitch({ size = 'regular', children, ...props }: ToggleSwitchProps) {
  return (
    <Switch {...props} className={`${styles.switch} ${styles[size]}`}>
      <span className={styles.track} aria-hidden="true">
        <span className={styles.thumb} />
      </span>
      {children}
    </Switch>
  );
}
