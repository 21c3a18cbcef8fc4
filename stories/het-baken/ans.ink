// Ans de Wit, senior verzorgende op De Meerkoet. "Dat doen we toch al."
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L2620-2624; 002:L1260-1266; 000:L563-568; 002:L336-341
{
- gesprek == 1:
    -> eerste
- test("werkdruk > 8 and trust.ans < 40"):
    -> op
- test("flag.sanne_vertrokken") && not sanne_gemist:
    -> sanne_gemist
- test("bought.opruimdienst or bought.kort_zorgleefplan"):
    -> kantelt
- else:
    -> gewoon
}

= eerste
Ans zit in de personeelskamer met een boterham. Ze schuift een stoel bij, zonder te vragen of u wilt.
U bent de derde bestuurder die ik meemaak. Allemaal wilden ze iets nieuws. # speaker: ans
+ [Vragen wat zij zou schrappen als het aan haar lag]
    Ans denkt na. # effect: trust.ans +6
    Het dubbel rapporteren. Alles op papier én later in de computer. En de helft van die map. # speaker: ans
    Als ik dat mag uitzoeken met mijn team, dan doe ik mee. # speaker: ans # flag: ans_opruimen
+ [Vragen wat eigen regie voor haar betekent]
    Eigen regie? Dat doen we toch al. Ik vraag altijd of ze koffie of thee willen. # speaker: ans
    ++ [Vragen of mevrouw Jansen die vraag ook krijgt]
        Ans zwijgt even. # effect: trust.ans +4
        Als het druk is... niet altijd. Nee. # speaker: ans
        Misschien is het meer dan koffie of thee. # speaker: ans # flag: ans_twijfelt
    ++ [Zeggen dat eigen regie veel meer is dan dat]
        Dat zal best. Maar dan moet u mij ook de tijd geven. # speaker: ans # effect: trust.ans -2
+ [Uitleggen dat de koers echt anders moet]
    Ans eet haar boterham verder. # effect: trust.ans -5
    Ik hoor het wel als het op het rooster staat. # speaker: ans
- -> END

= op
Ans staat niet op het rooster. Een collega vertelt dat ze zich gisteren heeft ziekgemeld. Voor het eerst in twaalf jaar.
Ze zei: ik kan het niet meer opvangen. Ze vangt altijd alles op. # flag: ans_ziek # effect: draagvlak -3 # effect: verzuim +0.1
+ [Ans zelf bellen, zonder over werk te beginnen]
    Aan de telefoon huilt ze even. Dan lacht ze. Fijn dat u belt. Echt. # speaker: ans # effect: trust.ans +8
+ [De afdeling een extra kracht geven voor de komende weken]
    De collega's zijn opgelucht. Eindelijk iemand die het ziet. # effect: budget -20 # effect: werkdruk -0.2
- -> END

= sanne_gemist
Ans zet koffie voor twee.
Sanne is weg. Zij was de enige die de tablets snapte. # speaker: ans
En ze was de enige die mij tegensprak. Dat mis ik, gek genoeg. # speaker: ans
+ [Vragen of Ans haar rol als vraagbaak wil overnemen]
    Ans lacht. # effect: trust.ans +4 # flag: ans_vraagbaak
    Ik? Met die tablets? Als iemand het me rustig uitlegt. # speaker: ans
+ [Luisteren]
    Ze praat over vroeger, over de mensen die bleven en die gingen. # effect: trust.ans +2
- -> END

// Varianten per gesprek: wat Ans al gezegd heeft (een vlag) zegt ze niet nog eens woordelijk, en
// `kantelt`/`gewoon` tellen dit bezoek mee, zodat even en oneven gesprekken om en om anders openen.
= kantelt
{ test("flag.ans_opruimen and bought.opruimdienst"):
    {
    - test("not flag.ans_opruimen_gedaan"):
        U zei dat ik het mocht uitzoeken met mijn team. Dat hebben we gedaan. # speaker: ans # flag: ans_opruimen_gedaan
    - kantelt % 2 == 0:
        De dunne map ligt op de plank. Niemand heeft gevraagd of de oude terug moet.
    }
}
{
- test("trust.ans >= 65 and not flag.ans_gewonnen"):
    Ans loopt u tegemoet in de gang. # flag: ans_gewonnen
    Kom kijken. We hebben de map gehalveerd. # speaker: ans
    Ik zei altijd: dat doen we toch al. Nu zeg ik: het kan altijd beter. Zeg het niet tegen de anderen. # speaker: ans # effect: draagvlak +4
- test("flag.ans_gewonnen") && kantelt % 2 == 0:
    Ans werkt een nieuwe collega in. Alleen opschrijven wat ertoe doet, hoort u haar zeggen.
- test("flag.ans_gewonnen"):
    Ans zwaait naar u vanaf de balie, maar maakt eerst haar overdracht af.
- test("not flag.ans_voorzichtig"):
    Ans is voorzichtig positief.
    Het schrijven is minder. Maar ik geloof het pas als het zo blijft. # speaker: ans # flag: ans_voorzichtig
- kantelt % 2 == 0:
    Het houdt stand, tot nu toe. Vraag het me over een kwartaal nog eens. # speaker: ans
- else:
    Minder papier, ja. Ik wacht nog even met juichen. # speaker: ans
}
+ [{teamdag:Haar vragen het nog eens te vertellen|Haar vragen het verhaal te vertellen op de volgende teamdag}]
    -> teamdag
+ [{knelt:Nog eens vragen wat er knelt|Vragen wat er nog knelt}]
    -> knelt
- -> END

// Het verhaal op de teamdag: de eerste keer telt volledig; een tweede keer voegt minder toe (ontwerpkeuze).
= teamdag
{ test("trust.ans >= 55"):
    {
    - teamdag == 1:
        Goed dan. Maar ik ga niet op een podium staan. # speaker: ans # effect: draagvlak +3 # effect: trust.ans +2
    - teamdag % 2 == 0:
        Nog een keer? Dan neem ik een collega mee. Ik hoor mezelf al praten. # speaker: ans # effect: draagvlak +1
    - else:
        Ze kennen het verhaal nu wel. Laat de jongeren het maar vertellen. # speaker: ans # effect: draagvlak +1
    }
- else:
    Nog niet. Eerst zien, dan vertellen. # speaker: ans
}
-> END

// Wat er nog knelt: de eerste keer telt volledig (+3). Vraagt u het opnieuw, dan weegt het af naar wat
// er met haar antwoord gebeurde: de nacht is aangepakt (nachtsensoren, 002:L336-341), dan +1; niet,
// dan is de vraag hol (-1, bij herhaling -2). De omvang is een ontwerpkeuze; de bron geeft geen cijfer.
= knelt
{
- knelt == 1:
    De nachtdienst. Daar is nog niets veranderd. Twee mensen voor drie gangen. # speaker: ans # effect: trust.ans +3
- test("bought.nachtsensoren"):
    { knelt % 2 == 0:
        's Nachts gaat het beter, sinds de sensoren. Nu knelt vooral de avond. # speaker: ans # effect: trust.ans +1
    - else:
        De avond, nog steeds. Maar u luistert, dat zie ik. # speaker: ans # effect: trust.ans +1
    }
- knelt == 2:
    Dat vroeg u vorige keer ook. Het antwoord is hetzelfde: de nacht. Er is niets veranderd. # speaker: ans # effect: trust.ans -1
- knelt % 2 == 1:
    Ans kijkt u even aan.
    U weet het al. De nacht. # speaker: ans # effect: trust.ans -2
- else:
    Waarom vraagt u het steeds, als er niets mee gebeurt? # speaker: ans # effect: trust.ans -2
}
-> END

= gewoon
{
- test("flag.ans_opruimen and not bought.opruimdienst and not flag.ans_schrappen_gemist"):
    U vroeg me wat ik zou schrappen. Ik heb het u verteld: het dubbel rapporteren, de halve map. Er is nog niets geschrapt. # speaker: ans # effect: trust.ans -2 # flag: ans_schrappen_gemist
- test("flag.ans_opruimen and not bought.opruimdienst") && gewoon % 2 == 0:
    // De teleurstelling blijft, maar weegt minder dan de eerste keer (ontwerpkeuze).
    De map is nog even dik. Ik vraag er niet meer naar. # speaker: ans # effect: trust.ans -1
- test("flag.ans_twijfelt and eigen_regie < 42 and not flag.ans_jansen_verteld"):
    Ik heb nagedacht over wat u vroeg, over mevrouw Jansen en de koffie. Het is nog steeds niet altijd. # speaker: ans # flag: ans_jansen_verteld
}
{ test("verzuim > 9"):
    {
    - gewoon % 2 == 1:
        Ans ziet er moe uit.
        Deze week drie diensten extra. Er is altijd wel iemand ziek. # speaker: ans
    - else:
        Ans komt net van een dubbele dienst.
        Ik heb vanochtend twee invallers ingewerkt. Morgen zijn het weer anderen. # speaker: ans
    }
- else:
    {
    - gewoon % 2 == 1:
        Ans heeft het druk, maar maakt tijd.
        Mevrouw Jansen heeft vandaag zelf haar vest uitgekozen. # speaker: ans
    - else:
        Ans schenkt koffie in, ook voor u.
        Het is een gewone week. Dat is ook wat waard. # speaker: ans
    }
}
+ [{wat_doen:Nog eens vragen wat u kunt doen|Vragen wat u kunt doen}]
    -> wat_doen
+ [{gewoon % 2 == 1:Vertellen wat er de komende maanden verandert|Vertellen wat er nu op stapel staat}]
    { test("verandermoeheid > 45"):
        Ans zucht. # effect: trust.ans -2 # effect: verandermoeheid +1
        Alweer? Ik ben er nog niet aan toe. # speaker: ans
    - else:
        { gewoon % 2 == 1:
            Ze luistert, stelt twee vragen, en knikt. Dat kan ik uitleggen aan de anderen. # speaker: ans # effect: trust.ans +2
        - else:
            Ze luistert en schrijft het op de achterkant van het rooster. Ik zeg het bij de overdracht. # speaker: ans # effect: trust.ans +2
        }
    }
- -> END

// Wat u kunt doen: haar antwoord is minder tegelijk. De eerste keer telt volledig (+3); vraagt u het
// opnieuw, dan telt of u ernaar handelde (veranderdruk laag gehouden) of niet (ontwerpkeuze, +1 of -1).
= wat_doen
{
- wat_doen == 1:
    Minder nieuwe dingen tegelijk. Eén ding goed doen. # speaker: ans # effect: trust.ans +3
- test("verandermoeheid <= 40"):
    { wat_doen % 2 == 0:
        U heeft het rustiger gehouden. Dat merken we. Zo doorgaan. # speaker: ans # effect: trust.ans +1
    - else:
        Hetzelfde als vorige keer. Het gaat goed zo. # speaker: ans # effect: trust.ans +1
    }
- wat_doen % 2 == 0:
    Dat heb ik u al gezegd: minder tegelijk. Ik zie nog steeds elk kwartaal iets nieuws. # speaker: ans # effect: trust.ans -1
- else:
    Hetzelfde als vorige keer. Eén ding goed doen. # speaker: ans # effect: trust.ans -1
}
-> END

// Tweede gesprek: na de nachtdienst, of na haar ziekte.
=== nachtdienst ===
# src: 002:L2620-2624; 002:L340-342; 003:L596-600; 000:L563-568
{ test("flag.ans_ziek"):
    -> terug
- else:
    -> nacht
}

= terug
Ans is terug, voor twintig uur per week. Ze zit in de personeelskamer met dezelfde boterham als altijd.
Ik dacht dat ik onverwoestbaar was. Dat blijkt niemand te zijn. # speaker: ans
{ test("trust.ans >= 55"):
    Dat u belde toen ik thuis zat, heeft meer geholpen dan u denkt. # speaker: ans
}
+ [Samen afspreken wat ze wel en niet meer doet]
    Geen extra diensten meer. Wel de nieuwe collega's inwerken. Dat kan ik, en dat wil ik. # speaker: ans # flag: ans_inwerker # effect: trust.ans +5 # effect: werkdruk -0.05
+ [Vragen wat er moet veranderen zodat het een ander niet overkomt]
    Minder tegelijk. En iemand die ziet dat je het niet meer trekt, voordat je omvalt. # speaker: ans # effect: trust.ans +3 # effect: draagvlak +1
- -> END

= nacht
Ans heeft nachtdienst gehad en blijft na de overdracht om met u te praten. Het is half acht 's ochtends.
{
- test("flag.ans_opruimen and bought.opruimdienst"):
    U zei dat we zelf mochten opruimen, en dat is gebeurd. De map is de helft dunner. Dat onthoud ik. # speaker: ans # effect: trust.ans +3
- test("flag.ans_opruimen"):
    U zei dat we zelf mochten opruimen. Ik heb nog niemand gezien die ons daar tijd voor gaf. # speaker: ans # effect: trust.ans -3
}
{ test("bought.nachtsensoren"):
    Vannacht ging het alarm zes keer. Vroeger was dat dertig. Ik heb koffie gedronken. Zittend. # speaker: ans
- else:
    Twee mensen voor drie gangen. Elk uur langs elke deur, ook bij wie slaapt. En wie wakker wordt van ons, loopt daarna de hele nacht. # speaker: ans
}
{ test("flag.ans_gewonnen"):
    Zeg het niet tegen de anderen, maar ik vind het een goed jaar. # speaker: ans
}
+ [Vragen wat de nacht het meest zou helpen]
    { test("bought.nachtsensoren"):
        Dat de dag net zo rustig wordt. # speaker: ans # effect: trust.ans +3
    - else:
        Alleen gaan kijken als het nodig is. Daar schijnen sensoren voor te bestaan. # speaker: ans # effect: trust.ans +3
    }
+ [Vertellen wat er het komende halfjaar verandert]
    { test("verandermoeheid > 50"):
        Ans zet haar kopje neer.
        Ik ben moe. Iedereen is moe. Nog één ding erbij en ik weet niet wie er overblijft. # speaker: ans # effect: trust.ans -2
    - else:
        Als het gaat zoals met het opruimen, doe ik mee. # speaker: ans # effect: trust.ans +2
    }
+ [Ans vragen nieuwe collega's in te werken op de nacht]
    Ik? Goed. Maar op mijn manier: eerst kijken, dan doen. # speaker: ans # flag: ans_inwerker # effect: trust.ans +3 # effect: verloop -0.2 lag 1
- -> END
