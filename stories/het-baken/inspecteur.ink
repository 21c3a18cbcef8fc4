// Marieke Smit, inspecteur IGJ. "Wat zien we, wat vinden we ervan, hoe nu verder."
// Elk bezoek: de speler kiest tussen openheid, etalage en een onderbouwde afwijking.
// De vlaggen openheid / etalage / onderbouwde_afwijking tellen mee in de bezoekscore (inspection.yaml).
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

// Wie open is terwijl een calamiteit nog in de la ligt, meldt haar nu alsnog (een tunnel: -> alsnog_melden ->).
=== alsnog_melden ===
{ test("flag.incident_stil_gehouden"):
    U vertelt ook over de medicatiefouten {test("bought.locatie_sluiten >= 2"):uit de tijd van De Meerkoet|op De Meerkoet} die niet gemeld zijn. Marieke legt haar pen neer. # unflag: incident_stil_gehouden # flag: melding_gedaan # flag: alsnog_gemeld
    Dat had u meteen moeten melden. Dat u het nu zelf vertelt, weegt mee. # speaker: marieke
}
->->

=== vervolgbezoek ===
# src: 004:L2207-2215; 004:L1772-1793; 004:L2009-2011; 000:L2367-2369
Marieke Smit staat om negen uur bij de receptie van De Meerkoet. Ze heeft het rapport van negen maanden geleden bij zich, vol aantekeningen.
Ik kom kijken wat er met onze bevindingen is gebeurd. Wat zien we, wat vinden we ervan, en hoe nu verder. # speaker: marieke
{ test("flag.etalage_voorbereid"):
    De gang ruikt naar verf. Er hangen nieuwe gordijnen. Marieke kijkt er even naar en zegt niets.
}
-> rondgang

= rondgang
Ze loopt de afdeling op, gaat naast een bewoner zitten en vraagt of hij vandaag zelf heeft gekozen wat hij aantrok.
{ test("eigen_regie >= 45"):
    Hij knikt. De blauwe trui. Die had ik gisteren ook aan, zegt hij, maar dat mag.
- else:
    Hij kijkt naar de verzorgende. Die weet het. Marieke noteert iets.
}
{ not test("fact.medicatie_incidenten_verzwegen"):
    Bij de medicatiekar vraagt ze naar de meldingen van de laatste drie maanden. Het zijn er opvallend weinig.
    Ik zie in de apotheekgegevens correcties die niet in uw meldingen staan. Hoe zit dat? # speaker: marieke # reveal: medicatie_incidenten_verzwegen # flag: igj_vond_incidenten
}
-> gesprek

= gesprek
In de vergaderkamer legt ze haar pen neer. Vertelt u mij eens: hoe staat u ervoor? # speaker: marieke
+ [Open vertellen wat niet goed gaat, en wat u eraan doet]
    U noemt het verzuim, de zorgplannen, de medicatie. En wat er loopt, en wat nog niet.
    -> alsnog_melden ->
    Dat waardeer ik. De meeste bestuurders beginnen met wat goed gaat. # speaker: marieke # flag: openheid # effect: trust.marieke +8
+ [De beste afdeling en de nieuwe protocollen laten zien]
    U laat Lindehof zien, en een map met twaalf nieuwe protocollen.
    { test("trust.marieke >= 60"):
        Mooi. Maar ik was hier voor De Meerkoet. En twaalf nieuwe protocollen, is dat wat de teams nodig hebben? # speaker: marieke # flag: etalage # flag: etalage_bekend # effect: trust.marieke -4
    - else:
        Marieke bladert. # flag: etalage # flag: etalage_bekend # effect: trust.marieke -8
        Ik zie een etalage. Ik kom voor de winkel. # speaker: marieke
    }
+ [Uitleggen waar u bewust van het kader afwijkt, en waarom]
    { test("flag.risico_afgewogen or bought.opruimdienst or bought.kort_zorgleefplan or bought.goede_gesprek"):
        U legt uit waarom sommige bewoners 's nachts mogen lopen, en waarom het zorgplan korter is dan het kader voorschrijft. Per bewoner vastgelegd.
        Dat is een afwijking die ik kan volgen. Onderbouwd, met de cliënt erbij. Daar ben ik niet tegen. # speaker: marieke # flag: onderbouwde_afwijking # effect: trust.marieke +6
    - else:
        U spreekt over ruimte voor professionals. Marieke vraagt waar dat op papier staat. Het staat nergens.
        Afwijken mag. Maar dan moet ik kunnen zien waarom. Dat zie ik nog niet. # speaker: marieke # effect: trust.marieke -2
    }
- Marieke schrijft lang.
Hoe nu verder: dat leest u in het rapport. En ik kom terug als dat nodig is. # speaker: marieke
-> END

=== onaangekondigd_bezoek ===
# src: 001:L994-1014; 001:L3780-3790; 004:L1867-1878; 004:L2009-2011; 000:L2367-2369
Het is half acht 's ochtends. Marieke Smit staat onaangekondigd in de hal van De Meerkoet, met een collega.
{
- test("flag.ernstige_val"):
    We hebben een melding gekregen over een ernstige val. Ik wil zien hoe u met valrisico omgaat. # speaker: marieke
- test("seen.pyjamadag_pers"):
    Ik heb de krant gelezen, net als iedereen. Ik wil zelf zien hoe het hier gaat. # speaker: marieke
- else:
    We krijgen signalen over incidenten. Ik kijk vandaag zelf mee. # speaker: marieke
}
Ze loopt zonder begeleiding de afdeling op. Niemand heeft iets kunnen voorbereiden.
{ test("flag.etalage_bekend and (zorgplannen_actueel < 75 or incidenten > 4.6)"):
    De nieuwe gordijnen hangen er nog. Achter de gordijnen is weinig veranderd. Marieke bladert terug in haar aantekeningen van het vorige bezoek. # flag: etalage_doorzien
}
{ test("flag.vrijheid_beperkt and not flag.risico_afgewogen"):
    In drie kamers staan bedhekken omhoog. Ze vraagt bij elk hek wie dat besloten heeft en waarom. Niemand weet het precies.
}
{ test("verzuim > 9"):
    Van de vier mensen op de afdeling zijn er twee invallers. Ze weten niet wie er valrisico heeft.
}
+ [Zonder omwegen vertellen wat er is gebeurd en wat u heeft veranderd]
    Marieke luistert, vraagt door, en schrijft. # flag: openheid # effect: trust.marieke +8
    -> alsnog_melden ->
    Dank u. Dit is het gesprek waarvoor ik kom. # speaker: marieke
+ [Benadrukken dat het om een incident gaat en dat de zorg op orde is]
    Marieke kijkt naar de bedhekken, naar het rooster, en naar u. # flag: etalage # flag: etalage_bekend # effect: trust.marieke -10
    Op orde? Dat zie ik vandaag anders. # speaker: marieke
+ [Laten zien hoe u per bewoner vrijheid en risico afweegt]
    { test("flag.risico_afgewogen"):
        U laat drie afwegingen zien, met de handtekening van de familie. Meneer de Boer wilde lopen. Dat stond erin.
        Een val is verdrietig. Maar dit is zorgvuldig. Hier kan ik iets mee. # speaker: marieke # flag: onderbouwde_afwijking # effect: trust.marieke +6
    - else:
        U zegt dat u vrijheid belangrijk vindt. Ze vraagt waar dat is vastgelegd. Nergens. # effect: trust.marieke -3
    }
- Hoe nu verder? Ik wil dat binnenkort van u op papier zien. # speaker: marieke
-> END

=== hernieuwd_bezoek ===
# src: 004:L2207-2215; 004:L2259-2267; 000:L403-404
Marieke komt terug, zoals ze had aangekondigd. Ze heeft haar vorige rapport bij zich en slaat het open op de laatste bladzijde.
Vorige keer spraken we af wat er zou verbeteren. Laat u mij zien wat er gebeurd is. Niet wat er gepland is. # speaker: marieke
{ test("zorgplannen_actueel >= 80"):
    Ze trekt vijf zorgplannen. Vier zijn actueel en kort, en bovenaan staat wat de bewoner zelf wil. Ze knikt.
- else:
    Ze trekt vijf zorgplannen. Twee zijn verouderd. Ze legt ze naast elkaar op tafel.
}
{ test("flag.leren_van_incidenten or bought.kwaliteitsdashboard"):
    Bij een teamoverleg hoort ze hoe verzorgenden hun eigen meldingen bespreken. Niet wie het deed, maar wat ze leren. Ze blijft langer dan gepland.
}
{
- test("flag.etalage_bekend and (zorgplannen_actueel < 75 or incidenten > 4.6)"):
    Ze loopt langs de nieuwe protocollenmap van de vorige keer. Die is niet meer opengeslagen. Vorige keer liet u mij de etalage zien. Vandaag zie ik de winkel. # speaker: marieke # flag: etalage_doorzien
- test("flag.etalage_bekend"):
    Vorige keer was het vooral poetswerk. Ik zie nu dat er ook echt iets is veranderd. Dat telt. # speaker: marieke
}
+ [Eerlijk zijn over wat wel en niet gelukt is]
    Marieke knikt langzaam. # flag: openheid # effect: trust.marieke +6
    -> alsnog_melden ->
    Beweging is wat ik zoek. Geen perfectie. # speaker: marieke
+ [De resultaten zo gunstig mogelijk presenteren]
    Ze laat u uitpraten. Dan wijst ze op de twee verouderde plannen. En deze? # speaker: marieke # flag: etalage # flag: etalage_bekend # effect: trust.marieke -6
+ [Uitleggen waar u bewust afwijkt van het kader en wat dat de bewoners oplevert]
    { test("flag.risico_afgewogen or bought.kort_zorgleefplan or bought.goede_gesprek"):
        Dat is lef, en het is onderbouwd. Houd het zo vast. # speaker: marieke # flag: onderbouwde_afwijking # effect: trust.marieke +5
    - else:
        Ik hoor een visie, maar ik zie hem nog niet op de afdeling. # speaker: marieke
    }
- Marieke klapt haar map dicht.
Het rapport volgt. # speaker: marieke
-> END

=== toets_plan_van_aanpak ===
# src: 004:L2219-2227; 004:L2250-2266; 004:L1867-1878; 004:L1995-2011
Het plan van aanpak ligt een halfjaar bij de inspectie. Marieke Smit komt kijken of het is uitgevoerd. Ze heeft het plan bij zich, met per punt een vinkje of een vraagteken.
Een plan is een belofte. Ik kom kijken wat ervan is terechtgekomen. # speaker: marieke
{ test("zorgplannen_actueel >= 70"):
    De zorgplannen die ze trekt, zijn kort en actueel. Bij één staat in de woorden van de bewoner wat ze 's ochtends wil. Vinkje.
- else:
    De zorgplannen zijn nog steeds dik en oud. In één staat een bewoner die al maanden in een ander huis woont. Vraagteken.
}
{ test("incidenten > 4.6 and not bought.veilig_melden"):
    De medicatieronde loopt als vorig jaar. Er is niets veranderd aan hoe incidenten worden besproken.
}
{ test("verzuim > 9"):
    Op de afdeling werken vandaag drie invallers. Een van hen vraagt Marieke waar de handschoenen liggen.
}
{ test("flag.etalage_bekend and (zorgplannen_actueel < 75 or incidenten > 4.6)"):
    Marieke legt het mooie plan naast wat ze ziet. # flag: etalage_doorzien
    Het plan was voor mij geschreven, niet voor de bewoners. # speaker: marieke
}
+ [Eerlijk zeggen welke punten niet gelukt zijn, waarom, en wat u nu anders doet]
    U noemt wat bleef liggen en wat u heeft geleerd. U vraagt niet om uitstel, maar legt uit wat de volgende stap is en wie hem zet.
    -> alsnog_melden ->
    Dit is het eerste gesprek waarin ik hoor wat er echt speelt. Dat helpt. Maar beloftes alleen tellen nu niet meer. # speaker: marieke # flag: openheid # effect: trust.marieke +6
+ [Wijzen op alles wat wel is gedaan: bijeenkomsten, nieuwe formulieren, een stuurgroep]
    Marieke noteert de bijeenkomsten. # flag: etalage # flag: etalage_bekend # effect: trust.marieke -8
    Dan vraagt ze wat een bewoner ervan heeft gemerkt. Het blijft stil. # speaker: marieke
+ [Uitleggen dat de omstandigheden tegenzaten: griep, personeelstekort, het zorgkantoor]
    Dat herken ik. Maar andere huizen in deze regio hebben dezelfde griep en hetzelfde zorgkantoor. # speaker: marieke # effect: trust.marieke -3
- Marieke klapt haar map dicht.
U hoort binnen twee weken wat de inspectie besluit. # speaker: marieke
-> END

=== calamiteitenonderzoek ===
# src: 004:L2664-2669; 004:L1867-1878; 001:L3482-3485
Marieke Smit komt met een collega. Ze wil de afdeling niet zien, maar het dossier: wie wist wat, wanneer, en wat er daarna gebeurde.
Bij een calamiteit kijk ik niet alleen naar de fout. Ik kijk of u haar onderzoekt en ervan leert. Hier is ze eerst weggestopt. # speaker: marieke
{ test("flag.openheid_na_verzwijgen"):
    Op tafel ligt de opdracht aan de onafhankelijke commissie, met een tijdpad. Marieke leest hem twee keer.
}
+ [Erkennen dat u de meldplicht heeft geschonden, en laten zien wat u nu doet]
    { test("flag.leren_van_incidenten or bought.veilig_melden or flag.openheid_na_verzwijgen"):
        U laat zien hoe de teams nu elke week hun meldingen bespreken, en wat de commissie onderzoekt. # flag: openheid # effect: trust.marieke +4
        Dat is het begin van wat ik wil zien. Het begin. # speaker: marieke
    - else:
        U erkent het. Wat er nu anders gaat, kunt u nog niet laten zien. # flag: openheid # effect: trust.marieke +2
    }
+ [Zeggen dat de locatiemanager het stilhield, niet u]
    Het dossier zegt dat u het wist. Ik spreek de bestuurder aan, niet de locatiemanager. # speaker: marieke # flag: etalage # effect: trust.marieke -6
- Marieke klapt haar map dicht.
{ test("ladder >= 4"):
    Het verscherpt toezicht was er al. Wat nu volgt, is een aanwijzing. U hoort het binnen twee weken. # speaker: marieke
- else:
    Wat nu volgt, is verscherpt toezicht. U hoort het binnen twee weken. # speaker: marieke
}
-> END
