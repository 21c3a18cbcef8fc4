// Ruud Hoekstra, locatiemanager De Meerkoet. Houdt problemen binnenskamers.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 000:L890-896; 000:L677-678; 003:L693-707
{
- test("fact.medicatie_incidenten_verzwegen") && not confrontatie:
    -> confrontatie
- test("not fact.medicatie_incidenten_verzwegen and trust.ruud >= 60"):
    -> bekentenis
- test("bought.managementlaag_weg"):
    -> na_afschalen
- else:
    -> vertrouwen_winnen
}

= confrontatie
Ruud weet waarom u komt. Hij heeft zijn jas nog aan.
U weet het van de medicatie. Ik ga het niet goedpraten. # speaker: ruud
+ [Hem een rol geven in de nieuwe meldcultuur: van schuld naar leren]
    Ruud kijkt op.
    U ontslaat me niet? # speaker: ruud
    Nee. Maar vanaf nu bespreekt elk team zijn meldingen, en u zit erbij om te leren, niet om te straffen. # flag: leren_van_incidenten # effect: trust.ruud +12 # effect: incidenten -0.3 lag 1 ramp 2
+ [Een ultimatum: nog één verzwegen incident en u bent weg]
    Ruud knikt stijfjes. Duidelijk. {test("bought.locatie_sluiten >= 2"):In zijn oude team|Op De Meerkoet} wordt het de weken erna stil, op een andere manier. # flag: ruud_ultimatum # effect: trust.ruud -10 # effect: trust.ans -3
+ [Hem vragen een andere functie te zoeken]
    Ruud vertrekt met een regeling. Een interim-manager neemt het over. # flag: ruud_vertrokken # effect: trust.ans -4 # effect: draagvlak -2 # effect: budget -40
    Ans zegt later: Hij was geen slecht mens.
    Hij was bang. # speaker: ans
- -> END

= bekentenis
Ruud vraagt zelf om dit gesprek. Hij draait er niet omheen.
Ik moet u iets vertellen over de medicatie op De Meerkoet. We melden niet alles. Ik heb dat laten gebeuren. # speaker: ruud # reveal: medicatie_incidenten_verzwegen
+ [Hem bedanken voor zijn eerlijkheid en samen een plan maken]
    Dit had ik drie bestuurders geleden moeten zeggen. # speaker: ruud # flag: leren_van_incidenten # effect: trust.ruud +8 # effect: incidenten -0.3 lag 1 ramp 2
+ [Vragen waarom hij het nu pas zegt]
    Omdat u de eerste bent die niet meteen met een reorganisatie kwam. # speaker: ruud # effect: trust.ruud +3
- -> END

// Varianten per gesprek: `na_afschalen` en `vertrouwen_winnen` tellen dit bezoek mee; het eerste leest
// zoals altijd, daarna wisselen even en oneven af. Wat Ruud al vertelde, zegt hij niet nog eens woordelijk.
= na_afschalen
{
- test("bought.coachend_leiderschap and not flag.ruud_coaches_verteld"):
    Ruud heeft zijn drie afdelingshoofden zien vertrekken. # flag: ruud_coaches_verteld
    Twee kwamen terug als teamcoach. # speaker: ruud
    Het is wennen. Maar de teams praten meer met mij dan vroeger. Rechtstreeks. # speaker: ruud # effect: trust.ruud +3
- test("bought.coachend_leiderschap") && na_afschalen % 2 == 0:
    De teamcoaches zitten nu bij mijn overleg. Ik hoef minder te vertellen en hoor meer. # speaker: ruud
- test("bought.coachend_leiderschap"):
    Ruud heeft een lege agenda voor de middag. Dat is lang geleden, zegt hij.
- na_afschalen % 2 == 1:
    Ruud is moe.
    Sinds de afdelingshoofden weg zijn, loopt alles via mij. Ik slaap slecht. # speaker: ruud
- else:
    Ruud heeft twee telefoons op tafel. Ze gaan allebei over terwijl u praat.
    Alles komt nog steeds bij mij terecht. # speaker: ruud
}
+ [{ruud_nodig:Nog eens vragen wat hij nodig heeft|Vragen wat hij nodig heeft}]
    -> ruud_nodig
+ [{na_afschalen % 2 == 1:Zeggen dat de teams het nu zelf moeten doen|Weer zeggen dat de teams het zelf doen}]
    { na_afschalen % 2 == 1:
        Dat zeggen ze op kantoor makkelijk. # speaker: ruud # effect: trust.ruud -4
    - else:
        Dat zei u vorige keer ook. De teams weten het, ik weet het. Wie leert het ze? # speaker: ruud # effect: trust.ruud -4
    }
- -> END

// Wat hij nodig heeft: de eerste keer telt volledig (+4). Vraagt u het opnieuw, dan telt of er iets
// mee gebeurde (leiderschap of zelf roosteren: +2) of niet (-1). Omvang: ontwerpkeuze.
= ruud_nodig
{
- ruud_nodig == 1:
    Iemand die de teams leert plannen. Ik kan het niet alleen. # speaker: ruud # effect: trust.ruud +4
- test("bought.coachend_leiderschap or bought.zelfroosteren"):
    { ruud_nodig % 2 == 0:
        Wat ik vroeg, is er gekomen. De teams plannen nu zelf, en ik mag nee zeggen. # speaker: ruud # effect: trust.ruud +2
    - else:
        Minder dan eerst. Laat het nu even zo. # speaker: ruud # effect: trust.ruud +2
    }
- ruud_nodig % 2 == 0:
    Dat heb ik u gezegd: iemand die de teams leert plannen. Die is er nog niet. # speaker: ruud # effect: trust.ruud -1
- else:
    Ruud wrijft in zijn ogen. Hetzelfde als vorige keer. # effect: trust.ruud -1
}
-> END

= vertrouwen_winnen
{
- vertrouwen_winnen == 1:
    Ruud ontvangt u in zijn kantoor. Hij heeft koffie laten zetten en de kwartaalmap klaargelegd.
- vertrouwen_winnen % 2 == 0:
    Ruud heeft de kwartaalmap al open liggen als u binnenkomt. De koffie staat klaar.
- else:
    Ruud staat op de gang als u aankomt. Zijn kantoor is bezet door een overdracht.
}
{ test("trust.ruud < 40"):
    { vertrouwen_winnen % 2 == 1:
        Alles loopt, zoals u ziet. Mijn teams doen wat ze moeten doen. # speaker: ruud
    - else:
        Geen bijzonderheden dit kwartaal. Dat staat ook in de map. # speaker: ruud
    }
- else:
    { vertrouwen_winnen % 2 == 1:
        Ik merk dat u niet komt om te controleren. Dat waardeer ik. # speaker: ruud
    - else:
        U komt weer zonder lijstje met vragen. Daar begin ik aan te wennen. # speaker: ruud
    }
}
+ [{jaren:Weer met Ruud over vroeger praten|Vragen naar zijn vijftien jaar als locatiemanager van De Meerkoet}]
    -> jaren
+ [{zonder_map:Weer samen de afdeling op|Samen de afdeling op lopen, zonder map}]
    -> zonder_map
+ [{doorvragen:Weer doorvragen op de incidentcijfers|Doorvragen op de incidentcijfers}]
    -> doorvragen

// Naar zijn jaren vragen: de eerste keer telt volledig (+7); het verhaal is dan verteld, een tweede
// keer weegt minder (+2, ontwerpkeuze).
= jaren
{
- jaren == 1:
    Ruud vertelt over de verbouwing die nooit kwam, en over de bewoners die hij heeft zien gaan. # effect: trust.ruud +7
    Ik ben geen slechte manager. Ik ben een moe manager. # speaker: ruud
- jaren % 2 == 0:
    Ruud vertelt over zijn eerste jaar, toen hij zelf nog nachtdiensten draaide. # effect: trust.ruud +2
- else:
    Ruud laat een foto zien van het personeelsuitje van tien jaar geleden. Hij noemt alle namen. # effect: trust.ruud +2
}
-> END

// Samen de afdeling op: de eerste keer telt volledig (+5, +2 Ans), daarna +2 en +1 (ontwerpkeuze).
= zonder_map
{
- zonder_map == 1:
    Op de gang groeten medewerkers Ruud warm. Ze groeten u voorzichtig. # effect: trust.ruud +5 # effect: trust.ans +2
- zonder_map % 2 == 0:
    Op de gang groeten ze u nu ook. Iets minder voorzichtig. # effect: trust.ruud +2 # effect: trust.ans +1
- else:
    Een verzorgende houdt Ruud staande met een vraag, en betrekt u erbij. # effect: trust.ruud +2 # effect: trust.ans +1
}
-> END

// Doorvragen: zolang zijn vertrouwen laag is, kost het (-5); is het hoog, dan opent hij langzaam (+2,
// later +1: ontwerpkeuze).
= doorvragen
{ test("trust.ruud >= 50"):
    {
    - doorvragen == 1:
        Ruud aarzelt. # effect: trust.ruud +2
        Daar moeten we het binnenkort eens over hebben. Niet vandaag. # speaker: ruud
    - doorvragen % 2 == 0:
        Ruud kijkt naar de deur. Binnenkort, zei ik. # effect: trust.ruud +1
    - else:
        Ruud schuift de map een stukje naar u toe, en dan weer terug. # effect: trust.ruud +1
    }
- else:
    { doorvragen % 2 == 1:
        Die cijfers kloppen. Wilt u suggereren van niet? # speaker: ruud # effect: trust.ruud -5
    - else:
        Alweer die cijfers. Ik heb niets toe te voegen aan wat er staat. # speaker: ruud # effect: trust.ruud -5
    }
}
-> END

// Tweede gesprek: Ruud over zijn toekomst, met wat er eerder gebeurde.
=== toekomst ===
# src: 000:L890-896; 000:L677-678; 003:L601-606; 004:L1867-1878
Ruud vraagt zelf om een gesprek over zijn toekomst. Hij heeft dit keer geen kwartaalmap bij zich.
{
- test("flag.ruud_ultimatum"):
    Sinds uw ultimatum meld ik alles. Ook dingen die niets voorstellen. Mijn teams durven niets meer zonder mij. # speaker: ruud
- test("flag.leren_van_incidenten"):
    Elke maand bespreken de teams hun meldingen. Vorige week vertelde een leerling zelf over een fout. Vijf jaar geleden had ik dat niet voor mogelijk gehouden. # speaker: ruud # effect: trust.ruud +3
- test("flag.incident_stil_gehouden"):
    Dat dossier ligt nog steeds in de la. Ik slaap er slecht van, eerlijk gezegd. # speaker: ruud
- else:
    Het was een lang jaar. Ik weet niet of ik nog de man ben die De Meerkoet nodig heeft. # speaker: ruud
}
{ test("bought.locatie_sluiten"):
    En De Meerkoet gaat dicht. Vijftien jaar, en dan een verhuiswagen. # speaker: ruud
}
+ [Hem vragen of hij coach van de teams wil worden in plaats van hun manager]
    { test("trust.ruud >= 50"):
        Ruud kijkt lang uit het raam.
        Misschien. Als ik het mag leren. En als ik mag falen. # speaker: ruud # flag: ruud_coach # effect: trust.ruud +6
    - else:
        Coach? Na alles? Ik weet niet of de teams mij dat gunnen. # speaker: ruud # effect: trust.ruud +2
    }
+ {test("flag.incident_stil_gehouden")} [Samen het verzwegen incident alsnog melden]
    Ik ga mee naar het gesprek met de inspectie. Het is van mij, niet van u. # speaker: ruud # unflag: incident_stil_gehouden # flag: melding_gedaan # effect: trust.ruud +4 # effect: reputatie -1 # effect: trust.marieke +4
+ [Hem helpen een goede afsluiting te maken en een opvolger in te werken]
    Ruud is opgelucht en verdrietig tegelijk.
    Geef me een half jaar. Dan draag ik het netjes over. # speaker: ruud # effect: trust.ruud +3 # effect: borging +1
- -> END
