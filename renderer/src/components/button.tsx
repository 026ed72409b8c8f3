import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import styles from './button.module.css';

/** Visual weight of a button: one primary action per screen. */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

/** Props of the app's button. */
export interface ButtonProps extends AriaButtonProps {
  variant?: ButtonVariant;
  /** The rendered button, e.g. to move focus back to it. */
  ref?: Ref<HTMLButtonElement>;
}

/** The app's button, accessible through react-aria (keyboard, press, focus ring). */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  const extra = typeof className === 'string' ? ` ${className}` : '';
  return <AriaButton {...props} className={`${styles.button} ${styles[variant]}${extra}`} />;
}
