// Mohamed El Amrani, voorzitter ondernemingsraad. Instemmingsrecht; onthoudt beloften.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L5382-5386; 000:L804-826; 000:L629-633
{
- test("flag.baangarantie_beloofd and bought.gedwongen_ontslagen") && not gebroken:
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
* [Ja: een leiderschapsprogramma voor alle leidinggevenden]
    Dan zien we het graag terug in uw begroting. Niet alleen in uw woorden. # speaker: mohamed # flag: leiderschap_toegezegd # effect: trust.mohamed +8
* [Een baangarantie toezeggen, zodat mensen durven veranderen]
    Mohamed schrijft het op, woord voor woord. Geen gedwongen ontslagen tijdens het traject. Afgesproken. # speaker: mohamed # flag: baangarantie_beloofd # effect: trust.mohamed +12 # effect: draagvlak +3
* [Zeggen dat u nog niets kunt beloven]
    Dat is eerlijk. Maar de OR zal kritisch meekijken. # speaker: mohamed # effect: trust.mohamed -2
- -> END

= gebroken
Mohamed komt niet alleen. De hele OR zit aan tafel, en niemand heeft koffie genomen.
U beloofde geen gedwongen ontslagen. Ik heb het opgeschreven. Vorige week kregen elf mensen een brief. # speaker: mohamed # flag: belofte_gebroken # effect: trust.mohamed -15 # effect: draagvlak -6
* [Toegeven dat u uw woord heeft gebroken, en de ontslagen omzetten in van werk naar werk]
    Dat maakt het niet goed. Maar het is een begin. # speaker: mohamed # effect: budget -60 # effect: trust.mohamed +6 # effect: draagvlak +2
* [Uitleggen dat de financiële situatie u geen keus liet]
    Er is altijd een keus. U heeft hem gemaakt. # speaker: mohamed # effect: trust.mohamed -5
    De OR laat uitzoeken of ze naar de Ondernemingskamer kan stappen. # effect: verandermoeheid +5
- -> END

= herinnering
Mohamed legt het A4'tje van het eerste gesprek weer op tafel. Het is gekreukt.
Een jaar geleden zei u ja op persoonlijk leiderschap. Ik zie geen programma. # speaker: mohamed # effect: trust.mohamed -6
* [Excuses, en het programma alsnog starten]
    Mohamed knikt. Beter laat. # speaker: mohamed # effect: budget -40 # effect: trust.mohamed +4 # effect: medewerkertevredenheid +0.1 lag 1
* [Zeggen dat het geld op is]
    Dan was het een belofte zonder dekking. De OR onthoudt dat. # speaker: mohamed # effect: trust.mohamed -4
- -> END

= overleg
{ test("verzuim > 9"):
    Het verzuim stijgt. De OR krijgt signalen dat mensen op zijn. Wat doet u daaraan? # speaker: mohamed
- else:
    Het is rustiger op de werkvloer dan een jaar geleden. Mensen zijn nog voorzichtig, maar minder bang. # speaker: mohamed
}
{ test("flag.baangarantie_beloofd"):
    En dank dat u zich aan de afspraak over banen houdt. Dat merken mensen. # speaker: mohamed
}
* [De OR vragen mee te denken over de volgende stap]
    Mohamed is even verrast. Meedenken, niet alleen instemmen. Dat nemen we aan. # speaker: mohamed # effect: trust.mohamed +5 # effect: draagvlak +2
* [Informeren over wat er komt]
    Mohamed maakt aantekeningen. We komen met een advies. # speaker: mohamed # effect: trust.mohamed +1
- -> END
