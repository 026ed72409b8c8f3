import { ESLint } from 'eslint';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a fixture's text as if it lived at `pretendPath`; returns the messages of the given rules. */
async function messagesFor(fixture: string, pretendPath: string, rules: string[]) {
  const code = await readFile(`tests/fixtures/lint/${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: pretendPath });
  return (result?.messages ?? [])
    .filter((m) => rules.includes(m.ruleId ?? ''))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/** The layer-rule messages for a fixture placed at `pretendPath`. */
async function lintAs(fixture: string, pretendPath: string) {
  return messagesFor(fixture, pretendPath, ['no-restricted-imports']);
}

describe('layer rules are enforced by ESLint', () => {
  it('reports core importing a Node built-in and the services', async () => {
    const messages = await lintAs('core-imports-node.ts', 'core/lint-fixture.ts');
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/no Node built-ins/);
    expect(messages.join('\n')).toMatch(/core imports nothing from services/);
  });

  it('reports core importing a package that is not a named pure library, once per import', async () => {
    const messages = await lintAs('core-imports-package.ts', 'core/lint-fixture.ts');
    expect(messages.filter((m) => m.includes('CORE_LIBRARIES'))).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/'pdfkit'/);
    expect(messages.join('\n')).toMatch(/'lodash\/sortBy'/);
    expect(messages.filter((m) => m.includes('no Node built-ins'))).toHaveLength(1);
    expect(messages).toHaveLength(3);
  });

  it('accepts every package import core has today (only CORE_LIBRARIES)', async () => {
    const [result] = await eslint.lintFiles(['core/search/archive-index.ts', 'core/contract.ts']);
    expect((result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports')).toEqual(
      [],
    );
  });

  it('reports the renderer importing electron and Node', async () => {
    const messages = await lintAs('renderer-imports-electron.tsx', 'renderer/src/lint-fixture.tsx');
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Only electron\/main may import electron/);
  });

  it('reports services importing electron and electron-store', async () => {
    const messages = await lintAs(
      'services-import-electron.ts',
      'electron/services/lint-fixture.ts',
    );
    expect(messages).toHaveLength(2);
  });

  it('accepts the same imports in electron/main', async () => {
    const messages = await lintAs('services-import-electron.ts', 'electron/main/lint-fixture.ts');
    expect(messages).toEqual([]);
  });
});

describe('renderer features do not import one another', () => {
  const FEATURE_RULE = /never another feature/;

  it('reports a feature importing other features, directly or through features/, and accepts shared code', async () => {
    const messages = await lintAs(
      'feature-imports-feature.tsx',
      'renderer/src/features/referrals/lint-fixture.tsx',
    );
    expect(messages.filter((m) => FEATURE_RULE.test(m))).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/'\.\.\/client-view\/client-view'/);
    expect(messages.join('\n')).toMatch(/'\.\.\/settings\/settings\.module\.css'/);
    expect(messages.join('\n')).toMatch(/'\.\.\/\.\.\/features\/runner\/chart\/scene-svg'/);
    expect(messages).toHaveLength(4);
  });

  it('reports a file deeper in a feature importing another feature, not its own other folders', async () => {
    const messages = await lintAs(
      'feature-imports-feature-deep.tsx',
      'renderer/src/features/runner/items/lint-fixture.tsx',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/'\.\.\/\.\.\/settings\/save-feedback'/);
    expect(messages[0]).toMatch(FEATURE_RULE);
  });

  it('lets through only the compositions named for that file', async () => {
    const messages = await lintAs(
      'feature-imports-feature.tsx',
      'renderer/src/features/runner/runner-screen.tsx',
    );
    expect(messages.join('\n')).not.toMatch(/client-view/);
    expect(messages.filter((m) => FEATURE_RULE.test(m))).toHaveLength(3);
  });

  it('keeps the renderer rules inside a feature folder (no electron, no Node)', async () => {
    const messages = await lintAs(
      'renderer-imports-electron.tsx',
      'renderer/src/features/settings/settings-screen.tsx',
    );
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Only electron\/main may import electron/);
  });

  it('accepts the named compositions as the files have them today', async () => {
    // The files named in FEATURE_COMPOSITIONS (eslint.config.js).
    const files = [
      'renderer/src/features/settings/settings-screen.tsx',
      'renderer/src/features/settings/security-tab.tsx',
      'renderer/src/features/runner/runner-screen.tsx',
      'renderer/src/features/client-view/client-view.tsx',
    ];
    const results = await eslint.lintFiles(files);
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(
        result.messages.filter((m) => m.ruleId === 'no-restricted-imports'),
        result.filePath,
      ).toEqual([]);
    }
  });
});

describe('security rules are enforced by ESLint (Microsoft SDL and house rules)', () => {
  it('reports innerHTML, dangerouslySetInnerHTML and eval in the renderer', async () => {
    const messages = await messagesFor('renderer-inner-html.tsx', 'renderer/src/lint-fixture.tsx', [
      '@microsoft/sdl/no-inner-html',
      'no-restricted-syntax',
      'no-eval',
    ]);
    expect(messages.some((m) => m.startsWith('@microsoft/sdl/no-inner-html'))).toBe(true);
    expect(
      messages.some(
        (m) => m.startsWith('no-restricted-syntax') && m.includes('dangerouslySetInnerHTML'),
      ),
    ).toBe(true);
    expect(messages.some((m) => m.startsWith('no-eval'))).toBe(true);
  });
});
