import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useFocusHeading } from '../lib/use-focus-heading';
import styles from './form-card.module.css';

/** Props of a titled add/edit form card. */
export interface FormCardProps {
  /** Prefix for the heading's id (the card is labelled by it). */
  id: string;
  title: string;
  /** A refused save, shown above the fields; empty when there is none. */
  formError: string;
  /** Messages shown next to the named fields. */
  errors: Record<string, string>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** A titled card holding an add/edit form: its heading takes focus when it opens, a refused save shows above the fields. */
export function FormCard({ id, title, formError, errors, onSubmit, children }: FormCardProps) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className={styles.title}>
        {title}
      </h3>
      {formError && (
        <p role="alert" className={styles.error}>
          {formError}
        </p>
      )}
      <Form
        className={styles.form}
        onSubmit={onSubmit}
        validationErrors={errors}
        validationBehavior="aria"
      >
        {children}
      </Form>
    </section>
  );
}
