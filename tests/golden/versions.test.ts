/**
 * Archived scenario versions (stories/<id>/versions/): every file is the version its name says,
 * the current engine still replays games on each of them, and the current version is among them —
 * so a game started today continues on its own content after the next content change. After an
 * intended content change, archive the new version with `npm run content:archive` (or
 * UPDATE_GOLDEN=1 with the other golden files) and commit the new file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORIES_DIR } from '../../src/content/from-disk';
import { archive, archivedFingerprints, readArchived } from '../../src/content/versions-disk';
import { createGame } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from '../unit/scenario';
import { UPDATE } from './golden';

const DIR = join(STORIES_DIR, 'het-baken');

describe('archived scenario versions', () => {
  it('the current version is archived', () => {
    if (UPDATE) archive(DIR, bundle);
    expect(
      archivedFingerprints(DIR),
      `De huidige versie (${bundle.fingerprint}) staat niet in stories/het-baken/versions/: draai npm run content:archive en commit het bestand`,
    ).toContain(bundle.fingerprint);
  });

  it.each(archivedFingerprints(DIR))('version %s is what its name says, and games on it replay', (fp) => {
    const old = readArchived(DIR, fp);
    const game = playToEnd(createGame({ bundle: old, seed: 7 }), RANDOM, rand(7));
    const save = loadSave(JSON.stringify(toSave(game)), (id) => (id === old.scenario.id ? old : undefined));
    expect(save.ok && save.game.log).toEqual(game.log);
    const code = fromResultCode(toResultCode(game), old);
    expect(code.ok && code.game.log).toEqual(game.log);
  });
});
