// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The rooms of DESIGN.md, enforced: core knows no platform, ui knows only the contract. */
const noPlatformInCore = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src/core must not import electron.' },
    {
      group: ['vue', 'vue/*', 'pinia', 'vue-router', 'vue-i18n', 'naive-ui', '@vue/*'],
      message: 'src/core must not import vue.',
    },
    {
      group: ['**/ui/**', '**/cli/**', '**/electron/**'],
      message: 'src/core may only import src/api.',
    },
  ],
}
const noCoreInUi = {
  patterns: [
    {
      group: ['**/core', '**/core/**'],
      message: 'src/ui talks to the core only through the api contract (window.kreis).',
    },
    {
      group: ['electron', 'electron/*', 'node:*', 'better-sqlite3', 'kysely'],
      message: 'src/ui runs in the sandboxed renderer.',
    },
  ],
}
const apiStaysPure = {
  patterns: [
    {
      group: ['**/core/**', '**/ui/**', '**/cli/**', 'electron', 'vue', 'node:*'],
      message: 'src/api is the contract: it imports only valibot.',
    },
  ],
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-warning-comments': ['error', { terms: ['todo', 'fixme'], location: 'start' }],
    },
  },
  { files: ['src/core/**'], rules: { 'no-restricted-imports': ['error', noPlatformInCore] } },
  {
    files: ['src/ui/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', noCoreInUi] },
  },
  { files: ['src/api/**'], rules: { 'no-restricted-imports': ['error', apiStaysPure] } },
  { files: ['test/component/**'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
)
