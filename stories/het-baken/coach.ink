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
    En die basis is er nog niet. Zonder wifi op {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} blijft alles een pilot. # speaker: coach_tech
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
+ [Koers houden: de doelen blijven staan]
    Het verslag vermeldt: koers gehandhaafd, tweede actieperiode zoals gepland. # effect: trust.herman +1
+ [Het tempo verlagen: minder tegelijk, beter afmaken]
    U schrapt twee lopende werkgroepen. De opluchting is op de vloer te horen. # flag: tempo_verlaagd # effect: verandermoeheid -6 # effect: draagvlak +2
+ {test("commit")} [De coach wegsturen en de terugbetaling voor lief nemen]
    De samenwerking stopt. U betaalt ongeveer acht duizend euro terug en de tranchemanager belt bezorgd. # flag: coach_ontslagen # effect: budget -8 # effect: draagvlak -3 # effect: trust.herman -2
- Het verslag gaat naar de raad van toezicht en het programmabureau. De tweede actieperiode begint.
-> END

// Begeleidingsgesprekken met de gekozen coach (agenda), en het afbouwen aan het eind.
=== begeleiding_proces ===
# src: 001:L580-586; 000:L980-991; 000:L1000-1052; 002:L2183-2189
Joke Hendriks zit al op de afdeling als u binnenkomt. Geen laptop, wel een schrift vol aantekeningen.
{ begeleiding_proces == 1:
    Ik ga u niet vertellen wat de teams moeten doen. Ik vertel u wat ik hoor. Dat is soms ongemakkelijk. # speaker: coach_proces
- else:
    Wat ik dit kwartaal hoor? Dat mensen beginnen te geloven dat het dit keer blijft. # speaker: coach_proces
}
{
- test("bought.zelforganisatie_bigbang and not bought.coachend_leiderschap"):
    U heeft alle teams tegelijk losgelaten. Ze zwemmen. Ik kan niet in twaalf teams tegelijk zijn. # speaker: coach_proces
- test("style.cijfers"):
    De teams vullen elk kwartaal uw dashboard in. Ze vragen mij of iemand het leest. Ik weet het niet. # speaker: coach_proces
- test("verandermoeheid > 50"):
    U doet te veel tegelijk. Kies er twee, en maak die af. # speaker: coach_proces
}
+ [Vragen wat de teams van u als bestuurder nodig hebben]
    Dat u komt kijken zonder iets te komen vertellen. # speaker: coach_proces # effect: trust.coach_proces +4 # effect: draagvlak +1
+ [Haar vragen harder op resultaten te sturen]
    Dat kan. Dan krijgt u cijfers, en verliest u de teams. Wilt u dat echt? # speaker: coach_proces # effect: trust.coach_proces -3
+ [Vragen hoe u de raad van toezicht meekrijgt]
    Neem Herman mee de vloer op. Eén ochtend zegt hem meer dan drie rapportages. # speaker: coach_proces # effect: trust.coach_proces +2 # effect: trust.herman +1
- -> END

=== begeleiding_lean ===
# src: 001:L580-586; 002:L1519-1700; 002:L1668-1672; 002:L2995-2998
Bart Willemsen heeft een A3 opgehangen: de weg van de keuken naar het bord van de bewoner, in veertien stappen.
{ begeleiding_lean == 1:
    Ik heb drie weken meegekeken. Er zit veel lucht in de planning, en in de keuken. # speaker: coach_lean
- else:
    Productiviteit omhoog, weggegooid eten omlaag. En de vloer? Daar moeten we het over hebben. # speaker: coach_lean
}
{
- test("bought.lean_processen and draagvlak < 45"):
    Op de afdelingen noemen ze mijn verbeterborden het bezuinigingsbord. Dat is mijn fout, niet de hunne. # speaker: coach_lean
- test("bought.lean_processen"):
    De keuken heeft zelf bedacht hoe er minder weg kan. Dat werkt beter dan als ik het had voorgeschreven. # speaker: coach_lean
- else:
    U heeft mij gevraagd voor lean, maar er loopt nog geen verbetertraject. Waar wacht u op? # speaker: coach_lean
}
+ [Voorstellen dat de teams zelf het probleem kiezen dat ze aanpakken]
    Goed. Dan is het hun winst, niet de mijne. # speaker: coach_lean # effect: trust.coach_lean +3 # effect: draagvlak +2 # effect: verandermoeheid -1
+ [Vragen welke besparing het snelst zichtbaar wordt]
    Inkoop en vervoer, binnen twee kwartalen. Maar zeg het er op de afdeling niet bij. # speaker: coach_lean # effect: trust.coach_lean +2 # effect: trust.herman +1
+ [Vragen wat hij ziet in de thuiszorg]
    Zesenzeventig plancategorieën. Breng dat terug naar een handvol, dan houden de wijkverpleegkundigen tijd over voor de cliënt. # speaker: coach_lean # effect: trust.coach_lean +2
- -> END

=== begeleiding_tech ===
# src: 001:L580-586; 003:L773-776; 003:L894-903; 002:L4335-4356; 003:L697-700
Priya Ramdin zit aan tafel met Dennis en twee verzorgenden. De tablet van meneer Bakker ligt tussen hen in.
{ begeleiding_tech == 1:
    Ik begin altijd met één vraag: welk probleem van de cliënt lossen we op? Pas daarna: met welke techniek. # speaker: coach_tech
- else:
    Wat ik dit kwartaal zag: verzorgenden die zelf met ideeën komen. Dat is meer waard dan elk apparaat. # speaker: coach_tech
}
{
- test("not bought.ecd_koppeling"):
    Zonder wifi op {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} en zonder koppeling tussen ECD en rooster bouwen we op zand. # speaker: coach_tech
- test("bought.beeldbellen and not flag.sanne_ambassadeur and not bought.ambassadeurs_communicatie"):
    Beeldbellen staat klaar, maar de medewerkers zien het als iets extra's. Ze moeten eerst zien wat het meneer Bakker oplevert. # speaker: coach_tech
- else:
    De basis staat. Nu kunnen we kiezen wat de vloer echt helpt. # speaker: coach_tech
}
+ [Een verzorgende en Dennis samen een proef laten kiezen]
    Priya schuift de tablet naar de verzorgende. # effect: trust.coach_tech +3 # effect: trust.dennis +2 # effect: draagvlak +1
    Jij kiest, hij zorgt dat het werkt. # speaker: coach_tech
+ [Vragen naar sensoren voor de nacht]
    Alleen met een zorgvisie eronder. Anders hangt u dure kastjes op die niemand vertrouwt. # speaker: coach_tech # effect: trust.coach_tech +2
+ [Vragen welke techniek het snelst geld oplevert]
    Verkeerde eerste vraag. Maar goed: beeldbellen scheelt reistijd. Alleen als mensen het willen gebruiken. # speaker: coach_tech # effect: trust.coach_tech -1
- -> END

=== afbouwen ===
# src: 000:L2278-2279; 000:L980-991; 001:L405-407
{
- test("coach.coach_proces"):
    Nog een halfjaar. Vanaf nu doe ik steeds minder en uw teams steeds meer. Zo hoort het. # speaker: coach_proces
- test("coach.coach_lean"):
    Over een halfjaar ben ik weg. Wie houdt dan de verbeterborden bij? # speaker: coach_lean
- else:
    Over een halfjaar ben ik weg. Wie vraagt dan nog: welk probleem van de cliënt lossen we op? # speaker: coach_tech
}
{ test("borging < 30"):
    De coach is eerlijk: als het programma nu stopt, zakt het meeste terug. Het hangt nog aan een paar trekkers.
- else:
    De coach is tevreden: de teams vragen steeds minder en doen steeds meer.
}
{ tussenevaluatie > 0 && test("flag.tempo_verlaagd"):
    Sinds u bij de tussenevaluatie het tempo verlaagde, is er meer afgemaakt dan begonnen.
}
+ [Afspreken dat de coach vanaf nu alleen nog meekijkt]
    De coach schrapt de helft van de afspraken in de agenda. De teams merken het, en pakken het op. # flag: coach_bouwt_af # effect: borging +4 # effect: verandermoeheid +1
+ [Vragen of de coach langer kan blijven]
    Dat kan. Maar dan leren ze het niet zelf. De coach blijft, en de teams blijven vragen. # effect: budget -30 # effect: borging -2 # effect: draagvlak +1
+ [De interne projectleider het stokje laten overnemen]
    {
    - test("leader.externe_projectleider"):
        Uw projectleider is zelf extern. Wie blijft er over als hij ook vertrekt? # effect: borging +1
    - test("leader.sanne_projectleider"):
        Sanne loopt de laatste maanden met de coach mee en neemt de overleggen één voor één over. # effect: borging +5 # effect: trust.sanne +3
    - else:
        Kees loopt de laatste maanden met de coach mee en neemt de overleggen één voor één over. # effect: borging +5 # effect: trust.kees +3
    }
- -> END
