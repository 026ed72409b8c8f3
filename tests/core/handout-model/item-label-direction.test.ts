/**
 * A template's item label (the clinician's wording, English in the built-in templates) keeps its
 * own direction on a right-to-left handout: the heading is set 'auto', so an English question ends
 * with its question mark instead of starting with it.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentBlock, HeadingBlock } from '../../../core/document/blocks';
import { buildHandout } from '../../../core/handout-model';
import { directionOf } from '../../../core/clients/languages';
import { sampleSource } from './source-fixture';

const LATIN_QUESTION = /^[A-Za-z][^\u0590-\u08ff]*\?$/u;

describe('item labels on a right-to-left handout', () => {
  it.each(['ar', 'he', 'fa'])(
    '%s: English question headings are set in their own direction',
    (lang) => {
      const base = sampleSource();
      const doc = buildHandout({
        ...base,
        client: { ...base.client, language: lang, direction: directionOf(lang) },
      });
      const questions = doc.blocks.filter(
        (b: DocumentBlock): b is HeadingBlock =>
          b.type === 'heading' && LATIN_QUESTION.test(b.text),
      );
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) expect(q.direction, q.text).toBe('auto');
      // The handout's own headings stay right to left.
      const own = doc.blocks.filter(
        (b: DocumentBlock): b is HeadingBlock => b.type === 'heading' && b.level <= 2,
      );
      expect(own.length).toBeGreaterThan(0);
      for (const h of own) expect(h.direction ?? doc.direction, h.text).toBe('rtl');
    },
  );
});
