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

// Varianten per gesprek: `teamcoach` en `route` tellen dit bezoek mee; het eerste leest zoals altijd,
// daarna wisselen even en oneven af. Wat Kees al vertelde, zegt hij niet nog eens woordelijk.
= teamcoach
{
- test("bought.coachend_leiderschap and not flag.kees_coacht_verteld"):
    Ik stel nu vragen in plaats van antwoorden te geven. Het is het moeilijkste wat ik ooit gedaan heb. # speaker: kees # flag: kees_coacht_verteld
    Vorige week heeft mijn team zelf een rooster gemaakt. Niemand hoefde mij te bellen. # speaker: kees # effect: trust.kees +3
- test("bought.coachend_leiderschap") && teamcoach % 2 == 0:
    Kees komt net uit een teamoverleg waar hij bijna niets heeft gezegd. Hij lijkt er tevreden over.
- test("bought.coachend_leiderschap"):
    Mijn team belt me minder. Eerst vond ik dat eng. Nu vind ik het een compliment. # speaker: kees
- teamcoach % 2 == 1:
    Ik probeer te coachen, maar niemand heeft me geleerd hoe. Ik grijp steeds terug op sturen. # speaker: kees
- else:
    Coachen gaat nog niet vanzelf. Gisteren heb ik weer een rooster voor ze gemaakt, omdat het sneller ging. # speaker: kees
}
+ [{team_nodig:Weer vragen wat zijn team nodig heeft|Vragen wat zijn team nu nodig heeft}]
    -> team_nodig
+ [{zelf_nodig:Weer vragen wat hij zelf nodig heeft|Vragen wat hij zelf nodig heeft}]
    -> zelf_nodig

// Wat het team nodig heeft: de eerste keer telt volledig (+3). Vraagt u het opnieuw, dan telt of er iets
// mee gebeurde (vaste gezichten, minder minuten: +1) of niet (-1). Omvang: ontwerpkeuze.
= team_nodig
{
- team_nodig == 1:
    Vaste gezichten bij de cliënten. En minder minuten tikken. Dan doen ze de rest zelf. # speaker: kees # effect: trust.kees +3
- test("bought.vaste_gezichten or bought.minutenregistratie_af"):
    { team_nodig % 2 == 0:
        Wat ik vorige keer zei, is gebeurd. Nu willen ze zelf hun rooster maken. # speaker: kees # effect: trust.kees +1
    - else:
        Ze hebben wat ze vroegen. Laat ze nu even, dan ziet u wat ze ermee doen. # speaker: kees # effect: trust.kees +1
    }
- team_nodig % 2 == 0:
    Hetzelfde als vorige keer: vaste gezichten, minder minuten. Daar is nog niets mee gedaan. # speaker: kees # effect: trust.kees -1
- else:
    Kees zucht.
    Dat weet u al. # speaker: kees # effect: trust.kees -1
}
-> END

// Wat hij zelf nodig heeft: een maatje. De eerste keer telt volledig (+4); daarna +2 als het
// leiderschapsprogramma loopt (collega's om mee te leren), anders niets (ontwerpkeuze).
= zelf_nodig
{
- zelf_nodig == 1:
    Een maatje. Iemand bij wie ik mag zeggen dat ik het niet weet. # speaker: kees # effect: trust.kees +4
- test("bought.coachend_leiderschap"):
    { zelf_nodig % 2 == 0:
        In het leiderschapsprogramma zit een teamleider uit Zuid. We bellen elke vrijdag. # speaker: kees # effect: trust.kees +2
    - else:
        Minder dan eerst. Ik weet nu bij wie ik terechtkan. # speaker: kees # effect: trust.kees +2
    }
- zelf_nodig % 2 == 0:
    Nog steeds een maatje. Ik heb er nog geen gevonden. # speaker: kees
- else:
    Kees lacht kort.
    U vroeg het vorige keer ook. Het antwoord is hetzelfde. # speaker: kees
}
-> END

= route
{ route == 1:
    Kees rijdt met u mee naar een cliënt in Oost. In de auto praat hij over de wijk, niet over zichzelf.
- else:
    Kees haalt u op voor een ronde door Oost. {route % 2 == 0:Hij rijdt een andere route dan vorige keer.|Deze keer rijdt u zelf.}
}
{ test("bought.minutenregistratie_af"):
    { route % 2 == 1:
        Sinds de minuten weg zijn, drinken mijn mensen weer een kop koffie mee als dat nodig is. Dat telde vroeger als verspilling. # speaker: kees
    - else:
        Geen minuten meer tikken. Mijn mensen vertellen nu over cliënten in plaats van over registraties. # speaker: kees
    }
- else:
    { route % 2 == 1:
        Zeventien registraties vandaag. Tussen elk bezoek tikken ze in de auto. # speaker: kees
    - else:
        Nog steeds tikken ze tussen elk bezoek de minuten in. Ik tel het niet meer. # speaker: kees
    }
}
+ [{hoe_gaat:Weer vragen hoe het met hem gaat|Vragen hoe het met hem gaat}]
    -> hoe_gaat
+ [{zorgen:Weer naar meneer Bakker vragen|Vragen welke cliënt hem het meest zorgen baart}]
    -> zorgen

// De tweede keer dezelfde vraag weegt minder (ontwerpkeuze: +2, dan +1; +3, dan +1).
= hoe_gaat
{
- hoe_gaat == 1:
    Ik weet het nog niet. Ik wacht af wat u met mijn functie doet. # speaker: kees # effect: trust.kees +2
- hoe_gaat % 2 == 0:
    Nog steeds in afwachting. Het wachten is het zwaarst. # speaker: kees # effect: trust.kees +1
- else:
    Kees kijkt naar de weg. Ik wacht nog steeds, zegt hij. # effect: trust.kees +1
}
-> END

= zorgen
{
- zorgen == 1:
    Meneer Bakker. Longen slecht, alleen, en hij wil niemand tot last zijn. # speaker: kees # effect: trust.kees +3
- zorgen % 2 == 0:
    Meneer Bakker, nog steeds. Hij zegt dat het goed gaat. Dat zegt hij altijd. # speaker: kees # effect: trust.kees +1
- else:
    Bakker. Vorige week stond zijn deur open, en hij zat in zijn stoel te wachten op wie er kwam. # speaker: kees # effect: trust.kees +1
}
-> END

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
