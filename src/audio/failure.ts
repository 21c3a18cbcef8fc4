/** What the player reads when sound is off for good; shared by the service and its deferred loader. */
export const FAILURE_MESSAGE = 'Geluid is niet beschikbaar op dit apparaat; het spel gaat zonder geluid verder.';
