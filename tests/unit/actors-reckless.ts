/** A reckless way of playing, for the tests of the actors (unit and browser): not a shipped strategy. */
import { scripted } from '../../src/game/strategies';
import { StrategiesFile } from '../../src/sim/schema';

/** Cuts jobs, conceals the medication incident, promises the board savings, answers last. */
export const RECKLESS = scripted(
  StrategiesFile.parse({
    strategies: [
      {
        id: 'roekeloos',
        title: 'Roekeloos',
        summary: 'Snijden, verzwijgen en beloven.',
        leader: 'externe_projectleider',
        theme: 'bedrijfsvoering',
        coach: 'coach_lean',
        style: 'cijfers',
        goals: [
          { id: 'zwarte_cijfers', level: 'zeer_ambitieus' },
          { id: 'overhead_omlaag', level: 'zeer_ambitieus' },
        ],
        interventions: ['gedwongen_ontslagen', 'inhuur', 'locatie_sluiten', 'lean_processen'],
        perQuarter: 5,
        budgetShare: 1,
        dialogue: 'laatste',
      },
    ],
  }).strategies[0]!,
);
