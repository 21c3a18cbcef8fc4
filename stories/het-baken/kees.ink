// Kees Brouwer, teamleider thuiszorg. Zijn functie kan verdwijnen.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L2975-3010; 003:L601-606; 000:L677-678
{
- gesprek == 1:
    -> eerste
- test("flag.kees_vaag and (bought.zelforganisatie_pilot or bought.zelforganisatie_bigbang or bought.managementlaag_weg)"):
    -> verraden
- test("flag.kees_teamcoach"):
    -> teamcoach
- else:
    -> route
}

= eerste
Kees heeft een koffie voor u meegenomen. Hij komt meteen ter zake.
{test("leader.kees_projectleider"):Ik trek dit project, en daar ben ik trots op. Maar mijn teams vragen wat er van hun teamleider overblijft als ze zichzelf sturen.|Iedereen heeft het over zelforganisatie. Dan vraag ik me af: wat doe ik hier over een jaar?} # speaker: kees
+ [Hem teamcoach maken: minder sturen, meer begeleiden]
    Kees proeft het woord. # flag: kees_teamcoach # effect: trust.kees +10
    Teamcoach. Dat zou ik willen leren. Als het echt is. # speaker: kees
+ [Eerlijk zeggen dat zijn functie verdwijnt, en hem helpen met wat daarna komt]
    Kees is even stil. # flag: kees_eerlijk # effect: trust.kees +4
    Dank voor de eerlijkheid. Dan weet ik waar ik sta. # speaker: kees
+ [Hem geruststellen: er verandert voor hem weinig]
    Kees ontspant zichtbaar. # flag: kees_vaag # effect: trust.kees +3
    Fijn. Dan ga ik weer aan het werk. # speaker: kees
- -> END

= verraden
Kees staat onaangekondigd in uw deur. Hij heeft een envelop bij zich.
U zei dat er voor mij weinig veranderde. Nu lees ik in de nieuwsbrief dat de teamleiders verdwijnen. # speaker: kees
+ [Excuses maken en alsnog de teamcoachrol aanbieden]
    { test("trust.kees >= 45"):
        Kees draait de envelop om in zijn handen. # unflag: kees_vaag # flag: kees_teamcoach # effect: trust.kees -5
        Goed. Eén kans. # speaker: kees
    - else:
        Te laat. Ik heb al getekend bij een andere organisatie. # speaker: kees # flag: kees_vertrokken # effect: trust.kees -15 # effect: draagvlak -3
    }
+ [Uitleggen dat de plannen veranderd zijn]
    Dat begrijp ik. Maar u had het mij eerder kunnen zeggen. Hier is mijn ontslagbrief. # speaker: kees # flag: kees_vertrokken # effect: trust.kees -15 # effect: draagvlak -3
    In de wijk vragen cliënten de weken erna waar Kees is gebleven.
- -> END

= teamcoach
{ test("bought.coachend_leiderschap"):
    Ik stel nu vragen in plaats van antwoorden te geven. Het is het moeilijkste wat ik ooit gedaan heb. # speaker: kees
    Vorige week heeft mijn team zelf een rooster gemaakt. Niemand hoefde mij te bellen. # speaker: kees # effect: trust.kees +3
- else:
    Ik probeer te coachen, maar niemand heeft me geleerd hoe. Ik grijp steeds terug op sturen. # speaker: kees
}
+ [Vragen wat zijn team nu nodig heeft]
    Vaste gezichten bij de cliënten. En minder minuten tikken. Dan doen ze de rest zelf. # speaker: kees # effect: trust.kees +3
+ [Vragen wat hij zelf nodig heeft]
    Een maatje. Iemand bij wie ik mag zeggen dat ik het niet weet. # speaker: kees # effect: trust.kees +4
- -> END

= route
Kees rijdt met u mee naar een cliënt in Oost. In de auto praat hij over de wijk, niet over zichzelf.
{ test("bought.minutenregistratie_af"):
    Sinds de minuten weg zijn, drinken mijn mensen weer een kop koffie mee als dat nodig is. Dat telde vroeger als verspilling. # speaker: kees
- else:
    Zeventien registraties vandaag. Tussen elk bezoek tikken ze in de auto. # speaker: kees
}
+ [Vragen hoe het met hem gaat]
    Ik weet het nog niet. Ik wacht af wat u met mijn functie doet. # speaker: kees # effect: trust.kees +2
+ [Vragen welke cliënt hem het meest zorgen baart]
    Meneer Bakker. Longen slecht, alleen, en hij wil niemand tot last zijn. # speaker: kees # effect: trust.kees +3
- -> END

// Tweede gesprek: een ochtend in de wijk, een half jaar verder.
=== wijkronde ===
# src: 002:L2975-3010; 003:L601-606; 002:L1915-1927
Kees rijdt. Dit keer praat hij onderweg wel over zichzelf.
{
- test("leader.kees_projectleider"):
    Projectleider. Ik dacht dat ik er niet geschikt voor was. Nu bel ik de gemeente alsof ik het al jaren doe. # speaker: kees
- test("flag.kees_teamcoach and bought.coachend_leiderschap"):
    Ik ben nu coach van drie wijkteams. Ze bellen me minder, en als ze bellen, gaat het ergens over. # speaker: kees
- test("flag.kees_teamcoach"):
    U maakte me teamcoach. Maar zonder opleiding ben ik een teamleider met een andere titel. # speaker: kees
- test("flag.kees_eerlijk"):
    U zei eerlijk dat mijn functie zou verdwijnen. Ik heb intern gesolliciteerd. Volgende maand hoor ik het. # speaker: kees
- test("flag.kees_vaag"):
    U zei dat er voor mij weinig veranderde. Op de gang hoor ik iets anders. # speaker: kees # effect: trust.kees -3
- else:
    Ik weet nog steeds niet wat mijn plek is in het nieuwe plaatje. # speaker: kees
}
{ test("bought.vaste_gezichten"):
    Meneer Bakker ziet nu drie vaste mensen. Hij heeft ze alle drie een bijnaam gegeven. # speaker: kees
- else:
    Meneer Bakker zag deze maand weer elf gezichten. Ik schaam me ervoor. # speaker: kees
}
+ [Vragen wat de wijkteams als volgende stap zelf willen regelen]
    { test("bought.zelfroosteren"):
        Ze roosteren al zelf. Nu willen ze zelf nieuwe collega's kiezen. # speaker: kees # effect: trust.kees +3 # effect: draagvlak +1
    - else:
        Hun eigen rooster. Daar klagen ze het meest over, en daar weten ze het meest van. # speaker: kees # effect: trust.kees +3
    }
+ [Hem vragen andere teamleiders te helpen bij hun nieuwe rol]
    { test("trust.kees >= 55"):
        Ik weet hoe het voelt als je functie verdwijnt. Dat kan ik ze vertellen, beter dan iemand van buiten. # speaker: kees # effect: trust.kees +4 # effect: borging +2
    - else:
        Eerst wil ik weten waar ik zelf sta. # speaker: kees # effect: trust.kees -1
    }
+ [Vragen hoe het thuis gaat]
    Kees lacht, voor het eerst die ochtend.
    Mijn vrouw zegt dat ik weer slaap. # speaker: kees # effect: trust.kees +2
- -> END
