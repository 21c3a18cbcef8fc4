// Epiloog: een jaar na het einde van het traject. Wat bleef, wat zakte terug.
// Zonder borging valt winst terug ("ploft als een pudding in elkaar", 001:L405-407).
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== een_jaar_later ===
# src: 001:L405-407; 000:L2278-2279; 003:L813-814
Een jaar later. Het programma is afgelopen, de coach is vertrokken, de laatste rapportage ligt in een kast.
De vraag is nu: wat doet Het Baken als niemand meekijkt?

// --- borging
{
- test("borging >= 50"):
    Het meeste staat nog overeind. De werkwijzen zitten in de teamoverleggen, in het jaarplan en in de hoofden van mensen. Niemand noemt het nog "het project".
- test("borging >= 25"):
    Een deel is gebleven. Waar een ambassadeur of projectleider bleef, loopt het door. Elders sluipen de oude gewoonten terug, ongemerkt.
- else:
    Veel van wat er bereikt was, is teruggezakt. {test("flag.functies_eigen_begroting or bought.structureel_innovatiebudget"):De trekkers zijn gebleven, maar ze staan er alleen voor|Het projectgeld is op, de trekkers zijn weg}, en de oude routines waren nooit echt verdwenen.
}

// --- mevrouw Jansen, De Meerkoet
{
- test("bought.locatie_sluiten"):
    Mevrouw Jansen woont nu op Het Anker. De eerste maanden zocht ze elke avond de gang van De Meerkoet. Petra komt nog steeds drie keer per week.
- test("eigen_regie >= 45"):
    Op De Meerkoet vraagt een verzorgende aan mevrouw Jansen of ze koffie of thee wil. Ze kiest thee. Daarna vouwt ze de handdoeken voor de hele afdeling.
- else:
    Mevrouw Jansen krijgt 's ochtends koffie. Ze drinkt het zonder iets te zeggen.
}
{ test("flag.petra_partner or bought.families_betrekken"):
    Petra schrijft mee aan het plan van haar moeder en zit in de familieraad. Ze zegt: ik ben geen bezoeker meer.
}

// --- meneer Bakker, thuiszorg
{
- test("bought.vaste_gezichten and bought.beeldbellen"):
    Meneer Bakker ziet drie vaste gezichten, en op dinsdag zijn kleindochter op de tablet. Hij is minder alleen dan een jaar geleden.
- test("bought.vaste_gezichten or bought.minutenregistratie_af"):
    Meneer Bakker kent zijn wijkverpleegkundigen bij naam. Ze drinken weer een kop koffie mee als dat nodig is.
- else:
    Meneer Bakker telt nog steeds de gezichten. Deze maand waren het er elf.
}

// --- meneer Öztürk, na zijn revalidatie
{ test("bought.wijkteams_gemeente or bought.ketenzorg_huisartsen or wachttijd <= 30"):
    Meneer Öztürk kreeg na zijn revalidatie binnen tien dagen zorg thuis, met één plan voor hem en zijn vrouw. Hij loopt weer elke ochtend naar de moskee.
- else:
    Meneer Öztürk wachtte na zijn revalidatie weken op zorg thuis. Zijn dochter nam zorgverlof.
}

// --- medewerkers
{
- test("verzuim <= 7"):
    Het verzuim ligt onder de zeven procent. {test("bought.locatie_sluiten"):Op Lindehof en Het Anker|Op De Meerkoet} zijn de invallers bijna verdwenen.
- test("verzuim >= 9"):
    Het verzuim is hoog gebleven. {test("bought.locatie_sluiten"):Op Lindehof en Het Anker|Op De Meerkoet} staan weer invallers op het rooster, en de vaste krachten zijn moe.
}
{
- test("flag.ans_gewonnen"):
    Ans is met pensioen gegaan. Bij haar afscheid zei ze: het kan altijd beter. De hele afdeling lachte, want ze meende het.
- test("flag.ans_ziek"):
    Ans is na een half jaar ziekte terug, voor minder uren. Ze zegt dat ze het vak nog steeds mooi vindt. Het systeem minder.
}
{
- test("flag.sanne_vertrokken"):
    Sanne werkt in het ziekenhuis. De appgroep met ideeën bestaat niet meer.
- test("flag.sanne_ambassadeur"):
    Sanne leidt nu een netwerk van twintig ambassadeurs. Het hangt niet meer aan haar alleen.
}
{
- test("flag.kees_vertrokken"):
    Kees werkt bij een andere thuiszorgorganisatie. Zijn oude cliënten vragen nog naar hem.
- test("flag.kees_teamcoach"):
    Kees is teamcoach van vier wijkteams. Hij stelt vaker vragen dan hij antwoorden geeft, en zijn teams plannen zelf.
}
{ test("flag.belofte_gebroken"):
    In de OR wordt nog steeds gesproken over de beloofde baangarantie die niet werd nagekomen. Bij elk nieuw plan vraagt Mohamed: staat het op papier?
}

// --- organisatie en buitenwereld
{
- test("ladder >= 5"):
    De aanwijzing van de inspectie is nog van kracht. Elke nieuwe stap moet eerst langs de inspectie, met een harde termijn erbij.
- test("ladder >= 4"):
    Het Baken staat nog onder verscherpt toezicht. Elke nieuwe stap moet eerst langs de inspectie.
- test("ladder <= 1"):
    Bij de inspectie is Het Baken geen zorgdossier meer. Marieke Smit belde nog één keer, om een voorbeeld te vragen voor een andere organisatie.
}
{
- test("resultaat >= 1.5"):
    Financieel staat Het Baken er beter voor dan in jaren. Herman noemt het jaarverslag "saai, en dat bedoel ik als compliment".
- test("resultaat < 0"):
    De cijfers zijn rood. De raad van toezicht zoekt naar een nieuwe koers, en naar wie hem moet varen.
- else:
    De marge is dun gebleven, maar stabiel.
}
Het programma loopt af. De beweging gaat door, of niet. Dat heeft u niet alleen in de hand gehad, maar wel meer dan u dacht.
-> END

// Na een ontslag door de raad van toezicht: een eigen epiloog, een jaar later.
=== na_ontslag ===
# src: 000:L804-826; 000:L1000-1014; 001:L405-407
Een jaar later. Het Baken heeft een nieuwe bestuurder. Uw naam staat nog onder een paar plannen die niemand meer openslaat.
{
- test("ladder >= 5"):
    De aanwijzing is nog van kracht. De interim-bestuurder heeft een jaar lang vooral met de inspectie gepraat.
- test("ladder >= 4"):
    Het Baken staat nog onder verscherpt toezicht. De nieuwe bestuurder begon met een rondgang langs alle locaties, zonder plan.
- else:
    De inspectie komt nog geregeld langs, maar het dossier wordt dunner.
}
{
- test("resultaat < 0"):
    De cijfers zijn nog rood. Er wordt gesproken over een fusie.
- test("resultaat >= 1"):
    De marge is hersteld, maar wie er op de vloer naar vraagt, krijgt een schouderophalen.
}
{ test("draagvlak < 25"):
    Op de vloer zeggen ze: weer een nieuwe baas, weer een nieuwe koers. Ze wachten af.
}
{ test("flag.verzwijgen_ontdekt"):
    Ruud werkt niet meer bij Het Baken. De teams {test("bought.locatie_sluiten"):van de oude Meerkoet|op De Meerkoet} bespreken hun meldingen nu elke week, maar ze kijken nog steeds eerst wie er meeluistert.
}
{ test("flag.ans_ziek"):
    Ans is na een half jaar ziekte terug, voor minder uren.
}
Een traject dat halverwege stopt, laat meer achter dan een onaf plan: het laat mensen achter die niet meer geloven dat het deze keer anders gaat.
-> END
