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
// Varianten per begeleidingsgesprek: de knoop telt dit gesprek mee; het eerste leest zoals altijd,
// daarna wisselen even en oneven af, zodat twee gesprekken op rij nooit gelijk openen. Een vraag die
// u de coach al eens stelde, weegt minder (ontwerpkeuze: de eerste keer volledig, daarna +1).
=== begeleiding_proces ===
# src: 001:L580-586; 000:L980-991; 000:L1000-1052; 002:L2183-2189
{
- begeleiding_proces == 1:
    Joke Hendriks zit al op de afdeling als u binnenkomt. Geen laptop, wel een schrift vol aantekeningen.
    Ik ga u niet vertellen wat de teams moeten doen. Ik vertel u wat ik hoor. Dat is soms ongemakkelijk. # speaker: coach_proces
- begeleiding_proces % 2 == 0:
    Joke wacht u op bij de ingang van de afdeling, haar schrift onder de arm.
    Wat ik dit kwartaal hoor? Dat mensen beginnen te geloven dat het dit keer blijft. # speaker: coach_proces
- else:
    Joke zit in de personeelskamer met twee verzorgenden. Ze maakt plaats voor u, maar laat hen uitpraten.
    Ze vroegen me net of ik volgend jaar nog kom. Dat is een goede vraag, voor u ook. # speaker: coach_proces
}
{
- test("bought.zelforganisatie_bigbang and not bought.coachend_leiderschap"):
    { begeleiding_proces % 2 == 1:
        U heeft alle teams tegelijk losgelaten. Ze zwemmen. Ik kan niet in twaalf teams tegelijk zijn. # speaker: coach_proces
    - else:
        De teams zwemmen. Twee zijn bijna boven, de rest niet. # speaker: coach_proces
    }
- test("style.cijfers"):
    { begeleiding_proces % 2 == 1:
        De teams vullen elk kwartaal uw dashboard in. Ze vragen mij of iemand het leest. Ik weet het niet. # speaker: coach_proces
    - else:
        Het dashboard is weer ingevuld. Niemand vraagt er meer naar. Dat is geen goed teken. # speaker: coach_proces
    }
- test("verandermoeheid > 50"):
    { begeleiding_proces % 2 == 1:
        U doet te veel tegelijk. Kies er twee, en maak die af. # speaker: coach_proces
    - else:
        Te veel tegelijk. Welke twee kiest u, en wat laat u liggen? # speaker: coach_proces
    }
}
+ [{proces_teams:Weer vragen wat de teams nodig hebben|Vragen wat de teams van u als bestuurder nodig hebben}]
    -> proces_teams
+ [{begeleiding_proces % 2 == 1:Haar vragen harder op resultaten te sturen|Weer om harde resultaten vragen}]
    { begeleiding_proces % 2 == 1:
        Dat kan. Dan krijgt u cijfers, en verliest u de teams. Wilt u dat echt? # speaker: coach_proces # effect: trust.coach_proces -3
    - else:
        Weer die vraag. Mijn antwoord is hetzelfde: cijfers krijgt u, de teams verliest u. # speaker: coach_proces # effect: trust.coach_proces -3
    }
+ [{proces_raad:Weer vragen hoe u de raad meekrijgt|Vragen hoe u de raad van toezicht meekrijgt}]
    -> proces_raad
- -> END

= proces_teams
{
- proces_teams == 1:
    Dat u komt kijken zonder iets te komen vertellen. # speaker: coach_proces # effect: trust.coach_proces +4 # effect: draagvlak +1
- proces_teams % 2 == 0:
    Hetzelfde als vorige keer: kom kijken, zonder boodschap. Bent u geweest? # speaker: coach_proces # effect: trust.coach_proces +1
- else:
    Joke bladert in haar schrift en leest een zin voor van een verzorgende: wanneer komt de baas eens gewoon koffie drinken? # effect: trust.coach_proces +1
}
-> END

= proces_raad
{
- proces_raad == 1:
    Neem Herman mee de vloer op. Eén ochtend zegt hem meer dan drie rapportages. # speaker: coach_proces # effect: trust.coach_proces +2 # effect: trust.herman +1
- proces_raad % 2 == 0:
    Ik zei het al: neem Herman mee de vloer op. Heeft u hem al gebeld? # speaker: coach_proces # effect: trust.coach_proces +1
- else:
    Laat hem de verhalen horen van wie ze beleeft, niet van u. # speaker: coach_proces # effect: trust.coach_proces +1
}
-> END

=== begeleiding_lean ===
# src: 001:L580-586; 002:L1519-1700; 002:L1668-1672; 002:L2995-2998
{
- begeleiding_lean == 1:
    Bart Willemsen heeft een A3 opgehangen: de weg van de keuken naar het bord van de bewoner, in veertien stappen.
    Ik heb drie weken meegekeken. Er zit veel lucht in de planning, en in de keuken. # speaker: coach_lean
- begeleiding_lean % 2 == 0:
    Bart staat bij zijn A3. Er hangen gele briefjes op die er vorige keer niet hingen.
    Productiviteit omhoog, weggegooid eten omlaag. En de vloer? Daar moeten we het over hebben. # speaker: coach_lean
- else:
    Bart heeft een nieuwe A3 naast de oude gehangen. Er zijn stappen doorgestreept, met een andere pen.
    Die strepen zijn niet van mij. Die zijn van het team. Daar kom ik voor. # speaker: coach_lean
}
{
- test("bought.lean_processen and draagvlak < 45"):
    { begeleiding_lean % 2 == 1:
        Op de afdelingen noemen ze mijn verbeterborden het bezuinigingsbord. Dat is mijn fout, niet de hunne. # speaker: coach_lean
    - else:
        Ze noemen mijn borden het bezuinigingsbord. Op twee afdelingen heb ik ze weggehaald. # speaker: coach_lean
    }
- test("bought.lean_processen"):
    { begeleiding_lean % 2 == 1:
        De keuken heeft zelf bedacht hoe er minder weg kan. Dat werkt beter dan als ik het had voorgeschreven. # speaker: coach_lean
    - else:
        De keuken heeft een tweede verbetering bedacht, zonder mij. Zo hoort het. # speaker: coach_lean
    }
- else:
    { begeleiding_lean % 2 == 1:
        U heeft mij gevraagd voor lean, maar er loopt nog geen verbetertraject. Waar wacht u op? # speaker: coach_lean
    - else:
        Nog steeds geen verbetertraject. Ik kijk mee, maar er is niets om naar te kijken. # speaker: coach_lean
    }
}
+ [{lean_teams:De teams weer zelf laten kiezen|Voorstellen dat de teams zelf het probleem kiezen dat ze aanpakken}]
    -> lean_teams
+ [{lean_snel:Nog eens vragen wat snel bespaart|Vragen welke besparing het snelst zichtbaar wordt}]
    -> lean_snel
+ [{lean_thuiszorg:Weer vragen naar de thuiszorg|Vragen wat hij ziet in de thuiszorg}]
    -> lean_thuiszorg
- -> END

= lean_teams
{
- lean_teams == 1:
    Goed. Dan is het hun winst, niet de mijne. # speaker: coach_lean # effect: trust.coach_lean +3 # effect: draagvlak +2 # effect: verandermoeheid -1
- lean_teams % 2 == 0:
    Dat doen ze al sinds de vorige keer. Ik zorg dat ze er tijd voor krijgen. # speaker: coach_lean # effect: trust.coach_lean +1 # effect: draagvlak +1
- else:
    Bart knikt. Het team van de keuken kiest deze keer de was. # effect: trust.coach_lean +1 # effect: draagvlak +1
}
-> END

= lean_snel
{
- lean_snel == 1:
    Inkoop en vervoer, binnen twee kwartalen. Maar zeg het er op de afdeling niet bij. # speaker: coach_lean # effect: trust.coach_lean +2 # effect: trust.herman +1
- lean_snel % 2 == 0:
    Inkoop en vervoer, zei ik. Meer laaghangend fruit is er niet. # speaker: coach_lean # effect: trust.coach_lean +1
- else:
    Bart wijst naar de A3. Daar staat het. De rest kost tijd. # effect: trust.coach_lean +1
}
-> END

= lean_thuiszorg
{
- lean_thuiszorg == 1:
    Zesenzeventig plancategorieën. Breng dat terug naar een handvol, dan houden de wijkverpleegkundigen tijd over voor de cliënt. # speaker: coach_lean # effect: trust.coach_lean +2
- lean_thuiszorg % 2 == 0:
    Nog steeds te veel plancategorieën. Eén team heeft er zelf tien van gemaakt; laat de rest dat overnemen. # speaker: coach_lean # effect: trust.coach_lean +1
- else:
    De wijkverpleging wil het wel, zegt Bart. Ze wachten op iemand die zegt dat het mag. # effect: trust.coach_lean +1
}
-> END

=== begeleiding_tech ===
# src: 001:L580-586; 003:L773-776; 003:L894-903; 002:L4335-4356; 003:L697-700
{
- begeleiding_tech == 1:
    Priya Ramdin zit aan tafel met Dennis en twee verzorgenden. De tablet van meneer Bakker ligt tussen hen in.
    Ik begin altijd met één vraag: welk probleem van de cliënt lossen we op? Pas daarna: met welke techniek. # speaker: coach_tech
- begeleiding_tech % 2 == 0:
    Priya en Dennis zitten in de personeelskamer, over een lijst met vragen van de vloer.
    Wat ik dit kwartaal zag: verzorgenden die zelf met ideeën komen. Dat is meer waard dan elk apparaat. # speaker: coach_tech
- else:
    Priya staat bij de balie met een verzorgende die haar iets op de tablet laat zien. Dennis kijkt mee.
    Ik hoef steeds minder uit te leggen. Ze leggen het elkaar uit. # speaker: coach_tech
}
{
- test("not bought.ecd_koppeling"):
    { begeleiding_tech % 2 == 1:
        Zonder wifi op {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} en zonder koppeling tussen ECD en rooster bouwen we op zand. # speaker: coach_tech
    - else:
        Nog steeds geen koppeling tussen ECD en rooster. Alles wat we bouwen, staat los. # speaker: coach_tech
    }
- test("bought.beeldbellen and not flag.sanne_ambassadeur and not bought.ambassadeurs_communicatie"):
    { begeleiding_tech % 2 == 1:
        Beeldbellen staat klaar, maar de medewerkers zien het als iets extra's. Ze moeten eerst zien wat het meneer Bakker oplevert. # speaker: coach_tech
    - else:
        Beeldbellen wordt nog te weinig gebruikt. Niemand op de vloer vertelt wat het oplevert. # speaker: coach_tech
    }
- else:
    { begeleiding_tech % 2 == 1:
        De basis staat. Nu kunnen we kiezen wat de vloer echt helpt. # speaker: coach_tech
    - else:
        De basis houdt. De vragen die ik krijg, gaan nu over zorg, niet over storingen. # speaker: coach_tech
    }
}
+ [{tech_proef:Weer een proef laten kiezen|Een verzorgende en Dennis samen een proef laten kiezen}]
    -> tech_proef
+ [{tech_sensoren:Weer naar sensoren vragen|Vragen naar sensoren voor de nacht}]
    -> tech_sensoren
+ [{tech_geld:Nog eens vragen wat geld oplevert|Vragen welke techniek het snelst geld oplevert}]
    -> tech_geld
- -> END

= tech_proef
{
- tech_proef == 1:
    Priya schuift de tablet naar de verzorgende. # effect: trust.coach_tech +3 # effect: trust.dennis +2 # effect: draagvlak +1
    Jij kiest, hij zorgt dat het werkt. # speaker: coach_tech
- tech_proef % 2 == 0:
    Een andere verzorgende kiest deze keer. Dennis schrijft mee. # effect: trust.coach_tech +1 # effect: trust.dennis +1 # effect: draagvlak +1
- else:
    De vorige proef loopt nog. Priya vraagt of die eerst af mag. # effect: trust.coach_tech +1 # effect: trust.dennis +1
}
-> END

= tech_sensoren
{
- tech_sensoren == 1:
    Alleen met een zorgvisie eronder. Anders hangt u dure kastjes op die niemand vertrouwt. # speaker: coach_tech # effect: trust.coach_tech +2
- tech_sensoren % 2 == 0:
    Mijn antwoord is hetzelfde: eerst de zorgvisie, dan de kastjes. # speaker: coach_tech # effect: trust.coach_tech +1
- else:
    Vraag het de nachtdienst, zegt Priya. Die weet welke alarmen ertoe doen. # effect: trust.coach_tech +1
}
-> END

// Een verkeerde eerste vraag wordt niet beter als u hem herhaalt (ontwerpkeuze: -1, dan -2).
= tech_geld
{
- tech_geld == 1:
    Verkeerde eerste vraag. Maar goed: beeldbellen scheelt reistijd. Alleen als mensen het willen gebruiken. # speaker: coach_tech # effect: trust.coach_tech -1
- tech_geld % 2 == 0:
    Nog steeds de verkeerde eerste vraag. # speaker: coach_tech # effect: trust.coach_tech -2
- else:
    Priya zucht. Reistijd, zei ik. Als mensen het willen. # effect: trust.coach_tech -2
}
-> END

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
