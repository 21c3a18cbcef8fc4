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
+ [Voorstellen om de wijkverpleging aan te sluiten bij de sociale wijkteams]
    Linda pakt haar agenda. # flag: wijkpilot_afgesproken # effect: trust.linda +10
    Zuid als proef? Dan regel ik dat het wijkteam u volgende week belt. # speaker: linda
+ [Vragen wie de besparing pakt als de wachttijd korter wordt]
    Linda lacht. # effect: trust.linda +5 # effect: trust.ingrid +2
    Deels wij, dat klopt. Ik kan niet beloven dat het terugvloeit. Wel dat we het samen opschrijven. # speaker: linda
+ [Zeggen dat Het Baken eerst intern orde op zaken moet stellen]
    Begrijpelijk. Maar de wijk wacht niet. # speaker: linda # flag: linda_afgehouden # effect: trust.linda -3
- -> END

// Tweede gesprek: in de wijk, een half jaar later.
=== wijk_vervolg ===
# src: 002:L344-372; 000:L1093-1096; 003:L871-874
Linda heeft u dit keer uitgenodigd in het wijkcentrum van Zuid, niet in het stadhuis.
{
- test("bought.wijkteams_gemeente and wachttijd <= 30"):
    Weet u hoe lang iemand als meneer Öztürk nu wacht? Tien dagen. Vorig jaar waren het er negentig. # speaker: linda
- test("bought.wijkteams_gemeente"):
    Uw wijkverpleging zit nu aan tafel bij het wijkteam. De wachttijd daalt, maar langzamer dan ik hoopte. # speaker: linda
- test("flag.wijkpilot_afgesproken"):
    We spraken een proef in Zuid af. Het wijkteam heeft u drie keer gebeld. Niemand belde terug. # speaker: linda # effect: trust.linda -4
- test("flag.linda_afgehouden"):
    Vorige keer zei u dat Het Baken eerst intern orde op zaken moest stellen. Is dat gelukt? De wijk heeft gewacht. # speaker: linda
- else:
    Ik hoor dat u druk bent met uw teams. Ik hoop dat de wijk daar iets van gaat merken. # speaker: linda
}
+ [Vragen wat de gemeente nodig heeft om de besparing te delen]
    Cijfers die we samen maken, niet ieder de eigen cijfers. Dan kan ik naar de wethouder. # speaker: linda # effect: trust.linda +4 # effect: trust.ingrid +1
+ [Een vaste wijkverpleegkundige voor het wijkteam van Zuid toezeggen]
    Linda schrijft de naam op die u noemt. # flag: wijkpilot_afgesproken # effect: trust.linda +6 # effect: werkdruk +0.05
    Dan zie ik haar volgende week bij het overleg. # speaker: linda
+ [Zeggen dat Het Baken de kosten niet alleen kan dragen]
    Dat begrijp ik. Maar ik kan geen geld geven voor iets wat ik nog niet heb gezien. # speaker: linda # effect: trust.linda +1
- -> END
