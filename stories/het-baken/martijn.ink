// Martijn de Graaf, zorginkoper zorgkantoor. Volume en bewijs.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 001:L984-988; 003:L398-409; 001:L804-812
Martijn heeft een half uur. Hij eet een broodje en neemt aantekeningen.
{ gesprek > 1:
    Vorige keer had u het over kwaliteit. Laat maar zien wat er veranderd is. # speaker: martijn
- else:
    Wij gaan inkopen op kwaliteit. Maar ik moet het kunnen uitleggen aan mijn directie. # speaker: martijn
}
* [Voorstellen: verantwoording per cliënt in plaats van per minuut, met gedeelde monitoring]
    { test("trust.martijn >= 45 and (zorgplannen_actueel >= 65 or fact.thuiszorg_verlieslatend)"):
        Als u laat zien dat de zorg niet slechter wordt, kan ik voor uw wijkteams een uitzondering maken. Op papier. # speaker: martijn # flag: zorgkantoor_afspraak # effect: trust.martijn +5
    - else:
        Interessant. Maar ik heb nog te weinig cijfers van u om dat intern te verdedigen. # speaker: martijn # effect: trust.martijn +2
    }
* [Vragen wat het zorgkantoor wil zien]
    Drie dingen. Actuele zorgplannen, een wachtlijst die niet groeit, en cliënten die het merken. # speaker: martijn # effect: trust.martijn +3
* [Meer volume aanbieden: extra bedden op Het Anker]
    Dat is muziek in mijn oren. Heeft u de mensen ervoor? # speaker: martijn # effect: trust.martijn +4 # effect: relatie_zorgkantoor +3 # effect: werkdruk +0.2
- -> END
