// Ingrid Bos, controller. "Wie pakt de besparing?"
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 003:L871-874; 003:L850-867; 000:L804-826
Ingrid heeft twee spreadsheets open: de begroting en de werkelijkheid.
{
- test("reserves < 3"):
    De reserves zakken onder de drie miljoen. Nog een slecht jaar en de bank belt ons, niet andersom. # speaker: ingrid
- test("resultaat < 0"):
    We staan rood. Niet dramatisch, maar de raad gaat het zien. # speaker: ingrid
- test("resultaat >= 1.5"):
    De marge komt boven de anderhalf procent. Dat heb ik hier nog niet eerder gezien. # speaker: ingrid
- else:
    Het is krap, maar het houdt. # speaker: ingrid
}
{ not test("fact.thuiszorg_verlieslatend"):
    Nog iets. Ik heb de thuiszorg per wijk doorgerekend. Reistijd en minutenregistratie eten de marge op. # speaker: ingrid # reveal: thuiszorg_verlieslatend
}
+ [Vragen welke investering het meeste terugverdient]
    Eerlijk? De dingen die de vloer ontlasten. Minder verzuim is de snelste besparing die er is. # speaker: ingrid # effect: trust.ingrid +3
    Maar reken niet op dit jaar. Op volgend jaar misschien. # speaker: ingrid
+ [Vragen wie de besparing pakt bij technologie en wijkteams]
    Bij beeldbellen: wij, deels. Bij wijkteams: vooral de gemeente. Bij minder opnames: het zorgkantoor. # speaker: ingrid
    Als zij meebetalen, doe ik mee. Anders moeten we het om de kwaliteit doen, niet om het geld. # speaker: ingrid # effect: trust.ingrid +4
+ [Haar vragen om een snelle besparing van een half procent]
    Kan. Op inkoop, schoonmaak, en op mensen. Zeg maar welke. # speaker: ingrid
    Ze kijkt u over haar bril aan. Weet u zeker dat u dit wilt? # effect: trust.ingrid -1
- -> END

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
