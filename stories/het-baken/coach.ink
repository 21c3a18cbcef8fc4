// Tussenevaluatie halverwege het traject, met de coach en de tranchemanager.
// Beoordeling tegen de eigen doelen (001:L655-659); een coach wegsturen kost ca. € 8.000 (001:L615-623).
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== tussenevaluatie ===
# src: 001:L655-659; 001:L580-586; 001:L615-623; 000:L1352-1354
{
- not test("commit"):
    -> zonder_programma
- test("coach.coach_proces"):
    -> proces
- test("coach.coach_lean"):
    -> lean
- else:
    -> tech
}

= zonder_programma
Er is geen tranchemanager en geen coach. U evalueert met het MT, op een dinsdagmiddag tussen twee andere vergaderingen door.
Niemand aan tafel heeft het traject van buiten gezien. Het verslag wordt kort.
-> samen

= proces
Joke Hendriks heeft post-its meegenomen, in vier kleuren: cliënt, medewerker, organisatie, geld.
Ik zie teams die weer met elkaar praten. Dat is het begin, niet het einde. # speaker: coach_proces
{ test("verandermoeheid > 50"):
    Maar ze zijn moe. U doet te veel tegelijk. Kies. # speaker: coach_proces
}
-> samen

= lean
Bart Willemsen heeft een dashboard met twaalf grafieken. Hij begint bij de groene.
De processen lopen strakker. De keuken gooit minder weg, de planning is sneller. # speaker: coach_lean
{ test("draagvlak < 45"):
    Maar op de vloer noemen ze het een bezuinigingsproject. Dat moeten we serieus nemen. # speaker: coach_lean
}
-> samen

= tech
Priya Ramdin begint niet met techniek, maar met een verhaal over meneer Bakker.
Technologie werkt hier pas als de basis er is. # speaker: coach_tech
{ test("bought.ecd_koppeling"):
    En die basis komt er. Wifi, koppeling, digicoaches. Nu kunnen we bouwen. # speaker: coach_tech
- else:
    En die basis is er nog niet. Zonder wifi op De Meerkoet blijft alles een pilot. # speaker: coach_tech
}
-> samen

= samen
De tranchemanager legt uw eigen doelen op tafel, naast de cijfers van nu.
{ get("plan.ambition") >= 5:
    U heeft hoog ingezet. Het risico is dat u straks "deels gehaald" rapporteert, terwijl er veel is bereikt.
}
{
- test("verzuim < 7.5 and draagvlak >= 50"):
    Het verzuim daalt en de teams doen mee. Dit is halverwege meer dan gemiddeld.
- test("verzuim > 9"):
    Het verzuim is gestegen. Dat is soms de prijs van verandering, maar het mag niet de koers worden.
- else:
    Er beweegt iets, maar nog niet overal. Dat is normaal halverwege.
}
* [Koers houden: de doelen blijven staan]
    Het verslag vermeldt: koers gehandhaafd, tweede actieperiode zoals gepland. # effect: trust.herman +1
* [Het tempo verlagen: minder tegelijk, beter afmaken]
    U schrapt twee lopende werkgroepen. De opluchting is op de vloer te horen. # flag: tempo_verlaagd # effect: verandermoeheid -6 # effect: draagvlak +2
* {test("commit")} [De coach wegsturen en de terugbetaling voor lief nemen]
    De samenwerking stopt. U betaalt ongeveer acht duizend euro terug en de tranchemanager belt bezorgd. # flag: coach_ontslagen # effect: budget -8 # effect: draagvlak -3 # effect: trust.herman -2
- Het verslag gaat naar de raad van toezicht en het programmabureau. De tweede actieperiode begint.
-> END
