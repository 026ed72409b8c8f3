/** Chart geometry shared by the on-screen SVG and the PDF: measures over time and goal ratings. */
export * from './scene';
export * from './measure-line-chart';
export * from './goal-bars-chart';
export * from './label-geometry';
export * from './place-labels';
