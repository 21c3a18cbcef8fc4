// Truus Vermeulen, voorzitter cliëntenraad. Constructief; vreest afbraak of bezuiniging.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L2379-2383; 000:L243-247; 002:L1260-1266
{
- test("bought.locatie_sluiten") && not sluiting:
    -> sluiting
- gesprek == 1:
    -> eerste
- else:
    -> vervolg
}

= eerste
De cliëntenraad vergadert in de huiskamer van Lindehof. Zeven mensen, een koektrommel, een agenda met vijftien punten.
Wij lezen uw plannen graag voordat ze besloten zijn. Niet erna. # speaker: truus
+ [De cliëntenraad vragen mee te schrijven aan het plan]
    Truus kijkt de tafel rond. # flag: clientenraad_betrokken # effect: trust.truus +8
    Dat is ons nog niet eerder gevraagd. We doen het. # speaker: truus
+ [Beloven dat er niet bezuinigd wordt op de zorg]
    Een meneer aan tafel lacht zacht. Truus niet. # flag: truus_belofte # effect: trust.truus +2
    Dat staat genoteerd. # speaker: truus
+ [Het plan uitleggen en om advies vragen]
    Truus leest, vraagt, onderstreept. # effect: trust.truus +3
    U krijgt ons advies binnen drie weken. # speaker: truus
- -> END

= sluiting
Truus heeft het bericht over De Meerkoet in de krant gelezen, niet van u gehoord.
Veertig bewoners moeten verhuizen. Sommigen wonen er twintig jaar. Wist u dat mevrouw Jansen daar haar man heeft verloren? # speaker: truus # effect: trust.truus -8
Over het sluiten van een locatie moet u de cliëntenraad vooraf om advies vragen. Zo staat het in de wet (Wmcz 2018). Dat is niet gebeurd. # speaker: truus
+ [Excuses voor de volgorde, en de cliëntenraad de verhuizing laten meebegeleiden]
    Truus zwijgt lang. # effect: trust.truus +5 # effect: kwaliteit_van_leven +0.1
    Dan moet het wel op onze manier. Langzaam. Per persoon. # speaker: truus
+ [Uitleggen dat het gebouw niet meer te redden was]
    Het gebouw niet. Maar de mensen wel. # speaker: truus # effect: trust.truus -3
- -> END

// Varianten per vergadering: `vervolg` telt deze vergadering mee; de eerste leest zoals altijd, daarna
// wisselen even en oneven af.
= vervolg
{
- test("bought.goede_gesprek or eigen_regie >= 45"):
    { vervolg % 2 == 1:
        Weet u wat een bewoner vorige week zei? Ze vroegen me niet alleen koffie of thee, ze vroegen hoe ik mijn dag wil. # speaker: truus
    - else:
        De bewonersavond ging deze keer niet over eten. Het ging over een uitje dat ze zelf willen regelen. # speaker: truus
    }
- test("bought.gedwongen_ontslagen"):
    { vervolg % 2 == 1:
        Bewoners zien vertrouwde gezichten verdwijnen. Ze vragen mij of er bezuinigd wordt. Wat moet ik zeggen? # speaker: truus
    - else:
        Weer nieuwe gezichten op de gang. Een bewoner vroeg me of de vorige verzorgende boos op haar was. # speaker: truus
    }
- else:
    { vervolg % 2 == 1:
        Truus heeft de notulen van drie bewonersavonden bij zich.
        Het gaat vooral over eten, wachten en gezichten. # speaker: truus
    - else:
        Truus legt de notulen op tafel. Dezelfde drie woorden staan onderstreept.
        Eten, wachten, gezichten. Nog steeds. # speaker: truus
    }
}
// Een gebroken belofte kost de eerste keer het meest; daarna blijft ze het noemen (ontwerpkeuze: -5, dan -3).
{ test("flag.truus_belofte and bought.gedwongen_ontslagen"):
    {
    - test("not flag.truus_belofte_genoemd"):
        U zei dat er niet op de zorg bezuinigd zou worden. # speaker: truus # effect: trust.truus -5 # flag: truus_belofte_genoemd
    - vervolg % 2 == 0:
        Uw belofte over de zorg staat nog in onze notulen. Ik lees hem elke vergadering voor. # speaker: truus # effect: trust.truus -3
    - else:
        Er is bezuinigd, op de zorg. Dat was niet wat u zei. # speaker: truus # effect: trust.truus -3
    }
}
+ [{missen:Nog eens vragen wat bewoners missen|Vragen wat bewoners het meest missen}]
    -> missen
+ [{vervolg % 2 == 1:Vertellen wat er komend kwartaal verandert, en waarom|Uitleggen wat er nu verandert}]
    { test("flag.clientenraad_betrokken"):
        { vervolg % 2 == 1:
            Dat wisten we al, we schreven het mee. Goed dat u het nog eens zegt. # speaker: truus # effect: trust.truus +2
        - else:
            Truus vinkt het af op haar lijst.
            We kennen het, we hebben het mee opgeschreven. # speaker: truus # effect: trust.truus +2
        }
    - else:
        Truus schrijft mee.
        Volgende keer graag eerder. # speaker: truus
    }
- -> END

// Wat bewoners missen: de eerste keer telt volledig (+3). Vraagt u het opnieuw, dan telt of er iets mee
// gebeurde (vaste gezichten: +1) of niet (-1). Omvang: ontwerpkeuze.
= missen
{
- missen == 1:
    Een vast gezicht. Iemand die weet hoe je je brood wilt. # speaker: truus # effect: trust.truus +3
- test("bought.vaste_gezichten"):
    { missen % 2 == 0:
        Het vaste gezicht is er, op de meeste dagen. Nu missen ze vooral iemand in de avond. # speaker: truus # effect: trust.truus +1
    - else:
        Minder dan eerst. Ze kennen de namen weer. # speaker: truus # effect: trust.truus +1
    }
- missen % 2 == 0:
    Dat vroeg u vorige keer ook. Een vast gezicht. Dat is er nog niet. # speaker: truus # effect: trust.truus -1
- else:
    Truus hoeft haar notulen er niet bij te pakken. U weet het antwoord. # effect: trust.truus -1
}
-> END

// Tweede gesprek: het ongevraagde advies van de cliëntenraad.
=== advies ===
# src: 002:L2379-2383; 000:L243-247; 000:L1068-1071
De cliëntenraad heeft een ongevraagd advies geschreven. Truus leest het zelf voor, staand.
{
- test("bought.locatie_sluiten and not flag.clientenraad_betrokken"):
    Over de sluiting van De Meerkoet zijn wij niet om advies gevraagd. Dat is niet alleen onbeleefd: de wet schrijft het voor. # speaker: truus # effect: trust.truus -4
- test("flag.clientenraad_betrokken"):
    We hebben een jaar meegeschreven. Dit advies gaat over wat er nog ontbreekt, niet over wat er mis is. # speaker: truus
- else:
    We horen de plannen meestal als ze al besloten zijn. Dit advies gaat over hoe dat anders kan. # speaker: truus
}
{
- test("flag.truus_belofte and (bought.gedwongen_ontslagen or bought.locatie_sluiten)"):
    U beloofde ons dat er niet op de zorg bezuinigd zou worden. We hebben bijgehouden wat er sindsdien gebeurde. # speaker: truus # effect: trust.truus -5
- test("flag.truus_belofte"):
    U beloofde dat er niet op de zorg bezuinigd zou worden. Voor zover wij kunnen zien, heeft u woord gehouden. # speaker: truus # effect: trust.truus +3
}
{ test("eigen_regie >= 45"):
    Bewoners zeggen vaker dat ze zelf iets mochten kiezen. Dat staat ook in het advies, onder wat goed gaat. # speaker: truus
}
+ [Het advies overnemen en schriftelijk terugkoppelen wat u ermee doet]
    Truus vouwt het papier dubbel. # flag: clientenraad_betrokken # effect: trust.truus +6
    Het is de eerste keer dat we een brief terugkrijgen. # speaker: truus
+ [Twee leden van de cliëntenraad uitnodigen in het MT-overleg]
    Truus neemt twee leden mee naar het MT. Ze krijgen het eerste kwartier, niet het laatste. # flag: clientenraad_betrokken # effect: trust.truus +4 # effect: draagvlak +1
+ [Zeggen dat u het advies meeneemt]
    Meenemen. Dat woord kennen we. # speaker: truus # effect: trust.truus -3
- -> END
