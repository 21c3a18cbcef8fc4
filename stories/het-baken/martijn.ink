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
+ [Voorstellen: verantwoording per cliënt in plaats van per minuut, met gedeelde monitoring]
    { test("trust.martijn >= 45 and (zorgplannen_actueel >= 65 or fact.thuiszorg_verlieslatend)"):
        Als u laat zien dat de zorg niet slechter wordt, kan ik voor uw wijkteams een uitzondering maken. Op papier. # speaker: martijn # flag: zorgkantoor_afspraak # effect: trust.martijn +5
    - else:
        Interessant. Maar ik heb nog te weinig cijfers van u om dat intern te verdedigen. # speaker: martijn # effect: trust.martijn +2
    }
+ [Vragen wat het zorgkantoor wil zien]
    Drie dingen. Actuele zorgplannen, een wachtlijst die niet groeit, en cliënten die het merken. # speaker: martijn # effect: trust.martijn +3
+ [Meer volume aanbieden: extra bedden op Het Anker]
    Dat is muziek in mijn oren. Heeft u de mensen ervoor? # speaker: martijn # flag: volume_toegezegd # effect: trust.martijn +4 # effect: relatie_zorgkantoor +3 # effect: werkdruk +0.2
- -> END

// Tweede gesprek: Martijn komt kijken of de afspraken iets opleveren.
=== bewijs ===
# src: 003:L398-409; 001:L984-988; 001:L804-812; 002:L2997-3000
Martijn komt dit keer naar Het Baken. Hij wil een wijkteam zien, geen presentatie.
{
- test("flag.zorgkantoor_afspraak and bought.minutenregistratie_af"):
    We spraken af dat u per cliënt mocht verantwoorden in plaats van per minuut. Ik heb mijn directie gezegd dat de zorg er niet slechter van wordt. Laat maar zien. # speaker: martijn
- test("flag.zorgkantoor_afspraak"):
    U kreeg van mij de ruimte om de minuten los te laten. Er is niets mee gedaan. Waarom niet? # speaker: martijn # effect: trust.martijn -2
- test("flag.gedeelde_monitoring"):
    Wij hebben vooraf meebetaald. Ik kom kijken wat de monitoring zegt. # speaker: martijn
- else:
    Ik hoor goede verhalen over Het Baken. Ik wil weten of ze kloppen. # speaker: martijn
}
{ test("flag.volume_toegezegd and wachttijd > 40"):
    En u beloofde extra cliënten van de wachtlijst op te nemen. Die wachtlijst is alleen maar langer geworden. # speaker: martijn # effect: trust.martijn -4 # effect: relatie_zorgkantoor -2
}
+ [De cijfers laten zien: zorgplannen, wachttijd, tevredenheid]
    {
    - test("zorgplannen_actueel >= 75 and clienttevredenheid >= 7.3"):
        Dit kan ik intern verdedigen. Volgend jaar wil ik dit voor al uw wijken zien. # speaker: martijn # effect: trust.martijn +6 # effect: relatie_zorgkantoor +4
    - else:
        Het beweegt, maar het is nog dun. Ik geef u nog een jaar. # speaker: martijn # effect: trust.martijn +2
    }
+ [Hem meenemen naar meneer Bakker]
    {
    - test("bought.vaste_gezichten"):
        Meneer Bakker noemt zijn drie vaste verpleegkundigen bij naam. Martijn stelt daarna geen vragen meer. # effect: trust.martijn +5 # effect: relatie_zorgkantoor +2
    - else:
        Meneer Bakker vertelt dat hij deze maand weer elf gezichten zag. Martijn noteert het zonder commentaar. # effect: trust.martijn -1
    }
+ [Voorstellen de opbrengst van wijkgericht werken samen te meten en te delen]
    Als wij meebetalen, willen we meekijken. Dat is altijd de afspraak. Dan zet ik het op papier. # speaker: martijn # flag: zorgkantoor_afspraak # effect: trust.martijn +3
- -> END
