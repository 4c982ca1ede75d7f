import nx from '@nx/eslint-plugin';

/**
 * Module boundaries in two dimensions (see docs/architecture.md):
 * scope decides which side of the wire a library may live on, type decides its layer.
 */
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:e2e'] },
  // Verification tools (conformance runners) exercise libraries of every scope, as the end-to-end suites do.
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:portal'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data-access', 'type:plugin-sdk', 'type:plugin', 'type:plugin-common', 'type:ui', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:plugin-sdk', 'type:ui', 'type:util'] },
  // A plugin uses the SDK and its own common part, never another plugin (see the plugin:<id> rules below).
  { sourceTag: 'type:plugin', onlyDependOnLibsWithTags: ['type:plugin-sdk', 'type:plugin-common', 'type:ui', 'type:util'] },
  // A plugin's common part may be split in several libraries (the plugin:<id> rule keeps them within one plugin).
  { sourceTag: 'type:plugin-common', onlyDependOnLibsWithTags: ['type:plugin-sdk', 'type:plugin-common', 'type:util'] },
  { sourceTag: 'type:plugin-sdk', onlyDependOnLibsWithTags: ['type:plugin-sdk', 'type:core', 'type:data-access', 'type:ui', 'type:util'] },
  ...['page', 'video', 'document', 'link', 'questions', 'quiz', 'scorm'].map((id) => ({
    sourceTag: `plugin:${id}`,
    onlyDependOnLibsWithTags: [`plugin:${id}`, 'type:plugin-sdk', 'type:ui', 'type:util'],
  })),
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/generated/**', 'data/**', 'tmp/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Nest modules and scope:shared must stay framework-free where they are declared so.
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', '@angular/*'] },
      ],
    },
  },
];
