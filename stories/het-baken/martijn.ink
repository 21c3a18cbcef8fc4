// Martijn de Graaf, zorginkoper zorgkantoor. Volume en bewijs.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 001:L984-988; 003:L398-409; 001:L804-812
// Varianten per gesprek: `gesprek` telt dit gesprek mee; het eerste leest zoals altijd, daarna wisselen
// even en oneven af, zodat twee lunches op rij nooit gelijk openen.
{
- gesprek == 1:
    Martijn heeft een half uur. Hij eet een broodje en neemt aantekeningen.
- gesprek % 2 == 0:
    Martijn is te laat, en heeft zijn lunch al op. Hij pakt meteen zijn blocnote.
- else:
    Martijn bestelt soep en legt zijn telefoon omgekeerd op tafel.
}
{
- gesprek == 1:
    Wij gaan inkopen op kwaliteit. Maar ik moet het kunnen uitleggen aan mijn directie. # speaker: martijn
- gesprek % 2 == 0:
    Vorige keer had u het over kwaliteit. Laat maar zien wat er veranderd is. # speaker: martijn
- else:
    Mijn directie vraagt elk kwartaal wat uw kwaliteit ons oplevert. Help me met het antwoord. # speaker: martijn
}
+ [{verantwoording:Weer over verantwoording beginnen|Voorstellen: verantwoording per cliënt in plaats van per minuut, met gedeelde monitoring}]
    -> verantwoording
+ [{wil_zien:Nog eens vragen wat hij wil zien|Vragen wat het zorgkantoor wil zien}]
    -> wil_zien
+ [{volume:Nog meer volume aanbieden|Meer volume aanbieden: extra bedden op Het Anker}]
    -> volume

// De afspraak wordt één keer gemaakt; daarna is er niets nieuws te bieden (ontwerpkeuze: +1).
= verantwoording
{
- test("flag.zorgkantoor_afspraak"):
    { verantwoording % 2 == 0:
        De afspraak staat. Nu wil ik de cijfers zien die erbij horen. # speaker: martijn # effect: trust.martijn +1
    - else:
        Die uitzondering heeft u al. Maakt u er iets van, dan kan ik hem verdedigen. # speaker: martijn # effect: trust.martijn +1
    }
- test("trust.martijn >= 45 and (zorgplannen_actueel >= 65 or fact.thuiszorg_verlieslatend)"):
    Als u laat zien dat de zorg niet slechter wordt, kan ik voor uw wijkteams een uitzondering maken. Op papier. # speaker: martijn # flag: zorgkantoor_afspraak # effect: trust.martijn +5
- verantwoording == 1:
    Interessant. Maar ik heb nog te weinig cijfers van u om dat intern te verdedigen. # speaker: martijn # effect: trust.martijn +2
- verantwoording % 2 == 0:
    Nog steeds te weinig cijfers. Ik heb het intern geprobeerd, echt. # speaker: martijn
- else:
    Martijn schudt zijn hoofd. Zonder cijfers blijft het een goed idee op een servet.
}
-> END

// Dezelfde vraag nog eens: het antwoord is bekend, het weegt minder (ontwerpkeuze: +3, dan +1).
= wil_zien
{
- wil_zien == 1:
    Drie dingen. Actuele zorgplannen, een wachtlijst die niet groeit, en cliënten die het merken. # speaker: martijn # effect: trust.martijn +3
- test("zorgplannen_actueel >= 65"):
    { wil_zien % 2 == 0:
        Dezelfde drie. De zorgplannen zijn op orde, dat zie ik. Nu de wachtlijst nog. # speaker: martijn # effect: trust.martijn +1
    - else:
        Uw zorgplannen kloppen. Daar hoef ik het niet meer over te hebben. # speaker: martijn # effect: trust.martijn +1
    }
- wil_zien % 2 == 0:
    Dezelfde drie als vorige keer. Ik zie nog niet dat er iets verschuift. # speaker: martijn
- else:
    Dat heb ik u verteld. Zorgplannen, wachtlijst, cliënten. # speaker: martijn
}
-> END

// Volume: de eerste toezegging telt volledig; meer bedden erbij maakt hem minder blij, en het werk
// wordt er niet lichter op (ontwerpkeuze: +4/+3 dan +1/+1, werkdruk elke keer).
= volume
{
- volume == 1:
    Dat is muziek in mijn oren. Heeft u de mensen ervoor? # speaker: martijn # flag: volume_toegezegd # effect: trust.martijn +4 # effect: relatie_zorgkantoor +3 # effect: werkdruk +0.2
- volume % 2 == 0:
    Nog meer bedden? Vul eerst de vorige. Maar ik schrijf het op. # speaker: martijn # effect: trust.martijn +1 # effect: relatie_zorgkantoor +1 # effect: werkdruk +0.2
- else:
    Martijn noteert het aantal. Hij vraagt niet meer of u de mensen heeft. # effect: trust.martijn +1 # effect: relatie_zorgkantoor +1 # effect: werkdruk +0.2
}
-> END

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
