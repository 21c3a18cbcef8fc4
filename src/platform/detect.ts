/**
 * Whether the page was launched by a learning platform: a SCORM package (its settings element in
 * index.html) or an xAPI launch (an endpoint in the address). Tiny on purpose: it is part of the
 * first download; everything else about platforms loads only when this says yes.
 */
export const PACKAGE_ELEMENT = 'koers-pakket';

export const launchedByPlatform = (doc: Pick<Document, 'getElementById'>, search: string): boolean =>
  doc.getElementById(PACKAGE_ELEMENT) !== null || new URLSearchParams(search).has('endpoint');
