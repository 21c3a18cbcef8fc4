// Mohamed El Amrani, voorzitter ondernemingsraad. Adviesrecht bij een reorganisatie (WOR art. 25),
// instemmingsrecht bij regels over roosters en werktijden (art. 27); onthoudt beloften.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L5382-5386; 000:L804-826; 000:L629-633
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
Mohamed legt het A4'tje van het eerste gesprek weer op tafel. Het is gekreukt.
Een jaar geleden zei u ja op persoonlijk leiderschap. Ik zie geen programma. # speaker: mohamed # effect: trust.mohamed -6
+ [Excuses, en het programma alsnog starten]
    Mohamed knikt. # effect: budget -40 # effect: trust.mohamed +4 # effect: medewerkertevredenheid +0.1 lag 1
    Beter laat. # speaker: mohamed
+ [Zeggen dat het geld op is]
    Dan was het een belofte zonder dekking. De OR onthoudt dat. # speaker: mohamed # effect: trust.mohamed -4
- -> END

= overleg
{ test("verzuim > 9"):
    Het verzuim stijgt. De OR krijgt signalen dat mensen op zijn. Wat doet u daaraan? # speaker: mohamed
- else:
    Het is rustiger op de werkvloer dan een jaar geleden. Mensen zijn nog voorzichtig, maar minder bang. # speaker: mohamed
}
{
- test("flag.belofte_gebroken"):
    De brieven van vorig jaar zijn niet vergeten. Wat u nu zegt, schrijf ik op, en ik leg het er later naast. # speaker: mohamed
- test("flag.baangarantie_beloofd"):
    En dank dat u zich aan de afspraak over banen houdt. Dat merken mensen. # speaker: mohamed
- test("flag.van_werk_naar_werk"):
    Van werk naar werk, zei u. Tot nu toe heeft iedereen wiens functie verdween een plek. Dat merken mensen. # speaker: mohamed
}
{ test("flag.or_denkt_mee"):
    U vroeg ons vorige keer mee te denken. Hier is ons lijstje: drie dingen die de teams zelf kunnen regelen, zonder project. # speaker: mohamed
}
+ [De OR vragen mee te denken over de volgende stap]
    Mohamed is even verrast. # flag: or_denkt_mee # effect: trust.mohamed +5 # effect: draagvlak +2
    Meedenken, niet alleen adviseren. Dat nemen we aan. # speaker: mohamed
+ [Informeren over wat er komt]
    Mohamed maakt aantekeningen. # effect: trust.mohamed +1
    We komen met een advies. # speaker: mohamed
- -> END

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
