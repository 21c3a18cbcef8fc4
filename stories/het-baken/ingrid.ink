// Ingrid Bos, controller. "Wie pakt de besparing?"
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 003:L871-874; 003:L850-867; 000:L804-826
// Varianten per gesprek: `gesprek` telt dit gesprek mee; het eerste leest zoals altijd, daarna wisselen
// even en oneven af, zodat twee gesprekken op rij nooit gelijk openen.
{
- gesprek == 1:
    Ingrid heeft twee spreadsheets open: de begroting en de werkelijkheid.
- gesprek % 2 == 0:
    Ingrid heeft de kwartaalcijfers uitgeprint. Er staan gele strepen in de kantlijn.
- else:
    Ingrid draait haar scherm naar u toe. Eén tabblad deze keer: de prognose.
}
{
- test("reserves < 3"):
    { gesprek % 2 == 1:
        De reserves zakken onder de drie miljoen. Nog een slecht jaar en de bank belt ons, niet andersom. # speaker: ingrid
    - else:
        De reserves zijn te dun. Ik slaap er niet slechter door, maar wel korter. # speaker: ingrid
    }
- test("resultaat < 0"):
    { gesprek % 2 == 1:
        We staan rood. Niet dramatisch, maar de raad gaat het zien. # speaker: ingrid
    - else:
        Rood. Elk kwartaal dat het zo blijft, wordt het gesprek met de raad moeilijker. # speaker: ingrid
    }
- test("resultaat >= 1.5"):
    { gesprek % 2 == 1:
        De marge komt boven de anderhalf procent. Dat heb ik hier nog niet eerder gezien. # speaker: ingrid
    - else:
        De marge staat boven de anderhalf procent. Ik heb het twee keer nagerekend. # speaker: ingrid
    }
- else:
    { gesprek % 2 == 1:
        Het is krap, maar het houdt. # speaker: ingrid
    - else:
        Krap. Maar het houdt, ook dit kwartaal. # speaker: ingrid
    }
}
{ not test("fact.thuiszorg_verlieslatend"):
    Nog iets. Ik heb de thuiszorg per wijk doorgerekend. Reistijd en minutenregistratie eten de marge op. # speaker: ingrid # reveal: thuiszorg_verlieslatend
}
+ [{terugverdienen:Nog eens vragen wat terugverdient|Vragen welke investering het meeste terugverdient}]
    -> terugverdienen
+ [{besparing:Nog eens vragen wie de besparing pakt|Vragen wie de besparing pakt bij technologie en wijkteams}]
    -> besparing
+ [{snel:Nog een snelle besparing vragen|Haar vragen om een snelle besparing van een half procent}]
    -> snel

// Een vraag die u al eens stelde, weegt minder: de eerste keer telt volledig, daarna +1 (ontwerpkeuze).
= terugverdienen
{
- terugverdienen == 1:
    Eerlijk? De dingen die de vloer ontlasten. Minder verzuim is de snelste besparing die er is. # speaker: ingrid # effect: trust.ingrid +3
    Maar reken niet op dit jaar. Op volgend jaar misschien. # speaker: ingrid
- terugverdienen % 2 == 0:
    Mijn antwoord is niet veranderd: minder verzuim. Ik kan het u ook per afdeling laten zien. # speaker: ingrid # effect: trust.ingrid +1
- else:
    Hetzelfde als vorige keer. Verzuim omlaag, dan volgt de rest. # speaker: ingrid # effect: trust.ingrid +1
}
-> END

= besparing
{
- besparing == 1:
    Bij beeldbellen: wij, deels. Bij wijkteams: vooral de gemeente. Bij minder opnames: het zorgkantoor. # speaker: ingrid
    Als zij meebetalen, doe ik mee. Anders moeten we het om de kwaliteit doen, niet om het geld. # speaker: ingrid # effect: trust.ingrid +4
- besparing % 2 == 0:
    Dezelfde drie als vorige keer: wij, de gemeente, het zorgkantoor. Heeft u ze al aan tafel gehad? # speaker: ingrid # effect: trust.ingrid +1
- else:
    Ingrid pakt haar lijstje van de vorige keer erbij. Er is niets doorgestreept. # effect: trust.ingrid +1
}
-> END

// Een tweede snelle besparing kost meer van haar vertrouwen dan de eerste (ontwerpkeuze: -1, dan -2).
= snel
{
- snel == 1:
    Kan. Op inkoop, schoonmaak, en op mensen. Zeg maar welke. # speaker: ingrid
    Ze kijkt u over haar bril aan. Weet u zeker dat u dit wilt? # effect: trust.ingrid -1
- snel % 2 == 0:
    Nog een half procent? Inkoop en schoonmaak heb ik al gehad. Dan blijven de mensen over. # speaker: ingrid # effect: trust.ingrid -2
- else:
    Ingrid zegt niets en opent een nieuw tabblad. # effect: trust.ingrid -2
}
-> END

// Tweede gesprek: wie pakt de besparing, per maatregel.
=== wie_pakt_de_besparing ===
# src: 003:L871-874; 003:L850-867; 003:L398-409; 000:L804-826
Ingrid heeft een nieuw tabblad gemaakt. Het heet: wie pakt de besparing.
{ gesprek > 0:
    Vorige keer vroegen we ons af waar het geld landt. Ik heb het nu per maatregel uitgezocht. # speaker: ingrid
}
{ test("bought.wijkteams_gemeente or bought.ketenzorg_huisartsen"):
    De wachttijd daalt, mooi. Maar minder opnames en minder ziekenhuisdagen besparen vooral de gemeente en de verzekeraar geld. Wij zien er een fractie van terug. # speaker: ingrid
}
{ test("bought.beeldbellen"):
    Beeldbellen scheelt reistijd. Dat is de enige besparing in dit rijtje die echt bij ons binnenkomt. # speaker: ingrid
}
{ test("flag.gedeelde_monitoring"):
    Het zorgkantoor betaalde vooraf mee, dus het kijkt ook mee. Dat kost mij twee dagen per kwartaal, maar ik weet wél wat het oplevert. # speaker: ingrid
}
{
- test("bought.gedwongen_ontslagen"):
    De ontslagen hebben de loonsom verlaagd. Alleen geven we een deel nu weer uit aan invallers voor het verzuim. # speaker: ingrid
- test("verzuim < 7.5"):
    De post die het hardst daalt, is vervanging bij verzuim. Die besparing is wél van ons. # speaker: ingrid # effect: trust.ingrid +2
}
+ [Haar vragen per vernieuwing een businesscase te maken: wat het oplevert en wie wint]
    Drie vragen per project: wat levert het de cliënt op, wat de medewerker, wat de kosten. En wie pakt de besparing. Ik maak een sjabloon. # speaker: ingrid # flag: businesscase_per_project # effect: trust.ingrid +5 # effect: borging +2
+ [Vragen of Het Baken de vaste kosten van vernieuwing kan dragen]
    {
    - test("bought.structureel_innovatiebudget"):
        Het innovatiebudget drukt de marge een beetje. Maar ik hoef niet elk jaar opnieuw te zoeken wie de digicoaches betaalt. # speaker: ingrid # effect: trust.ingrid +3
    - test("reserves >= 4"):
        Een vast budget kan, als we het klein houden. Dan weten mensen dat ze niet na een jaar weer weg moeten. # speaker: ingrid # effect: trust.ingrid +2
    - else:
        Met deze reserves? Alleen als er iets anders af gaat. # speaker: ingrid
    }
+ [Haar vragen de marge op korte termijn op te krikken]
    Kan. Minder inhuur, de schoonmaak later. Maar eerlijk gezegd: dat zijn geen besparingen, dat is uitstel. # speaker: ingrid # effect: resultaat +0.1 # effect: werkdruk +0.1 # effect: trust.ingrid -2
- -> END
