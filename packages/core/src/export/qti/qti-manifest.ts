// imsmanifest.xml: the IMS content-packaging manifest that tells an LMS which file is the test and which are items.
import { el, renderXml } from '../xml-document.js';
import { CP_NS, CP_XSD, ITEM_RESOURCE_TYPE, TEST_RESOURCE_TYPE, XSI_NS } from './qti-namespaces.js';

export interface PackagedFile {
  /** The resource's identifier in the manifest. */
  resource: string;
  /** Its path inside the zip. */
  href: string;
}

export function renderManifest(identifier: string, test: PackagedFile, items: readonly PackagedFile[]): string {
  const testResource = el(
    'resource',
    { identifier: test.resource, type: TEST_RESOURCE_TYPE, href: test.href },
    el('file', { href: test.href }),
    ...items.map((item) => el('dependency', { identifierref: item.resource })),
  );
  const itemResources = items.map((item) =>
    el(
      'resource',
      { identifier: item.resource, type: ITEM_RESOURCE_TYPE, href: item.href },
      el('file', { href: item.href }),
    ),
  );
  const manifest = el(
    'manifest',
    { xmlns: CP_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${CP_NS} ${CP_XSD}`, identifier },
    el('metadata', {}, el('schema', {}, 'QTI Package'), el('schemaversion', {}, '3.0.0')),
    el('organizations'),
    el('resources', {}, testResource, ...itemResources),
  );
  return renderXml(manifest);
}
