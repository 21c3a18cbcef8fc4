// Petra Jansen, mantelzorger en dochter van mevrouw Jansen (86, dementie, De Meerkoet).
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 001:L862-866; 002:L1260-1266; 002:L776-808
{
- gesprek == 1:
    -> eerste
- test("flag.ernstige_val") && not na_val:
    -> na_val
- else:
    -> vervolg
}

= eerste
Petra zit naast haar moeder in de huiskamer. Mevrouw Jansen vouwt servetten, heel precies.
Ze vouwde vroeger de was voor een heel gezin. Dat weet hier niemand. # speaker: petra
+ [Petra vragen mee te schrijven aan het zorgleefplan van haar moeder]
    Meen u dat? Ik kan elke dinsdag. # speaker: petra # flag: petra_partner # effect: trust.petra +10
+ [Beloven dat u uitzoekt waarom haar moeder koffie krijgt in plaats van thee]
    Petra glimlacht voor het eerst. # effect: trust.petra +4
    Het gaat niet om de thee. Het gaat erom dat iemand het weet. # speaker: petra
+ [Uitleggen hoe druk het personeel het heeft]
    Dat weet ik. Ik zie het elke dag. Daarom wil ik helpen, niet klagen. # speaker: petra # effect: trust.petra -3
- -> END

= na_val
Petra belt u. {test("bought.locatie_sluiten >= 2"):Op Het Anker|Op De Meerkoet} is een bewoner gevallen, 's nachts, op de gang.
Mijn moeder loopt ook 's nachts. Gaan jullie haar nu vastbinden? # speaker: petra
{ test("flag.vrijheid_beperkt"):
    Ze heeft nu een sensormat en een hek aan haar bed. Ze begrijpt niet waarom. Ze huilt. # speaker: petra # effect: trust.petra -4
}
+ [Samen met Petra afwegen wat haar moeder wil en welk risico acceptabel is]
    Petra denkt lang na. # flag: risico_afgewogen # effect: trust.petra +6
    Ze wil lopen. Ze heeft altijd gelopen. Als ze valt, weet ik dat ze gelopen heeft. # speaker: petra
+ [Zeggen dat veiligheid nu voorgaat]
    Veiligheid voor wie? # speaker: petra # effect: trust.petra -3
- -> END

// Varianten per gesprek: `vervolg` telt dit gesprek mee; wat Petra al vertelde, zegt ze niet nog eens
// woordelijk (een vlag), daarna wisselen even en oneven gesprekken af.
= vervolg
{
- test("eigen_regie >= 45 and zorgplannen_actueel >= 70 and not flag.petra_handdoeken_verteld"):
    Mijn moeder krijgt 's ochtends thee. En de verzorgende wist dat ze vroeger de was vouwde. Ze vouwt nu elke dag de handdoeken. # speaker: petra # effect: trust.petra +3 # flag: petra_handdoeken_verteld
- test("eigen_regie >= 45 and zorgplannen_actueel >= 70") && vervolg % 2 == 0:
    // Goed nieuws dat blijft, weegt minder dan de eerste keer (ontwerpkeuze: +3, dan +1).
    Ze heeft nu een vaste stoel bij het raam. Niemand zet haar ergens anders neer. # speaker: petra # effect: trust.petra +1
- test("eigen_regie >= 45 and zorgplannen_actueel >= 70"):
    Petra vertelt niet over haar moeder. Ze vraagt hoe het met u gaat. # effect: trust.petra +1
- test("flag.petra_partner"):
    { vervolg % 2 == 1:
        Ik schrijf elke dinsdag mee aan haar plan. Het is nog rommelig, maar ik hoor er nu bij. # speaker: petra
    - else:
        Dinsdag weer aan het plan gewerkt. De verzorgende vroeg mij iets, in plaats van andersom. # speaker: petra
    }
- vervolg % 2 == 1:
    Er is nog niet veel veranderd. Ik hoor nog steeds alles als laatste. # speaker: petra
- else:
    Gisteren hoorde ik van een andere familie dat mijn moeder een nieuw medicijn heeft. Niet van jullie. # speaker: petra
}
+ [{hoe_petra:Weer vragen hoe het met Petra gaat|Vragen hoe het met Petra zelf gaat}]
    -> hoe_petra
+ [{families:Weer vragen wat families nodig hebben|Vragen wat families nodig hebben}]
    -> families

// Hoe het met haar gaat: de eerste keer telt volledig (+4), daarna +2 (ontwerpkeuze).
= hoe_petra
{
- hoe_petra == 1:
    Ze is even stil. Moe. Mijn broer komt nooit. Dank dat u het vraagt. # speaker: petra # effect: trust.petra +4
- hoe_petra % 2 == 0:
    Beter dan vorige keer. Mijn broer heeft gebeld. Eén keer. # speaker: petra # effect: trust.petra +2
- else:
    Petra lacht. U vraagt het elke keer. Dat zijn ze hier niet gewend. # effect: trust.petra +2
}
-> END

// Wat families nodig hebben: de eerste keer +2. Vraagt u het opnieuw, dan telt of er iets mee gebeurde
// (families betrokken: +1) of niet (-1). Omvang: ontwerpkeuze.
= families
{
- families == 1:
    Een vaste contactpersoon. En een avond per kwartaal waar we iets mogen vinden. # speaker: petra # effect: trust.petra +2
- test("bought.families_betrekken"):
    { families % 2 == 0:
        De familieavond is er. Nu nog de vaste contactpersoon. # speaker: petra # effect: trust.petra +1
    - else:
        Meer dan eerst. Families weten nu bij wie ze moeten zijn. # speaker: petra # effect: trust.petra +1
    }
- families % 2 == 0:
    Dat vroeg u al. Een vaste contactpersoon. Die is er nog niet. # speaker: petra # effect: trust.petra -1
- else:
    Petra kijkt u aan. Hetzelfde als vorige keer, zegt ze. # effect: trust.petra -1
}
-> END

// Tweede gesprek: Petra brengt de andere families mee.
=== familieraad ===
# src: 002:L2427-2431; 001:L862-890; 002:L3795-3797; 002:L196-237
{ test("bought.locatie_sluiten"):
    Petra heeft de families van de oude afdeling uitgenodigd op Het Anker, waar haar moeder nu woont. Ze kennen elkaar nog van De Meerkoet.
- else:
    Petra heeft de andere families van de afdeling uitgenodigd. Er zitten er elf in de huiskamer van De Meerkoet, met koffie uit de grote kan.
}
{
- test("flag.petra_partner"):
    Ik schrijf nu bijna een jaar mee aan het plan van mijn moeder. De anderen hier willen dat ook. # speaker: petra
- test("trust.petra < 35"):
    Ik heb ze meegevraagd omdat het alleen niet lukte. Naar één dochter luistert niemand. Naar elf misschien wel. # speaker: petra
- else:
    We willen meedenken. Niet over het menu, over de zorg. # speaker: petra
}
{ test("seen.portaal_ongebruikt"):
    En dat portaal: de helft van de mensen hier weet niet eens dat het bestaat. # speaker: petra
}
{ test("flag.vrijheid_beperkt and not flag.risico_afgewogen"):
    Na die val op de gang liggen er bij drie bewoners sensormatten. Niemand heeft het de families gevraagd. # speaker: petra # effect: trust.petra -2
}
{ test("flag.melding_gedaan"):
    U belde me zelf over die medicijnen. Dat ben ik niet vergeten. # speaker: petra # effect: trust.petra +2
}
+ [Een familieraad instellen die twee keer per jaar aan tafel zit bij het MT]
    De families kiezen Petra als voorzitter.
    Van bezoeker naar voorzitter, in een jaar. Als mijn moeder dat wist. # speaker: petra # flag: familieraad # effect: trust.petra +6 # effect: trust.truus +2 # effect: clienttevredenheid +0.1 lag 1
+ [Vragen wat de families zelf willen bijdragen]
    Een vader wil de tuin doen. Een dochter wil op zondag voorlezen. Petra schrijft alles op een vel papier. # effect: trust.petra +3 # effect: kwaliteit_van_leven +0.05
+ [Uitleggen wat er het afgelopen jaar voor families is gedaan]
    { test("bought.families_betrekken"):
        Een paar mensen knikken. De familieavonden kennen ze. Een man vraagt of er ook een op zaterdag kan. # effect: trust.petra +1
    - else:
        Dan hoor ik het nu voor het eerst. Dat is precies wat ik bedoel. # speaker: petra # effect: trust.petra -3
    }
- -> END
