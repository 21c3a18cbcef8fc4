/**
 * Finding a SCORM 1.2 platform's API object, as the standard prescribes: an object named `API` on
 * the window itself or one of its parents, then on the window that opened it and that window's
 * parents. A parent on another origin cannot be read; that counts as not found there.
 */

/** The eight functions a SCORM 1.2 platform offers (they answer with strings, some with booleans). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** What the search needs of a window (a real one in the browser, plain objects in tests). */
export interface ApiHost {
  API?: unknown;
  parent?: ApiHost | null;
  opener?: ApiHost | null;
}

/** How many parents up the search goes: the ADL's reference script gives up after 7. */
const MAX_PARENTS = 7;

function apiOn(w: ApiHost): Scorm12Api | null {
  try {
    const api = w.API as Partial<Scorm12Api> | undefined;
    return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function'
      ? (api as Scorm12Api)
      : null;
  } catch {
    return null; // another origin
  }
}

function upFrom(start: ApiHost): Scorm12Api | null {
  let w: ApiHost | null | undefined = start;
  for (let n = 0; w && n <= MAX_PARENTS; n++) {
    const api = apiOn(w);
    if (api) return api;
    let parent: ApiHost | null | undefined;
    try {
      parent = w.parent;
    } catch {
      return null;
    }
    if (!parent || parent === w) return null;
    w = parent;
  }
  return null;
}

/** The platform's API, or null outside a platform. Never throws. */
export function findScormApi(win: ApiHost): Scorm12Api | null {
  const found = upFrom(win);
  if (found) return found;
  try {
    return win.opener ? upFrom(win.opener) : null;
  } catch {
    return null;
  }
}
