// Linda Kok, beleidsadviseur Wmo bij de gemeente. Eén plan per huishouden.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 002:L344-372; 000:L1093-1096; 003:L871-874
Linda ontvangt u in het stadhuis, in een zaaltje met uitzicht op de markt.
In wijk Zuid komen bij één gezin vijf organisaties over de vloer, met vijf plannen. Meneer Öztürk wachtte drie maanden op zorg na zijn revalidatie. # speaker: linda
* [Voorstellen om de wijkverpleging aan te sluiten bij de sociale wijkteams]
    Linda pakt haar agenda. Zuid als proef? Dan regel ik dat het wijkteam u volgende week belt. # speaker: linda # flag: wijkpilot_afgesproken # effect: trust.linda +10
* [Vragen wie de besparing pakt als de wachttijd korter wordt]
    Linda lacht. Deels wij, dat klopt. Ik kan niet beloven dat het terugvloeit. Wel dat we het samen opschrijven. # speaker: linda # effect: trust.linda +5 # effect: trust.ingrid +2
* [Zeggen dat Het Baken eerst intern orde op zaken moet stellen]
    Begrijpelijk. Maar de wijk wacht niet. # speaker: linda # effect: trust.linda -3
- -> END
