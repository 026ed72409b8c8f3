import { useId } from 'react';
import type { Scene, SceneElement } from '../../../../../core/chart';
import { t } from '../../../i18n/t';
import styles from './chart.module.css';

const BASELINE = { top: 'hanging', middle: 'central', bottom: 'alphabetic' } as const;

function clipText(text: string, maxWidth: number | undefined): string {
  if (!maxWidth) return text;
  const max = Math.max(4, Math.floor(maxWidth / 7.5));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function bandClass(concern: number | undefined): string {
  const level = Math.round((concern ?? 0) * 4);
  return styles[`band${level}`] ?? styles.band0!;
}

function drawElement(el: SceneElement, key: number) {
  switch (el.type) {
    case 'rect':
      return (
        <rect
          key={key}
          x={el.x}
          y={el.y}
          width={Math.max(0, el.width)}
          height={Math.max(0, el.height)}
          className={el.role === 'band' ? bandClass(el.concern) : styles[el.role]}
          rx={el.role.startsWith('bar') ? 3 : 0}
        >
          {el.label && <title>{el.label}</title>}
        </rect>
      );
    case 'line':
      return (
        <line
          key={key}
          x1={el.x1}
          y1={el.y1}
          x2={el.x2}
          y2={el.y2}
          className={styles[el.role]}
          strokeDasharray={el.dashed ? '6 4' : undefined}
        />
      );
    case 'polyline':
      return (
        <polyline
          key={key}
          points={el.points.map((p) => p.join(',')).join(' ')}
          className={styles.series}
        />
      );
    case 'point':
      return (
        <circle key={key} cx={el.x} cy={el.y} r={el.r} className={styles.point}>
          <title>{el.label}</title>
        </circle>
      );
    case 'label':
      return (
        <text
          key={key}
          x={el.x}
          y={el.y}
          textAnchor={el.anchor}
          dominantBaseline={BASELINE[el.baseline]}
          className={styles[el.role]}
          direction={undefined}
        >
          {clipText(el.text, el.maxWidth)}
        </text>
      );
  }
}

/** Props of a chart drawn from a core/chart scene. */
export interface SceneSvgProps {
  scene: Scene;
  /** Larger text for the client view. */
  large?: boolean;
}

/**
 * Draws a chart scene as SVG with its accessible title and description, followed by the same
 * data as a table (collapsed under a disclosure) for anyone who prefers numbers.
 */
export function SceneSvg({ scene, large }: SceneSvgProps) {
  const id = useId();
  return (
    <figure className={`${styles.figure} ${large ? styles.large : ''}`}>
      <svg
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className={styles.svg}
      >
        <title id={`${id}-title`}>{scene.title}</title>
        <desc id={`${id}-desc`}>{scene.description}</desc>
        {scene.elements.map(drawElement)}
      </svg>
      <figcaption className={styles.caption}>{scene.description}</figcaption>
      {scene.table.rows.length > 0 && (
        <details className={styles.tableBox}>
          <summary>{t('runner.chart.showTable')}</summary>
          <table className={styles.table}>
            <caption>{scene.table.caption}</caption>
            <thead>
              <tr>
                {scene.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scene.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" dir="auto">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
