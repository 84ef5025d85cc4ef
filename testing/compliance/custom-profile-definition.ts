/**
 * The smallest custom compliance profile a test can save: one must requirement (SPF published) that
 * passes `profileDefinitionSchema`. `name` keeps several in one database apart.
 */
export function customProfileDefinition(name = 'Ours') {
  return {
    name: { en: name, ja: name },
    description: { en: 'Ours', ja: '独自' },
    source: { title: 'Internal policy', url: null, published: '2026' },
    requirements: [
      {
        id: 'spf',
        level: 'must',
        appliesTo: 'all',
        check: { kind: 'spf-published' },
        source: 'Internal policy §1',
        title: { en: 'SPF', ja: 'SPF' },
        explanation: { en: 'SPF', ja: 'SPF' },
      },
    ],
  };
}
