// Herman Veldkamp, voorzitter raad van toezicht.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

// Goedkeuring van het plan van aanpak door de RvT.
// Leest plan.cost (k€, de uren van eigen mensen met de coach; de coach zelf is in natura), plan.goals (aantal doelen), plan.ambition (hoger = ambitieuzer),
// attempts.plan (hoeveelste indiening) en trust.herman.
// Aanname: plan.ambition = som van de gekozen niveaus (0 realistisch, 1 ambitieus, 2 zeer ambitieus).
=== goedkeuring ===
# src: 002:L114-143; 001:L3360-3364; 000:L1000-1014
~ temp kosten = get("plan.cost")
~ temp doelen = get("plan.goals")
~ temp ambitie = get("plan.ambition")
~ temp poging = get("attempts.plan")
~ temp vertrouwen = get("trust.herman")
~ temp bezwaren = 0
{ poging >= 2:
    -> tweede_ronde
}
De raad van toezicht vergadert in de bestuurskamer. Herman heeft uw plan voor zich, vol potloodstreepjes.
Ik heb uw plan gelezen. Ik ga u drie dingen vragen: wat kost het, wat levert het op, en hoe weet ik dat het lukt. # speaker: herman
{ kosten > 40:
    ~ bezwaren = bezwaren + 1
    De coach is gratis, maar de uren van onze eigen mensen niet: {kosten} duizend euro. Wat blijft er over voor de rest als het tegenzit? # speaker: herman
- else:
    De coach is gratis; de uren van onze eigen mensen, {kosten} duizend euro, vind ik te overzien. # speaker: herman
}
{ doelen < 2:
    ~ bezwaren = bezwaren + 1
    Eén doel, of geen. Dan weet ik over een jaar niet waar ik u op moet beoordelen. # speaker: herman
}
{ ambitie >= 5:
    ~ bezwaren = bezwaren + 1
    En uw doelen zijn erg ambitieus. Programma's die te hoog mikken, eindigen met "deels gehaald". Dat wil ik niet in het jaarverslag. # speaker: herman
}
{ ambitie <= 0 && doelen >= 1:
    Uw doelen zijn voorzichtig. Dat is eerlijk, maar is het genoeg? # speaker: herman
}
+ [Mijlpalen per kwartaal toezeggen]
    Ik rapporteer elk kwartaal op deze doelen, met een tussenevaluatie halverwege. Als het niet werkt, stuur ik bij. # speaker: speler # flag: rvt_mijlpalen_beloofd # effect: trust.herman +4
    ~ vertrouwen = vertrouwen + 4
    ~ bezwaren = bezwaren - 1
+ [Uitleggen dat de besparing uit betere zorg komt]
    Kosten omlaag is snel en meetbaar, maar geeft kramp. Als we de zorg beter organiseren, volgt de besparing. Later, maar blijvend. # speaker: speler # flag: rvt_besparing_later
    { vertrouwen >= 55:
        Herman tikt met zijn potlood. # effect: trust.herman +2
        Later. Hoeveel later? Goed, ik geef u het voordeel van de twijfel. # speaker: herman
        ~ bezwaren = bezwaren - 1
    - else:
        Dat klinkt mooi. Bij de bank heette dat een verhaal zonder kasstroom. # speaker: herman # effect: trust.herman -2
    }
+ [Een besparing toezeggen in het eerste jaar]
    Ik beloof u een betere marge binnen vier kwartalen, wat er ook gebeurt. # speaker: speler # flag: rvt_besparing_beloofd # effect: trust.herman +6
    ~ vertrouwen = vertrouwen + 6
    ~ bezwaren = bezwaren - 1
- { bezwaren <= 0 || vertrouwen >= 60:
    -> goedgekeurd
- else:
    -> afgewezen
}

= goedgekeurd
Herman kijkt de tafel rond.
Niemand zegt iets. # speaker: herman
De raad keurt het plan goed. Ik verwacht elk kwartaal een eerlijk verhaal van u, ook als het tegenzit. # speaker: herman # effect: trust.herman +3 # outcome: approved
-> END

= afgewezen
Het spijt me. Zo kan ik dit niet verdedigen. Kom terug met een plan dat ik kan volgen. # speaker: herman # effect: trust.herman -3 # outcome: rejected
Scherper, goedkoper of met doelen die ik kan toetsen. U kiest. # speaker: herman
-> END

= tweede_ronde
Herman heeft uw herziene plan al gelezen voordat de vergadering begint.
U bent teruggekomen. Dat waardeer ik. # speaker: herman
{ get("plan.cost") > 40:
    Het blijft duur. Ik keur het goed, op voorwaarde dat u na de tussenevaluatie opnieuw naar de kosten kijkt. # speaker: herman # flag: rvt_voorwaarden
- else:
    Dit kan ik volgen. # speaker: herman
}
+ [De voorwaarden aanvaarden]
    Afgesproken. U hoort het als het tegenzit, niet pas als het misgaat. # effect: trust.herman +3
+ [Zeggen dat u ook ruimte nodig heeft om te leren]
    Herman knikt langzaam. # effect: trust.herman +1
    Ruimte om te leren. Dan wil ik ook horen wat u geleerd heeft. # speaker: herman
- De raad keurt het plan goed. # speaker: herman # outcome: approved
-> END

// Kwartaalgesprek met de voorzitter van de RvT (agenda).
=== kwartaalgesprek ===
# src: 000:L1000-1014; 001:L3360-3364
// Varianten per gesprek: `kwartaalgesprek` telt dit gesprek mee; het eerste leest zoals altijd, daarna
// wisselen even en oneven af, zodat twee kwartaalgesprekken op rij nooit gelijk openen.
{
- kwartaalgesprek == 1:
    Herman belt. Hij wil even bijpraten, zegt hij. Een uur later zit hij in uw kamer.
- kwartaalgesprek % 2 == 0:
    Herman staat om acht uur in uw deuropening, met twee bekers koffie.
- else:
    Herman loopt binnen na een lunch in de stad. Zijn jas houdt hij aan.
}
{ test("resultaat < 0.5"):
    { kwartaalgesprek % 2 == 1:
        De marge zakt. De andere leden van de raad worden onrustig. Wat gaat u doen? # speaker: herman
    - else:
        De marge is nog niet terug. Ik krijg telefoontjes van leden die het jaarverslag al voor zich zien. # speaker: herman
    }
- else:
    { kwartaalgesprek % 2 == 1:
        De cijfers houden zich goed. Maar ik wil weten wat eronder zit. # speaker: herman
    - else:
        De cijfers zijn in orde. Vertelt u mij wat ik er niet in zie. # speaker: herman
    }
}
{
- test("flag.rvt_besparing_beloofd and resultaat < 1"):
    { kwartaalgesprek % 2 == 1:
        U beloofde een betere marge binnen een jaar. Ik zie hem nog niet. # speaker: herman # effect: trust.herman -3
    - else:
        Nog een kwartaal zonder de betere marge die u beloofde. De raad telt mee. # speaker: herman # effect: trust.herman -3
    }
- test("flag.rvt_mijlpalen_beloofd and plan.behind >= 1"):
    { kwartaalgesprek % 2 == 1:
        U zegde mij in het plan mijlpalen per kwartaal toe. {get("plan.behind") == 1:Eén van uw doelen loopt|Er lopen {get("plan.behind")} doelen} achter op schema. Wat stuurt u bij? # speaker: herman
    - else:
        {get("plan.behind") == 1:Eén doel|{get("plan.behind")} doelen} achter op schema. Ik lees uw mijlpalen elk kwartaal, dat weet u. # speaker: herman
    }
- test("flag.rvt_mijlpalen_beloofd"):
    { kwartaalgesprek % 2 == 1:
        U zegde mij in het plan mijlpalen per kwartaal toe, en u ligt op schema. Zo wil ik het blijven zien. # speaker: herman # effect: trust.herman +2
    - else:
        Op schema dit kwartaal. Ik hoef de raad niets uit te leggen, en dat bevalt me. # speaker: herman # effect: trust.herman +2
    }
- test("flag.rvt_besparing_later and resultaat < 0.8"):
    { kwartaalgesprek % 2 == 1:
        U zei bij het plan: de besparing volgt uit betere zorg, later. De marge is nu lager dan toen. Hoeveel later is later? # speaker: herman
    - else:
        Later, zei u. Ik noteer elk kwartaal hoe ver later nog is. # speaker: herman
    }
- test("flag.rvt_besparing_later"):
    { kwartaalgesprek % 2 == 1:
        U zei bij het plan dat de besparing later zou komen. De marge houdt in elk geval stand. # speaker: herman
    - else:
        De besparing die later zou komen, laat op zich wachten. Maar de marge zakt niet weg. # speaker: herman
    }
}
{ test("flag.rvt_eerlijk_verteld"):
    { kwartaalgesprek % 2 == 0:
        Vorige keer vertelde u wat tegenviel. Ik heb het aan de raad doorgegeven zoals u het zei. # speaker: herman
    }
}
+ [Eerlijk vertellen wat tegenvalt]
    -> eerlijk
+ [{verhaal:Nog een verhaal van de vloer vertellen|Het verhaal van een team vertellen dat weer plezier heeft}]
    -> verhaal
+ [{extra_besparing:Nog een besparing aankondigen|Een extra besparing aankondigen om hem gerust te stellen}]
    -> extra_besparing

// Eerlijk vertellen: de eerste keer telt volledig (+5); daarna is eerlijkheid wat hij verwacht en
// weegt het minder (+3). De omvang is een ontwerpkeuze.
= eerlijk
{
- eerlijk == 1:
    Herman luistert zonder te onderbreken. # flag: rvt_eerlijk_verteld # effect: trust.herman +5
    Dank u. Liever dit dan verrassingen in de krant. # speaker: herman
- eerlijk % 2 == 0:
    Herman schrijft mee. # effect: trust.herman +3
    Zo wil ik het horen. Elke keer. # speaker: herman
- else:
    Herman knikt bij elk punt. # effect: trust.herman +3
    Geen verrassingen. Daar houd ik u aan. # speaker: herman
}
-> afsluiting

// Een verhaal van de vloer: het eerste telt als nu; een volgend verhaal weegt minder (ontwerpkeuze).
= verhaal
{ test("trust.herman >= 55"):
    {
    - verhaal == 1:
        Dat soort verhalen mag u vaker vertellen. Ook aan de rest van de raad. # speaker: herman # effect: trust.herman +3
    - else:
        Weer een goed verhaal. Nu nog de cijfers die het bevestigen. # speaker: herman # effect: trust.herman +1
    }
- else:
    { verhaal % 2 == 1:
        Mooi verhaal. Maar ik moet het de raad in cijfers uitleggen. # speaker: herman # effect: trust.herman -1
    - else:
        Nog een verhaal. De raad vraagt mij om getallen. # speaker: herman # effect: trust.herman -1
    }
}
-> afsluiting

// Een extra besparing: de eerste stelt hem gerust (+4); een volgende minder (+2), en elke keer gaat
// het gerucht over de vloer (draagvlak en verandermoeheid als de eerste keer). Omvang: ontwerpkeuze.
= extra_besparing
{
- extra_besparing == 1:
    Herman knikt tevreden. # flag: rvt_extra_besparing # effect: trust.herman +4 # effect: draagvlak -4 # effect: verandermoeheid +3
    Op de vloer gaat het gerucht al snel rond: er komt weer een bezuiniging. # speaker: herman
- else:
    Herman knikt. Tevreden is hij niet. # effect: trust.herman +2 # effect: draagvlak -4 # effect: verandermoeheid +3
    Nog een? Dan hoor ik het op de vloer eerder dan van u. # speaker: herman
}
-> afsluiting

= afsluiting
Herman staat op.
{
- werkbezoek_herman > 0 && kwartaalgesprek % 2 == 1:
    Die ochtend op de vloer helpt me nog steeds bij het lezen van uw cijfers. # speaker: herman
- kwartaalgesprek % 2 == 1:
    Volgende keer kom ik graag eens mee op een werkbezoek. # speaker: herman
- else:
    Tot het volgende kwartaal. Bel me eerder als het nodig is. # speaker: herman
}
-> END

// Tweede en derde gesprek: Herman komt kijken, en later de jaarrekening.
=== werkbezoek_herman ===
# src: 000:L1000-1014; 001:L3360-3364; 000:L1068-1071
Herman heeft zijn pak verruild voor een trui. Hij loopt met u een ochtend mee op De Meerkoet.
{ kwartaalgesprek > 0:
    U zei het vorige keer al: kom eens kijken. Hier ben ik. Laat maar zien wat niet in de rapportage past. # speaker: herman
- else:
    Ik lees elk kwartaal uw cijfers. Vandaag wil ik zien wat eronder zit. # speaker: herman
}
{
- test("verzuim > 9"):
    Op de afdeling staan twee invallers. Een van hen vraagt Herman waar de handschoenen liggen. Hij weet het ook niet.
- test("eigen_regie >= 45"):
    Een bewoner legt Herman uit hoe ze vanochtend zelf haar ontbijt koos. Herman blijft langer staan dan gepland.
- else:
    Het is druk en tegelijk rustig. Herman ziet vooral mensen die hard werken en weinig opkijken.
}
{ test("flag.rvt_extra_besparing"):
    Op de gang vraagt een verzorgende Herman of de bezuiniging waar iedereen het over heeft, ook deze afdeling raakt. Herman kijkt u aan en zegt niets.
}
{ test("flag.rvt_besparing_beloofd"):
    In de auto terug zegt hij het toch. U beloofde mij een betere marge. Wat ik vandaag zag, kost eerst geld. Hoe rijmt u dat? # speaker: herman
}
+ [Hem vragen wat hem het meest opviel]
    Dat niemand me iets over geld vroeg. Ze vroegen of er iemand bij kon komen in de avonddienst. # speaker: herman # effect: trust.herman +4 # flag: herman_op_de_vloer
+ [De cijfers van de afdeling naast wat hij zag leggen]
    { test("trust.herman >= 55"):
        Zo begrijp ik uw rapportages beter. Dit neem ik mee naar de raad. # speaker: herman # effect: trust.herman +5 # flag: herman_op_de_vloer
    - else:
        Cijfers en verhalen door elkaar. Ik moet daar nog aan wennen. # speaker: herman # effect: trust.herman +2
    }
+ [Ans vragen Herman te vertellen wat de afdeling nodig heeft]
    { test("trust.ans >= 50"):
        Ans neemt hem mee naar de gang van de nachtdienst.
        Twee mensen voor drie gangen, elke nacht. Dat staat in geen enkele rapportage. # speaker: ans # effect: trust.ans +3 # effect: trust.herman +3 # flag: herman_op_de_vloer
        Herman schrijft het op, op de achterkant van zijn agenda.
    - else:
        Ans geeft Herman beleefd een hand en loopt door. # effect: trust.herman +1
        Sorry, er zit een bewoner op de wc. # speaker: ans
    }
- -> END

=== jaarrekening ===
# src: 000:L804-826; 000:L1000-1014; 001:L655-659; 003:L843-846
Herman heeft de concept-jaarrekening meegenomen. Er staan geen potloodstreepjes in, en dat is nieuw.
{
- test("resultaat >= 1.2"):
    De marge is beter dan in jaren. Ik had niet gedacht dat het zo zou lopen. # speaker: herman
- test("resultaat < 0"):
    We staan rood. De accountant stelt vragen, en de raad ook. # speaker: herman
- else:
    Dun, maar zwart. Niet wat ik hoopte, en niet wat ik vreesde. # speaker: herman
}
{
- test("flag.rvt_besparing_beloofd and resultaat < 1"):
    U beloofde een betere marge binnen een jaar. Die is er niet. Dat staat in de notulen, en ik moet het aan de raad uitleggen. # speaker: herman # effect: trust.herman -4
- test("flag.rvt_besparing_beloofd"):
    U beloofde een betere marge, en die is er gekomen. Dat onthoud ik. # speaker: herman # effect: trust.herman +4
}
{
- test("flag.rvt_mijlpalen_beloofd and plan.behind == 0"):
    U beloofde mijlpalen per kwartaal, en u heeft ze gehaald. Dat staat ook in de notulen. # speaker: herman # effect: trust.herman +2
- test("flag.rvt_mijlpalen_beloofd"):
    U beloofde mijlpalen per kwartaal. U heeft eerlijk gerapporteerd; gehaald heeft u ze niet allemaal. # speaker: herman
- test("flag.rvt_besparing_later and resultaat >= 0.8"):
    U zei bij het plan dat de besparing later zou komen, uit betere zorg. Ik was sceptisch. De marge staat er. # speaker: herman # effect: trust.herman +2
- test("flag.rvt_besparing_later"):
    U zei bij het plan dat de besparing later zou komen. Later is nu. Ik zie hem nog niet. # speaker: herman
}
{ test("flag.koers_gehouden"):
    Ik gaf u ooit nog één kwartaal. U bent bij uw koers gebleven. Of u gelijk had, weet ik nog niet. Consequent was u wel. # speaker: herman
}
{ test("bought.gedwongen_ontslagen"):
    De ontslagen hebben de marge geholpen. Maar de OR vertelt me dat niemand sindsdien nog iets durft te zeggen. # speaker: herman
}
+ [Eerlijk vertellen wat u de volgende keer anders zou doen]
    Herman legt de jaarrekening weg. # effect: trust.herman +5
    { test("flag.verzwijgen_ontdekt or ladder >= 4"):
        Eerlijk, eindelijk. Het jaar was niet goed, en de raad weet dat ook. Maar dit kan ik meenemen. # speaker: herman
    - else:
        Dat is het beste wat ik dit jaar van een bestuurder heb gehoord. # speaker: herman
    }
+ [De verhalen van de teams naast de cijfers leggen]
    { test("flag.herman_op_de_vloer or style.verhalen"):
        Ik ben er zelf geweest. Ik hoef u niet op uw woord te geloven. # speaker: herman # effect: trust.herman +4
    - else:
        Mooi. Maar de accountant leest geen verhalen. # speaker: herman # effect: trust.herman -1
    }
+ [Voorstellen om vernieuwing voortaan vast te begroten]
    { test("bought.structureel_innovatiebudget"):
        Dat hebben we al gedaan, als ik me niet vergis. Goed. Dan houden we het vast. # speaker: herman # effect: trust.herman +2 # effect: borging +2
    - else:
        Een vast budget, in plaats van steeds een nieuw project? Laat Ingrid het doorrekenen. Dan beslist de raad. # speaker: herman # effect: trust.herman +2 # effect: trust.ingrid +1
    }
- -> END

// De raad eist een herstelplan (events.yaml: rvt_herstelplan, als het vertrouwen van de raad laag is).
// Wat u belooft, toetst de raad elk kwartaal (board.yaml); zakt het vertrouwen verder, dan volgt ontslag.
=== herstelplan ===
# src: 000:L1000-1014; 000:L808-814; 001:L3360-3364
Herman vraagt u op zaterdagochtend bij hem thuis te komen. Op de keukentafel liggen de kwartaalcijfers en een krantenknipsel.
De raad heeft gisteravond zonder u vergaderd. # speaker: herman
{ test("flag.verzwijgen_ontdekt"):
    Dat ik van een journalist moest horen wat u al maanden wist, dat is voor een paar leden genoeg. # speaker: herman
}
{
- test("ladder >= 5"):
    Er ligt een aanwijzing van de inspectie. Dan staat niet alleen de zorg ter discussie, maar ook het bestuur. # speaker: herman
- test("ladder >= 4"):
    Het Baken staat onder verscherpt toezicht. Familie, pers en zorgkantoor lezen mee, en wij ook. # speaker: herman
}
{ test("resultaat < 0"):
    En we staan rood. # speaker: herman
}
Ik wil binnen een maand een herstelplan. Wat u belooft, houd ik u aan. Lukt het niet, dan zoekt de raad een andere bestuurder. # speaker: herman
+ [Herstel van de zorg eerst: de inspectie tevreden, en elk kwartaal een eerlijk verhaal aan de raad]
    U belooft dat het toezicht binnen twee kwartalen lichter wordt, en dat de raad slecht nieuws voortaan van u hoort. # flag: herstel_kwaliteit # effect: trust.herman +3
    Dan ga ik dat elk kwartaal aan de inspectie aflezen. # speaker: herman
+ [De cijfers terug naar zwart, wat het ook kost]
    U belooft een zwarte marge binnen twee kwartalen. Op de vloer hoort men het voordat de notulen klaar zijn. # flag: herstel_marge # effect: trust.herman +3 # effect: draagvlak -4
    Dat is helder. En meetbaar. # speaker: herman
+ [Om tijd vragen: de koers is goed, de resultaten komen later]
    { test("trust.herman >= 55"):
        Herman kijkt lang naar het knipsel. # effect: vertrouwen_rvt +5
        Eén kwartaal. Dan wil ik beweging zien, geen verhaal. # speaker: herman
    - else:
        Tijd heeft u gehad. De raad ook. # speaker: herman # effect: vertrouwen_rvt -5
    }
- -> END

// Ontslag: de raad zegt het vertrouwen op (board.yaml: dismissal). Daarna volgt de eigen epiloog.
=== ontslag ===
# src: 000:L1000-1014; 000:L808-814
Herman belt om zeven uur 's ochtends. Of u om negen uur op het hoofdkantoor wilt zijn.
In de bestuurskamer zitten drie leden van de raad. Herman schuift een brief over tafel.
De raad heeft het vertrouwen in u opgezegd. Met ingang van vandaag neemt een interim-bestuurder het over. # speaker: herman
{ test("flag.verzwijgen_ontdekt"):
    Een calamiteit verzwijgen is voor ons de grens. Niet de fout; het stilhouden. # speaker: herman
}
{
- test("ladder >= 5"):
    Een aanwijzing van de inspectie, en geen zicht op herstel. # speaker: herman
- test("ladder >= 4"):
    Verscherpt toezicht, en geen zicht op herstel. # speaker: herman
}
{
- test("flag.herstel_kwaliteit and ladder >= 3"):
    U beloofde dat het toezicht lichter zou worden. Het werd het niet. # speaker: herman
- test("flag.herstel_marge and resultaat < 0.4"):
    U beloofde een zwarte marge. Die is er niet. # speaker: herman
- test("flag.rvt_besparing_beloofd and resultaat < 1"):
    U beloofde een betere marge. Die is er niet gekomen. # speaker: herman
}
+ [Het besluit aanvaarden en vragen om een zorgvuldige overdracht]
    U schrijft die middag een overdracht voor de interim-bestuurder: wat loopt, wie u kunt vertrouwen, wat nog in de la ligt.
    Dank u. Dat is meer dan ik had verwacht. # speaker: herman
+ [Vragen wat u volgens de raad anders had moeten doen]
    Herman denkt lang na.
    Eerder bij ons komen, met slecht nieuws. Wij kunnen veel hebben, maar geen verrassingen. # speaker: herman
- -> END
