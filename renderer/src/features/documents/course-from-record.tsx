import { compactCourse, type CourseOfCare } from '../../../../core/checklist/course-of-care';
import { t } from '../../i18n/t';
import styles from './documents.module.css';

/** True when the session record holds a course of care (anything filled in), so the summary reads it from there. */
export function hasStoredCourse(course: CourseOfCare | undefined): boolean {
  return compactCourse(course) !== undefined;
}

/** Says where the discharge summary's course of care comes from when the record holds one. */
export function CourseFromRecord() {
  return (
    <section aria-labelledby="course-from-record" className={styles.card}>
      <h2 id="course-from-record" className={styles.groupLabel}>
        {t('documents.course.title')}
      </h2>
      <p className={styles.description}>{t('documents.course.fromRecord')}</p>
    </section>
  );
}
