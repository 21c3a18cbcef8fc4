// Mohamed El Amrani, voorzitter ondernemingsraad. Adviesrecht bij een reorganisatie (WOR art. 25),
// instemmingsrecht bij regels over roosters en werktijden (art. 27); onthoudt beloften.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L5382-5386; 000:L804-826; 000:L629-633; 003:L365-367
{
- test("(flag.baangarantie_beloofd or flag.van_werk_naar_werk) and bought.gedwongen_ontslagen") && not gebroken:
    -> gebroken
- gesprek == 1:
    -> eerste
- test("flag.leiderschap_toegezegd and not bought.coachend_leiderschap and quarter >= 4"):
    -> herinnering
- else:
    -> overleg
}

= eerste
Mohamed opent met het A4'tje over persoonlijk leiderschap. Links hoe het was, rechts hoe het moet worden.
Dit geldt voor iedereen. Ook voor u, ook voor de managers. Bent u bereid daarin te investeren? # speaker: mohamed
+ [Ja: een leiderschapsprogramma voor alle leidinggevenden]
    Dan zien we het graag terug in uw begroting. Niet alleen in uw woorden. # speaker: mohamed # flag: leiderschap_toegezegd # effect: trust.mohamed +8
+ [Een baangarantie toezeggen, zodat mensen durven veranderen]
    Mohamed schrijft het op, woord voor woord. # flag: baangarantie_beloofd # effect: trust.mohamed +12 # effect: draagvlak +3
    Geen gedwongen ontslagen tijdens het traject. Afgesproken. # speaker: mohamed
+ [Zeggen dat u nog niets kunt beloven]
    Dat is eerlijk. Maar de OR zal kritisch meekijken. # speaker: mohamed # effect: trust.mohamed -2
- -> END

= gebroken
Mohamed komt niet alleen. De hele OR zit aan tafel, en niemand heeft koffie genomen.
{ test("flag.baangarantie_beloofd"):
    U beloofde geen gedwongen ontslagen. Ik heb het opgeschreven. Vorige week kregen elf mensen een brief. # speaker: mohamed # flag: belofte_gebroken # effect: trust.mohamed -15 # effect: draagvlak -6
- else:
    Van werk naar werk, zei u bij de adviesaanvraag. Het staat in het sociaal plan. Vorige week kregen elf mensen een ontslagbrief. # speaker: mohamed # flag: belofte_gebroken # effect: trust.mohamed -15 # effect: draagvlak -6
}
+ [Toegeven dat u uw woord heeft gebroken, en de ontslagen omzetten in van werk naar werk]
    Dat maakt het niet goed. Maar het is een begin. # speaker: mohamed # effect: budget -60 # effect: trust.mohamed +6 # effect: draagvlak +2
+ [Uitleggen dat de financiële situatie u geen keus liet]
    Er is altijd een keus. U heeft hem gemaakt. # speaker: mohamed # effect: trust.mohamed -5
    De OR laat uitzoeken of ze naar de Ondernemingskamer kan stappen. # effect: verandermoeheid +5
- -> END

= herinnering
// De eerste herinnering kost het meest; daarna is het een bekend verwijt (-4, ontwerpkeuze).
{
- herinnering == 1:
    Mohamed legt het A4'tje van het eerste gesprek weer op tafel. Het is gekreukt.
    Een jaar geleden zei u ja op persoonlijk leiderschap. Ik zie geen programma. # speaker: mohamed # effect: trust.mohamed -6
- herinnering % 2 == 0 && test("flag.leiderschap_herbevestigd"):
    U zei vorige keer: in de volgende begroting. De begroting kwam, het programma niet. # speaker: mohamed # effect: trust.mohamed -4
- herinnering % 2 == 0:
    Mohamed heeft het A4'tje niet eens meer bij zich.
    U weet wat ik ga vragen. Het leiderschapsprogramma staat nog steeds niet in uw begroting. # speaker: mohamed # effect: trust.mohamed -4
- else:
    Persoonlijk leiderschap, nog steeds. Ik blijf het vragen tot ik het zie. # speaker: mohamed # effect: trust.mohamed -4
}
// Geld gaat alleen via de begroting: hier belooft de bestuurder het programma opnieuw. Vanaf de
// eerste belofte ligt de kaart in elke hand (hand.yaml); kopen beloont de OR daar (interventions.yaml).
// Een eerste excuus telt iets (+2), een tweede belofte kost (-2): ontwerpkeuzes.
+ [{herinnering % 2 == 1:Excuses, en het programma in de volgende begroting opnemen|Het opnieuw beloven, nu echt}]
    {
    - test("flag.leiderschap_herbevestigd") && herinnering % 2 == 0:
        Dat zei u vorige keer ook. Ik schrijf het op, voor de tweede keer. # speaker: mohamed # effect: trust.mohamed -2
    - test("flag.leiderschap_herbevestigd"):
        Weer een belofte. De OR telt ze inmiddels. # speaker: mohamed # effect: trust.mohamed -2
    - else:
        Mohamed knikt. # flag: leiderschap_herbevestigd # effect: trust.mohamed +2
        Beter laat. Ik kijk in de volgende begroting. # speaker: mohamed
    }
+ [Zeggen dat het geld op is]
    { herinnering % 2 == 1:
        Dan was het een belofte zonder dekking. De OR onthoudt dat. # speaker: mohamed # effect: trust.mohamed -4
    - else:
        Dat zei u vorige keer ook. Het geld is er wel voor andere dingen. # speaker: mohamed # effect: trust.mohamed -4
    }
- -> END

= overleg
// Varianten per overleg: `overleg` telt dit bezoek mee, dus 1 is het eerste (dat leest zoals het
// altijd las); daarna wisselen even en oneven af, zodat twee overleggen op rij nooit gelijk openen.
{ test("verzuim > 9"):
    {
    - overleg == 1:
        Het verzuim stijgt. De OR krijgt signalen dat mensen op zijn. Wat doet u daaraan? # speaker: mohamed
    - overleg % 2 == 0:
        Het verzuim is hoog. Ik krijg mails van mensen die hun diensten niet meer rond krijgen. # speaker: mohamed
    - else:
        Een kwartaal met veel zieken. Wie er wel is, vangt het op. Hoe lang nog? # speaker: mohamed
    }
- else:
    {
    - overleg == 1:
        Het is rustiger op de werkvloer dan een jaar geleden. Mensen zijn nog voorzichtig, maar minder bang. # speaker: mohamed
    - overleg % 2 == 0:
        Het is rustig op de werkvloer. Er wordt minder over de bestuurder gepraat en meer over het werk. # speaker: mohamed
    - else:
        Mohamed begint met de agenda, niet met klachten.
        Geen brandjes dit kwartaal. Dan kunnen we het over de inhoud hebben. # speaker: mohamed
    }
}
// Een afspraak over banen noemt hij niet elk kwartaal opnieuw: de eerste keer uitgebreid, daarna om en om.
{
- test("flag.belofte_gebroken"):
    {
    - test("not flag.or_brieven_genoemd"):
        De brieven van vorig jaar zijn niet vergeten. Wat u nu zegt, schrijf ik op, en ik leg het er later naast. # speaker: mohamed # flag: or_brieven_genoemd
    - overleg % 2 == 0:
        Ik heb de ontslagbrieven nog in mijn tas. Wat u vandaag zegt, leg ik ernaast. # speaker: mohamed
    - else:
        Mohamed legt zijn aantekeningen van de ontslagen naast zijn blok. Over uw belofte hoeft hij niets meer te zeggen.
    }
- test("flag.baangarantie_beloofd"):
    {
    - overleg == 1:
        En dank dat u zich aan de afspraak over banen houdt. Dat merken mensen. # speaker: mohamed
    - overleg % 2 == 0:
        De baangarantie houdt. Daardoor durven mensen te zeggen wat er niet werkt. # speaker: mohamed
    }
- test("flag.van_werk_naar_werk"):
    {
    - overleg == 1:
        Van werk naar werk, zei u. Tot nu toe heeft iedereen wiens functie verdween een plek. Dat merken mensen. # speaker: mohamed
    - overleg % 2 == 0:
        Het sociaal plan doet wat het belooft. Niemand wiens functie verdween, staat met lege handen. # speaker: mohamed
    }
}
// Het lijstje van de OR: het komt één keer op tafel (de eerste keer na de vraag om mee te denken);
// daarna zegt Mohamed wat ermee gebeurd is, of dat er niets mee gebeurd is.
{
- test("flag.or_denkt_mee and not flag.or_lijstje"):
    U vroeg ons vorige keer mee te denken. Hier is ons lijstje: drie dingen die de teams zelf kunnen regelen, zonder project. # speaker: mohamed # flag: or_lijstje
- test("flag.or_lijstje_opgepakt and not flag.or_lijstje_teruggemeld"):
    Van ons lijstje loopt alles. De teams regelen het zelf, zonder dat iemand er een project van maakte. # speaker: mohamed # flag: or_lijstje_teruggemeld
- test("flag.or_lijstje_opgepakt"):
    { overleg % 2 == 0:
        Twee teams hebben zelf nog een punt aan ons lijstje toegevoegd. Dat had ik niet verwacht. # speaker: mohamed
    }
- test("flag.or_lijstje"):
    { overleg % 2 == 0:
        Ons lijstje ligt nog bij u. Er is niets mee gebeurd. # speaker: mohamed
    - else:
        Mohamed schuift het lijstje van de OR nog eens over tafel. Dezelfde drie punten, nu met een datum erbij.
    }
}
+ [{meedenken:De OR weer vragen mee te denken|De OR vragen mee te denken over de volgende stap}]
    -> meedenken
+ {test("flag.or_denkt_mee and not flag.or_lijstje_opgepakt")} [Het lijstje van de OR overnemen: de teams regelen die drie dingen zelf]
    // De OR meedenken én laten zien dat het iets oplevert, maakt haar tot sponsor (003:L365-367);
    // de omvang (+4, +2) is een ontwerpkeuze, iets onder de eerste vraag om mee te denken.
    Mohamed leest de drie punten voor. U zegt drie keer ja. # flag: or_lijstje_opgepakt # effect: trust.mohamed +4 # effect: draagvlak +2
    Dan vertel ik de teams vanmiddag dat het mag. Dat ze het van ons horen, maakt verschil. # speaker: mohamed
+ [Informeren over wat er komt]
    Mohamed maakt aantekeningen. # effect: trust.mohamed +1
    We komen met een advies. # speaker: mohamed
- -> END

// De OR opnieuw vragen mee te denken. De eerste keer telt volledig (+5 vertrouwen, +2 draagvlak).
// Daarna hangt het af van wat er met het lijstje gebeurde (003:L365-367: meedenken wordt omarmd als de
// OR ziet dat het waarde toevoegt): opgepakt, dan minder (+2 en +1, later +1: het nieuwe is eraf);
// ligt het er nog, dan is de vraag hol en kost ze vertrouwen (-2, bij herhaling -3).
// De omvang van al deze effecten is een ontwerpkeuze; de bron geeft alleen de richting.
= meedenken
{
- meedenken == 1:
    Mohamed is even verrast. # flag: or_denkt_mee # effect: trust.mohamed +5 # effect: draagvlak +2
    Meedenken, niet alleen adviseren. Dat nemen we aan. # speaker: mohamed
- test("not flag.or_lijstje_opgepakt"):
    -> hol
- meedenken == 2:
    Graag. Vorige keer deed u iets met ons lijstje, en dat heeft de ronde gedaan. # speaker: mohamed # effect: trust.mohamed +2 # effect: draagvlak +1
- meedenken % 2 == 1:
    Mohamed knikt. # effect: trust.mohamed +1
    We denken mee. Het is inmiddels een vast punt op onze agenda, en dat is goed. # speaker: mohamed
- else:
    Het staat al op onze agenda. # speaker: mohamed # effect: trust.mohamed +1
    Mohamed schrijft het toch op, onder de vorige keer.
}
-> END

= hol
{
- hol == 1:
    Mohamed tikt op het lijstje dat nog voor u ligt. # effect: trust.mohamed -2
    Wij hebben meegedacht. Doe eerst iets met wat er al ligt, dan denken we graag verder. # speaker: mohamed
- hol % 2 == 0:
    Mohamed legt zijn pen neer. # effect: trust.mohamed -3
    U vraagt het weer, en ons lijstje ligt er nog. Op de vloer heet dat praten voor de bühne. # speaker: mohamed
- else:
    Mohamed schrijft niets op. # effect: trust.mohamed -3
    Eerst ons lijstje. # speaker: mohamed
}
-> END

// Tweede gesprek: de formele adviesaanvraag over de reorganisatie (art. 25), met het geheugen van de OR.
// Een negatief advies blokkeert niet, maar wie ervan afwijkt wacht een maand en riskeert de Ondernemingskamer.
=== instemming ===
# src: 002:L5382-5386; 000:L804-826; 002:L3163-3169
Mohamed heeft de adviesaanvraag voor zich. De OR heeft huiswerk gedaan: op elke bladzijde zit een geeltje.
{
- test("flag.belofte_gebroken"):
    We geven u geen blanco cheque meer. Sinds de ontslagen controleren we elke komma. # speaker: mohamed
- test("flag.baangarantie_beloofd"):
    U heeft zich aan de baangarantie gehouden. Daarom lezen we dit met vertrouwen, niet met argwaan. # speaker: mohamed # effect: trust.mohamed +3
- test("flag.van_werk_naar_werk"):
    Van werk naar werk, dat was de afspraak. Ik wil per functie weten waar die mensen naartoe gaan. # speaker: mohamed
- else:
    In dit plan staat veel over teams en weinig over de mensen die hun functie kwijtraken. # speaker: mohamed
}
{ test("verzuim > 9"):
    En het verzuim is hoog. Mensen zijn moe. Een reorganisatie erbovenop kan net te veel zijn. # speaker: mohamed
}
{ test("flag.leiderschap_toegezegd and bought.coachend_leiderschap"):
    Het leiderschapsprogramma loopt. Collega's vertellen me dat hun leidinggevende vaker vraagt dan zegt. Dat telt mee. # speaker: mohamed # effect: trust.mohamed +2
}
+ [De OR een eigen rol geven in de evaluatie van elke nieuwe stap]
    Mohamed overlegt kort met de anderen.
    Dan adviseren we positief. Met een evaluatie na zes maanden, door ons. # speaker: mohamed # flag: or_evalueert # effect: trust.mohamed +6 # effect: draagvlak +2
+ [Een sociaal plan aanbieden voor iedereen wiens functie verandert]
    Dat is fatsoenlijk. De OR geeft een positief advies. # speaker: mohamed # flag: van_werk_naar_werk # effect: trust.mohamed +4 # effect: budget -30
+ [Zeggen dat de tijd dringt en u het advies snel nodig heeft]
    { test("trust.mohamed >= 55"):
        Goed. U heeft ons vertrouwen. Nog wel. # speaker: mohamed # effect: trust.mohamed -2
    - else:
        Haast is geen argument. We nemen de tijd die een zorgvuldig advies vraagt. En wijkt u af, dan wacht u een maand; zo staat het in de wet. # speaker: mohamed # effect: trust.mohamed -5 # effect: verandermoeheid +2
    }
- -> END

// Instemming (WOR art. 27): teams die zelf roosteren, krijgen nieuwe regels over werktijden.
// Zonder instemming is zo'n besluit nietig; de vervangende toestemming van de kantonrechter kost tijd.
=== instemming_rooster ===
# src: 002:L5382-5386; 002:L1378-1390
Mohamed heeft de nieuwe roosterkaders gelezen: wie plant, hoeveel weekenden, wat er gebeurt als niemand de nacht wil.
Hier gaat het om werktijden. Daar beslist u niet alleen: hier moet de OR mee instemmen. # speaker: mohamed
+ [De roosterkaders samen met de OR en twee teams herschrijven]
    Drie avonden, twee versies, één kader dat de teams zelf begrijpen. # flag: or_instemming_rooster # effect: trust.mohamed +4 # effect: draagvlak +2
    Dit is een regeling waar we ja op zeggen. # speaker: mohamed
+ [De kaders voorleggen zoals ze zijn]
    { test("trust.mohamed >= 45"):
        De OR stemt in, met één wijziging: niemand draait meer dan twee weekenden per maand. # speaker: mohamed # flag: or_instemming_rooster # effect: trust.mohamed +1
    - else:
        De OR stemt niet in. U kunt naar de kantonrechter voor vervangende toestemming, maar dat kost maanden. # speaker: mohamed # effect: trust.mohamed -3
    }
- -> END
