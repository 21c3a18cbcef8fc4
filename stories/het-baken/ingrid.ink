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
* [Vragen welke investering het meeste terugverdient]
    Eerlijk? De dingen die de vloer ontlasten. Minder verzuim is de snelste besparing die er is. # speaker: ingrid # effect: trust.ingrid +3
    Maar reken niet op dit jaar. Op volgend jaar misschien. # speaker: ingrid
* [Vragen wie de besparing pakt bij technologie en wijkteams]
    Bij beeldbellen: wij, deels. Bij wijkteams: vooral de gemeente. Bij minder opnames: het zorgkantoor. # speaker: ingrid
    Als zij meebetalen, doe ik mee. Anders moeten we het om de kwaliteit doen, niet om het geld. # speaker: ingrid # effect: trust.ingrid +4
* [Haar vragen om een snelle besparing van een half procent]
    Kan. Op inkoop, schoonmaak, en op mensen. Zeg maar welke. # speaker: ingrid
    Ze kijkt u over haar bril aan. Weet u zeker dat u dit wilt? # effect: trust.ingrid -1
- -> END
