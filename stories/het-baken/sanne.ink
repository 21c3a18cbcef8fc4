// Sanne Yılmaz, jonge verpleegkundige op Lindehof. Ambassadeur als ze ruimte krijgt.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 003:L819-833; 003:L950-955; 002:L2273-2387
{
- gesprek == 1:
    -> eerste
- test("flag.sanne_ambassadeur"):
    -> ambassadeur
- else:
    -> wachten
}

= eerste
Sanne heeft haar lijstje uitgebreid. Er staan nu negentien ideeën op, met namen erachter.
Ik vraag niet om geld. Ik vraag om tijd en iemand die ja zegt als het kan. # speaker: sanne
+ [Haar ambassadeur maken: een dag per week, met mandaat]
    Sanne kijkt u aan alsof ze het niet goed heeft gehoord.
    Meent u dat? # speaker: sanne
    Ze belt nog op de gang haar collega van Het Anker. # flag: sanne_ambassadeur # effect: trust.sanne +12 # effect: budget -20 # effect: draagvlak +2
+ [Haar koppelen aan Dennis, zodat ideeën ook technisch kloppen]
    Dennis? Die zit toch altijd op kantoor? Goed, ik probeer het. # speaker: sanne # flag: sanne_dennis # effect: trust.sanne +5 # effect: trust.dennis +3
+ [Vragen om eerst een uitgewerkt plan met begroting]
    Sanne knikt beleefd. Ze had gehoopt op iets anders. # effect: trust.sanne -4
    Een plan. Naast mijn diensten. Ik kijk wel wanneer. # speaker: sanne
- -> END

// Varianten per gesprek: `ambassadeur` en `wachten` tellen dit bezoek mee; wat Sanne al vertelde, zegt
// ze niet nog eens woordelijk (een vlag), daarna wisselen even en oneven gesprekken af.
= ambassadeur
{
- test("bought.beeldbellen and not flag.sanne_bakker_verteld"):
    Meneer Bakker belt nu elke dinsdag met zijn kleindochter in Australië. Via onze tablet. Hij noemt het zijn dinsdagavond. # speaker: sanne # flag: sanne_bakker_verteld
- test("bought.beeldbellen") && ambassadeur % 2 == 0:
    Drie cliënten bellen nu zelf met de wijkverpleging. Een van hen had nog nooit een tablet vastgehouden. # speaker: sanne
- test("bought.beeldbellen"):
    Sanne laat op haar telefoon zien hoeveel beeldgesprekken er deze maand waren. Ze heeft het zelf bijgehouden.
- test("not flag.sanne_overdracht_verteld"):
    We hebben op Lindehof de overdracht teruggebracht van veertig naar vijftien minuten. Niemand mist het. # speaker: sanne # flag: sanne_overdracht_verteld
- ambassadeur % 2 == 0:
    Het Anker wil de korte overdracht ook. Ik ga er volgende week uitleggen hoe wij het doen. # speaker: sanne
- else:
    Sanne heeft een nieuw lijstje. Bovenaan staat een punt dat ze zelf al heeft opgelost.
}
{ test("trust.ans >= 55"):
    {
    - test("not flag.sanne_ans_verteld"):
        En Ans helpt mee. Ans! Ze zegt dat ze het niet snapt, maar ze legt het beter uit dan ik. # speaker: sanne # flag: sanne_ans_verteld
    - ambassadeur % 2 == 0:
        Ans vraagt me nu zelf wat er nieuw is. Dat had ik een jaar geleden niet geloofd. # speaker: sanne
    }
}
+ [{blijven:Weer vragen wat ze nodig heeft|Vragen wat ze nodig heeft om dit te laten blijven}]
    -> blijven
+ [{rvt:Haar nog eens naar de RvT sturen|Haar vragen het verhaal te vertellen aan de RvT}]
    -> rvt

// Wat het laat blijven: de eerste keer telt volledig (+2 borging, +3 vertrouwen), daarna minder
// (+1, +1; ontwerpkeuze).
= blijven
{
- blijven == 1:
    Dat het niet aan mij hangt. Als ik morgen onder de bus loop, moet het doorgaan. # speaker: sanne # effect: borging +2 # effect: trust.sanne +3
- blijven % 2 == 0:
    Hetzelfde als vorige keer: dat het niet aan mij hangt. Ik leer nu twee collega's wat ik doe. # speaker: sanne # effect: borging +1 # effect: trust.sanne +1
- else:
    Een vaste plek in het rooster voor wie het overneemt. Dan hoeft niemand het in de pauze te doen. # speaker: sanne # effect: borging +1 # effect: trust.sanne +1
}
-> END

// Het verhaal bij de RvT: het eerste maakt indruk (+3 Herman, +4 Sanne); een tweede keer minder
// (+1, +1; ontwerpkeuze).
= rvt
{
- rvt == 1:
    Sanne is nerveus, maar ze doet het. Herman stelt één vraag: hoeveel tijd scheelt het? Ze weet het antwoord. # effect: trust.herman +3 # effect: trust.sanne +4
- rvt % 2 == 0:
    Sanne is minder nerveus dan de eerste keer. Herman knikt, maar schrijft niets op. # effect: trust.herman +1 # effect: trust.sanne +1
- else:
    De raad kent het verhaal. Sanne vertelt deze keer wat er nog niet lukt, en dat valt Herman op. # effect: trust.herman +1 # effect: trust.sanne +1
}
-> END

= wachten
{ test("trust.sanne < 50"):
    Sanne is kort van stof.
    { wachten % 2 == 1:
        Het lijstje ligt in een la, zegt ze. Er gebeurt toch niks mee. # speaker: sanne
    - else:
        Ik heb mijn lijstje niet meer bij me. Waarom zou ik? # speaker: sanne
    }
- else:
    { wachten % 2 == 1:
        Sanne is nog steeds enthousiast, maar wacht op een teken.
    - else:
        Sanne vertelt over een idee voor de nachtdienst. Halverwege stopt ze. Ze vraagt of het wel zin heeft.
    }
}
+ [Alsnog het mandaat geven waar ze om vroeg]
    Eindelijk. Ik had bijna ja gezegd tegen het ziekenhuis. # speaker: sanne # flag: sanne_ambassadeur # effect: trust.sanne +10 # effect: budget -20
+ [{wachten % 2 == 1:Zeggen dat ze nog even geduld moet hebben|Haar weer om geduld vragen}]
    { wachten % 2 == 1:
        Geduld. Dat zeggen ze hier al twee jaar. # speaker: sanne # effect: trust.sanne -6
    - else:
        Weer geduld. Ik heb een vacature van het ziekenhuis open staan op mijn telefoon. # speaker: sanne # effect: trust.sanne -6
    }
- -> END

// Tweede gesprek: Sanne over wat er van haar werk overblijft.
=== toekomst ===
# src: 003:L819-833; 003:L813-814; 003:L950-955; 002:L2273-2387
Sanne heeft een plan meegenomen. Geen lijstje meer: een echt plan, met een begroting op de laatste bladzijde.
{
- test("flag.sanne_ambassadeur and bought.structureel_innovatiebudget"):
    Er is nu vast geld voor vernieuwing. Voor het eerst hoef ik niet te bedelen om tijd. # speaker: sanne
- test("flag.sanne_ambassadeur and bought.innovatie_projectgeld"):
    Mijn ambassadeursuren komen uit het projectgeld. Over een half jaar is dat op. En dan? # speaker: sanne
- test("flag.sanne_ambassadeur"):
    Ik ben nu bijna een jaar ambassadeur. We zijn met acht, op elke locatie minstens één. # speaker: sanne
- test("leader.sanne_projectleider"):
    Projectleider zijn is anders dan ik dacht. Meer vergaderen, minder doen. Maar ik leer het. # speaker: sanne
- else:
    Ik heb mijn lijstje nog. Van drie ideeën is iets gekomen. Van zestien niet. # speaker: sanne
}
{ test("seen.kampioen_vertrekt"):
    Het ziekenhuis belt me nog af en toe. Ik neem niet meer op. # speaker: sanne
}
+ [Vragen hoe haar werk doorgaat als zij er niet meer is]
    Door het niet van mij te laten zijn. Ik wil op elke locatie iemand die het overneemt. # speaker: sanne # effect: borging +3 # effect: trust.sanne +3
+ [Haar hier een opleiding tot verpleegkundig specialist aanbieden]
    Sanne is even stil.
    Dan hoef ik dus niet naar het ziekenhuis om verder te komen. # speaker: sanne # flag: sanne_opleiding # effect: budget -25 # effect: trust.sanne +8
+ [Haar vragen het tempo te verlagen: de vloer kan niet alles tegelijk]
    { test("verandermoeheid > 50"):
        Ans zei precies hetzelfde. Goed, dan kies ik er twee. # speaker: sanne # effect: trust.sanne +2 # effect: verandermoeheid -2
    - else:
        Verlagen? Nu het net loopt? # speaker: sanne # effect: trust.sanne -4
    }
- -> END
