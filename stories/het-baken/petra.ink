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
* [Petra vragen mee te schrijven aan het zorgleefplan van haar moeder]
    Meen u dat? Ik kan elke dinsdag. # speaker: petra # flag: petra_partner # effect: trust.petra +10
* [Beloven dat u uitzoekt waarom haar moeder koffie krijgt in plaats van thee]
    Petra glimlacht voor het eerst. Het gaat niet om de thee. Het gaat erom dat iemand het weet. # speaker: petra # effect: trust.petra +4
* [Uitleggen hoe druk het personeel het heeft]
    Dat weet ik. Ik zie het elke dag. Daarom wil ik helpen, niet klagen. # speaker: petra # effect: trust.petra -3
- -> END

= na_val
Petra belt u. Op De Meerkoet is een bewoner gevallen, 's nachts, op de gang.
Mijn moeder loopt ook 's nachts. Gaan jullie haar nu vastbinden? # speaker: petra
{ test("flag.vrijheid_beperkt"):
    Ze heeft nu een sensormat en een hek aan haar bed. Ze begrijpt niet waarom. Ze huilt. # speaker: petra # effect: trust.petra -4
}
* [Samen met Petra afwegen wat haar moeder wil en welk risico acceptabel is]
    Petra denkt lang na. Ze wil lopen. Ze heeft altijd gelopen. Als ze valt, weet ik dat ze gelopen heeft. # speaker: petra # flag: risico_afgewogen # effect: trust.petra +6
* [Zeggen dat veiligheid nu voorgaat]
    Veiligheid voor wie? # speaker: petra # effect: trust.petra -3
- -> END

= vervolg
{
- test("eigen_regie >= 45 and zorgplannen_actueel >= 70"):
    Mijn moeder krijgt 's ochtends thee. En de verzorgende wist dat ze vroeger de was vouwde. Ze vouwt nu elke dag de handdoeken. # speaker: petra # effect: trust.petra +3
- test("flag.petra_partner"):
    Ik schrijf elke dinsdag mee aan haar plan. Het is nog rommelig, maar ik hoor er nu bij. # speaker: petra
- else:
    Er is nog niet veel veranderd. Ik hoor nog steeds alles als laatste. # speaker: petra
}
* [Vragen hoe het met Petra zelf gaat]
    Ze is even stil. Moe. Mijn broer komt nooit. Dank dat u het vraagt. # speaker: petra # effect: trust.petra +4
* [Vragen wat families nodig hebben]
    Een vaste contactpersoon. En een avond per kwartaal waar we iets mogen vinden. # speaker: petra # effect: trust.petra +2
- -> END
