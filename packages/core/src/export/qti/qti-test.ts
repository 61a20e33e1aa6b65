// The QTI 3.0 assessment test: one part, one section listing every item in quiz order, and a total score.
import { el, renderXml } from '../xml-document.js';
import { QTI_NS, QTI_XSD, XSI_NS } from './qti-namespaces.js';

export interface ItemRef {
  identifier: string;
  /** The item file, relative to the test file. */
  href: string;
}

export function renderQtiTest(identifier: string, title: string, items: readonly ItemRef[]): string {
  const refs = items.map((item) => el('qti-assessment-item-ref', { identifier: item.identifier, href: item.href }));
  const test = el(
    'qti-assessment-test',
    { xmlns: QTI_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${QTI_NS} ${QTI_XSD}`, identifier, title },
    el(
      'qti-outcome-declaration',
      { identifier: 'SCORE', cardinality: 'single', 'base-type': 'float' },
      el('qti-default-value', {}, el('qti-value', {}, '0')),
    ),
    el(
      'qti-test-part',
      { identifier: 'part-1', 'navigation-mode': 'nonlinear', 'submission-mode': 'simultaneous' },
      el('qti-assessment-section', { identifier: 'section-1', title, visible: 'true' }, ...refs),
    ),
    el(
      'qti-outcome-processing',
      {},
      el(
        'qti-set-outcome-value',
        { identifier: 'SCORE' },
        el('qti-sum', {}, el('qti-test-variables', { 'variable-identifier': 'SCORE', 'base-type': 'float' })),
      ),
    ),
  );
  return renderXml(test);
}
