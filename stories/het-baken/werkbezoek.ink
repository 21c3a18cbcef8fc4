// Werkbezoeken: een dienst meelopen op De Meerkoet, een ochtend mee in de thuiszorg.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== meerkoet ===
# src: 002:L1260-1266; 003:L894-903; 000:L890-896
// Varianten per bezoek: `meerkoet` telt dit bezoek mee; het eerste leest zoals altijd, daarna wisselen
// even en oneven af, zodat twee bezoeken op rij nooit gelijk beginnen.
{
- meerkoet == 1:
    U loopt een ochtenddienst mee op De Meerkoet, in een zorgshirt dat te groot is.
- meerkoet % 2 == 0:
    U loopt weer een dienst mee op De Meerkoet. Het zorgshirt ligt al voor u klaar.
- else:
    Deze keer loopt u een avonddienst mee op De Meerkoet. Het is stiller dan 's ochtends, en er zijn minder handen.
}
{ not test("fact.managementlaag_meerkoet"):
    Bij de koffie tellen de verzorgenden voor u af: afdelingshoofd, afdelingshoofd, zorgcoördinator, planner. Allemaal boven. # reveal: managementlaag_meerkoet
}
{ not test("fact.geen_wifi_ecd_los") && not test("bought.ecd_koppeling"):
    De tablet op de gang laadt niet. Geen wifi, zegt een verzorgende. Nooit gehad. # reveal: geen_wifi_ecd_los
}
{
- test("eigen_regie >= 45"):
    { meerkoet % 2 == 1:
        Mevrouw Jansen krijgt de vraag of ze koffie of thee wil. Ze kiest thee en wijst naar de koektrommel. Niemand haast haar.
    - else:
        Mevrouw Jansen wil vandaag bij het raam eten. Een verzorgende schuift haar tafeltje mee, zonder te zuchten.
    }
- test("verzuim > 9"):
    { meerkoet % 2 == 1:
        Van de vier diensten zijn er twee ingevuld door invallers. Mevrouw Jansen vraagt drie keer wie u bent.
    - else:
        Weer invallers. Een van hen zoekt tien minuten naar de sleutel van de medicijnkar.
    }
- else:
    { meerkoet % 2 == 1:
        Mevrouw Jansen krijgt koffie. Ze drinkt het, zonder iets te zeggen.
    - else:
        Mevrouw Jansen zit bij het raam. Iemand zet koffie naast haar neer en loopt door.
    }
}
+ [{meedraaien:Weer de hele dienst meedraaien|De hele dienst meedraaien, ook de wasronde}]
    -> meedraaien
+ [{lunch:Weer aan tafel gaan bij de lunch|Met de bewoners aan tafel gaan zitten bij de lunch}]
    -> lunch
+ [{ruud_cijfers:De cijfers weer met Ruud doornemen|Met Ruud de cijfers doornemen in zijn kantoor}]
    -> ruud_cijfers

// De eerste keer meedraaien telt volledig (+5 Ans); daarna kent de vloer u en weegt het minder
// (+2, ontwerpkeuze).
= meedraaien
{ meedraaien == 1:
    Om twaalf uur doet uw rug pijn. Ans zegt: Nu weet u het. Ze zegt het niet onvriendelijk. # effect: trust.ans +5 # effect: draagvlak +1
- else:
    Niemand legt u meer uit waar de handschoenen liggen. Na afloop zet iemand koffie voor u neer. # effect: trust.ans +2
}
-> END

= lunch
{ lunch % 2 == 1:
    Een meneer vertelt over de haven, een mevrouw over haar tuin. Niemand vraagt naar uw plannen. # effect: trust.ans +2 # effect: trust.truus +2
- else:
    De meneer van de haven herkent u. Hij vertelt hetzelfde verhaal, en u luistert opnieuw. # effect: trust.ans +1 # effect: trust.truus +1
}
-> END

= ruud_cijfers
{ ruud_cijfers % 2 == 1:
    Ruud is blij dat u even binnenloopt. Op de afdeling ziet niemand u meer terug die dag. # effect: trust.ruud +4 # effect: trust.ans -2
- else:
    Weer op Ruuds kantoor. Op de afdeling zeggen ze dat de bestuurder hier alleen de cijfers komt halen. # effect: trust.ruud +2 # effect: trust.ans -3
}
-> END

=== thuiszorg ===
# src: 002:L2975-3010; 002:L306-342; 000:L530-531
{
- thuiszorg == 1:
    U rijdt een ochtend mee met een wijkverpleegkundige in Noord. Negen cliënten, tussen half acht en half twaalf.
- thuiszorg % 2 == 0:
    U rijdt opnieuw mee in Noord, met een andere wijkverpleegkundige. Acht cliënten, en een omleiding.
- else:
    Een middagroute in Noord deze keer. De wijkverpleegkundige eet haar boterham achter het stuur.
}
{
- test("bought.vaste_gezichten"):
    { thuiszorg % 2 == 1:
        Meneer Bakker kent haar bij naam. Hij heeft deze maand drie verschillende mensen gezien, zegt hij trots. Vroeger waren het er twaalf.
    - else:
        Meneer Bakker zet al koffie als de auto stopt. Hij weet wie er vandaag komt.
    }
- else:
    { thuiszorg % 2 == 1:
        Meneer Bakker moet opnieuw uitleggen waar zijn inhalator ligt. Het is zijn elfde zorgverlener deze maand. # reveal: thuiszorg_twaalf_gezichten
    - else:
        Meneer Bakker vraagt hoe deze heet. Hij schrijft de namen op een lijstje bij de telefoon; het lijstje is lang. # reveal: thuiszorg_twaalf_gezichten
    }
}
{ test("bought.beeldbellen"):
    { thuiszorg % 2 == 1:
        Bij de volgende cliënt gaat het controlebezoek via de tablet. Tien minuten rijden bespaard, en de dochter belt mee.
    - else:
        Twee controles gaan vandaag via het scherm. De tijd die dat scheelt, gaat naar een wondverzorging.
    }
}
{ test("bought.minutenregistratie_af"):
    { thuiszorg % 2 == 1:
        In de auto hoeft ze niets aan te tikken. Ze vertelt over meneer Bakker, niet over minuten.
    - else:
        Geen minuten tikken tussen de bezoeken. Ze belt even met de huisarts over een cliënt.
    }
- else:
    { thuiszorg % 2 == 1:
        Tussen elk bezoek tikt ze in de auto de minuten in. Zeven minuten wassen, drie minuten steunkousen.
    - else:
        Bij elke stop eerst de telefoon: minuten invoeren. Ze doet het zonder te kijken, zo vaak heeft ze het gedaan.
    }
}
+ [{baas:Weer vragen wat zij zou veranderen|Vragen wat zij zou veranderen als zij de baas was}]
    -> baas
+ [{bakker:Weer even bij meneer Bakker blijven|Bij meneer Bakker blijven voor een kop koffie}]
    -> bakker

// De eerste keer vragen telt volledig; een volgende keer weegt minder (ontwerpkeuze).
= baas
{
- baas == 1:
    Ik zou tijd geven waar het nodig is en weghalen waar het niet nodig is, zegt ze. Dat kan ik zelf het beste zien. # effect: trust.kees +3 # effect: draagvlak +1
- test("bought.zelforganisatie_pilot or bought.zelforganisatie_bigbang or bought.zelfroosteren"):
    { baas % 2 == 0:
        Wat wij vorige keer zeiden, gebeurt nu een beetje: meer ruimte in het eigen rooster, zegt ze. # effect: trust.kees +2
    - else:
        Het eigen rooster werkt, zegt ze. Nu de administratie nog. # effect: trust.kees +2
    }
- baas % 2 == 0:
    Hetzelfde als mijn collega vorige keer, denk ik: zelf de tijd mogen verdelen. Is daar iets mee gedaan? # effect: trust.kees +1
- else:
    Ze haalt haar schouders op. U heeft het vaker gevraagd. Het antwoord is niet veranderd.
}
-> END

= bakker
{ bakker % 2 == 1:
    Hij vertelt over zijn vrouw, die drie jaar geleden overleed. Hij ziet de hele week niemand behalve de zorg. # effect: trust.kees +2
- else:
    Hij laat een foto zien van zijn kleinzoon. Die komt met de kerst, zegt hij, als het lukt. # effect: trust.kees +2
}
-> END
