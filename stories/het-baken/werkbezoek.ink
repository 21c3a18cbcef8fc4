// Werkbezoeken: een dienst meelopen op De Meerkoet, een ochtend mee in de thuiszorg.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== meerkoet ===
# src: 002:L1260-1266; 003:L894-903; 000:L890-896
U loopt een ochtenddienst mee op De Meerkoet, in een zorgshirt dat te groot is.
{ not test("fact.managementlaag_meerkoet"):
    Bij de koffie tellen de verzorgenden voor u af: afdelingshoofd, afdelingshoofd, zorgcoördinator, planner. Allemaal boven. # reveal: managementlaag_meerkoet
}
{ not test("fact.geen_wifi_ecd_los") && not test("bought.ecd_koppeling"):
    De tablet op de gang laadt niet. Geen wifi, zegt een verzorgende. Nooit gehad. # reveal: geen_wifi_ecd_los
}
{
- test("eigen_regie >= 45"):
    Mevrouw Jansen krijgt de vraag of ze koffie of thee wil. Ze kiest thee en wijst naar de koektrommel. Niemand haast haar.
- test("verzuim > 9"):
    Van de vier diensten zijn er twee ingevuld door invallers. Mevrouw Jansen vraagt drie keer wie u bent.
- else:
    Mevrouw Jansen krijgt koffie. Ze drinkt het, zonder iets te zeggen.
}
+ [De hele dienst meedraaien, ook de wasronde]
    Om twaalf uur doet uw rug pijn. Ans zegt: Nu weet u het. Ze zegt het niet onvriendelijk. # effect: trust.ans +5 # effect: draagvlak +1
+ [Met de bewoners aan tafel gaan zitten bij de lunch]
    Een meneer vertelt over de haven, een mevrouw over haar tuin. Niemand vraagt naar uw plannen. # effect: trust.ans +2 # effect: trust.truus +2
+ [Met Ruud de cijfers doornemen in zijn kantoor]
    Ruud is blij dat u even binnenloopt. Op de afdeling ziet niemand u meer terug die dag. # effect: trust.ruud +4 # effect: trust.ans -2
- -> END

=== thuiszorg ===
# src: 002:L2975-3010; 002:L306-342; 000:L530-531
U rijdt een ochtend mee met een wijkverpleegkundige in Noord. Negen cliënten, tussen half acht en half twaalf.
{
- test("bought.vaste_gezichten"):
    Meneer Bakker kent haar bij naam. Hij heeft deze maand drie verschillende mensen gezien, zegt hij trots. Vroeger waren het er twaalf.
- else:
    Meneer Bakker moet opnieuw uitleggen waar zijn inhalator ligt. Het is zijn elfde zorgverlener deze maand. # reveal: thuiszorg_twaalf_gezichten
}
{ test("bought.beeldbellen"):
    Bij de volgende cliënt gaat het controlebezoek via de tablet. Tien minuten rijden bespaard, en de dochter belt mee.
}
{ test("bought.minutenregistratie_af"):
    In de auto hoeft ze niets aan te tikken. Ze vertelt over meneer Bakker, niet over minuten.
- else:
    Tussen elk bezoek tikt ze in de auto de minuten in. Zeven minuten wassen, drie minuten steunkousen.
}
+ [Vragen wat zij zou veranderen als zij de baas was]
    Ik zou tijd geven waar het nodig is en weghalen waar het niet nodig is, zegt ze. Dat kan ik zelf het beste zien. # effect: trust.kees +3 # effect: draagvlak +1
+ [Bij meneer Bakker blijven voor een kop koffie]
    Hij vertelt over zijn vrouw, die drie jaar geleden overleed. Hij ziet de hele week niemand behalve de zorg. # effect: trust.kees +2
- -> END
