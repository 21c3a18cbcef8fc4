// Dennis Visser, ICT- en informatiemanager. Moet vanaf dag één aan tafel.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 003:L894-903; 003:L773-776; 003:L938-943
// Varianten per gesprek: wat Dennis al liet zien, zegt hij niet nog eens woordelijk (een vlag), en
// `gesprek` telt dit gesprek mee, zodat even en oneven gesprekken om en om anders openen.
{
- test("bought.ecd_koppeling and not flag.dennis_koppeling_getoond"):
    Dennis laat trots een scherm zien. # flag: dennis_koppeling_getoond
    Het rooster en het ECD praten. Voor het eerst. # speaker: dennis
    De digicoaches lopen nu mee op de locaties. De olifantenpaadjes worden minder, niet weg. # speaker: dennis
- test("bought.ecd_koppeling") && gesprek % 2 == 0:
    Dennis heeft een storingslijst bij zich. Hij is korter dan vorig kwartaal.
    De koppeling houdt. De digicoaches krijgen minder vragen, en betere. # speaker: dennis
- test("bought.ecd_koppeling"):
    Dennis komt binnen met een kop koffie en zonder laptop.
    Niemand belt me meer over het rooster. Dan weet je dat het werkt. # speaker: dennis
- gesprek % 2 == 1:
    Dennis legt zijn schema weer neer. # reveal: geen_wifi_ecd_los
    Zolang {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} geen wifi heeft, is elke app een papieren tijger. # speaker: dennis
- else:
    Dennis heeft het wifi-plan weer bij zich. De offerte is inmiddels een kwartaal oud. # reveal: geen_wifi_ecd_los
    Ik kan niets bouwen op een locatie waar de tablet niet laadt. # speaker: dennis
}
+ {test("not flag.dennis_aan_tafel")} [Dennis vanaf nu vast in het veranderteam]
    Dennis is even stil. # flag: dennis_aan_tafel # effect: trust.dennis +8
    Eindelijk. Dan zit ik aan tafel voordat er iets gekocht wordt. # speaker: dennis
    -> END
+ [{vloer:Weer vragen wat de vloer nodig heeft|Vragen wat de vloer van hem nodig heeft}]
    -> vloer
+ [{pilot:Weer naar de beeldbelpilot vragen|Vragen naar de beeldbelpilot}]
    -> pilot

// Dezelfde vraag nog eens weegt minder: de eerste keer telt volledig, daarna hooguit +1 (ontwerpkeuze).
= vloer
{ test("flag.sanne_dennis or flag.sanne_ambassadeur"):
    {
    - vloer == 1:
        Sanne heeft me meegenomen naar de nachtdienst. Ik wist niet dat ze om drie uur 's nachts nog op papier schrijven. # speaker: dennis # effect: trust.dennis +4
    - vloer % 2 == 0:
        Sanne stuurt me nu elke week een lijstje. Het wordt korter. # speaker: dennis # effect: trust.dennis +1
    - else:
        Ik ben er nu elke maand. Ze kennen mijn naam, en ik de hunne. # speaker: dennis # effect: trust.dennis +1
    }
- else:
    {
    - vloer == 1:
        Dat weet ik eerlijk gezegd niet. Ik kom er te weinig. # speaker: dennis # effect: trust.dennis +1
    - vloer % 2 == 0:
        Nog steeds niet. Niemand heeft me meegenomen. # speaker: dennis
    - else:
        Dennis haalt zijn schouders op. Hij kent de vloer van de storingsmeldingen.
    }
}
-> END

= pilot
{
- pilot == 1:
    Twaalf tablets, drie gebruikers. Niemand had bedacht wie de cliënt helpt als het niet werkt. # speaker: dennis # reveal: beeldbellen_pilot_stil
- pilot % 2 == 0:
    Nog steeds weinig gebruikers. Wie de cliënt helpt als het niet werkt, is nog niet geregeld. # speaker: dennis
- else:
    Dennis laat de gebruikerslijst zien. Een paar namen erbij, de meeste van Sanne.
}
-> END

// Tweede gesprek: wat er overeind blijft als het projectgeld op is.
=== digicoaches ===
# src: 003:L813-814; 003:L894-903; 002:L3445-3450; 003:L697-700
Dennis heeft een whiteboard vol pijlen. In het midden staat ECD, met een rode cirkel eromheen.
{ test("flag.dennis_aan_tafel"):
    Sinds ik aan tafel zit, hoor ik het voordat er iets gekocht wordt. Dat scheelt de helft van mijn brandjes. # speaker: dennis
- else:
    Ik hoor nog steeds pas van nieuwe apparaten als ze op de gang staan. # speaker: dennis # effect: trust.dennis -2
}
{
- test("seen.tablets_gestolen"):
    Na die diefstal in Zuid hebben we een afsprakenkaart. Die hadden we aan het begin moeten maken. # speaker: dennis
- test("seen.sociale_robot"):
    Die robot van de leverancier gebruik ik nu als voorbeeld in elke presentatie. Eerst de vraag, dan de techniek. # speaker: dennis
}
{
- test("bought.structureel_innovatiebudget"):
    De digicoaches hebben een vast contract. Voor het eerst kan ik verder kijken dan één jaar. # speaker: dennis
- test("bought.ecd_koppeling"):
    De digicoaches worden betaald uit projectgeld. Als dat stopt, loopt hun kennis met ze de deur uit. # speaker: dennis
- else:
    Zonder wifi op {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} hebben digicoaches niets om uit te leggen. Ik wacht nog steeds. # speaker: dennis
}
+ [Vragen welke techniek de vloer nu echt helpt]
    { test("bought.nachtsensoren"):
        De sensoren. De nachtdienst gaat nog maar naar een kwart van de alarmen. Dat hoor ik van Ans, niet van de leverancier. # speaker: dennis # effect: trust.dennis +3
    - else:
        Eerst de basis. Daarna pas sensoren, en alleen met een zorgvisie eronder. # speaker: dennis # effect: trust.dennis +2
    }
+ [De digicoaches opleiden tot vaste vraagbaak op elke locatie]
    Dennis zet meteen een planning op het bord. # effect: budget -15 # effect: borging +3 # effect: trust.dennis +4
    Eén per locatie, en één voor de thuiszorg. # speaker: dennis
+ [Vragen of het goedkoper kan]
    Kan. Dan kopen we losse apps, en heeft straks elke locatie een eigen werkwijze. # speaker: dennis # effect: trust.dennis -2
- -> END
