// Mensen die de speler volgt: korte kwartaalvignetten, gekozen door het model (people.yaml).
// Alleen vertelling: geen keuzes, geen effecten, geen vlaggen. Een vignet laat zien, het verandert niets.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

// ================================================================== mevrouw Jansen (86)

=== jansen_verhuisd ===
Mevrouw Jansen woont sinds twee weken op Het Anker. Ze zoekt elke ochtend het raam waar vroeger de kastanjeboom voor stond, en vraagt aan iedereen die langskomt wanneer ze weer naar huis mag.
{ test("flag.petra_partner or bought.families_betrekken"):
    Petra heeft haar oude stoel en de foto's meegenomen en hangt ze op dezelfde hoogte op als op De Meerkoet. Op de derde dag gaat haar moeder er vanzelf in zitten.
- else:
    Op haar nieuwe kamer staat alles netjes, maar niets op de plek die ze kent. Petra hoorde de verhuisdatum uit een brief.
}
-> END

=== jansen_val ===
Mevrouw Jansen is 's nachts gevallen, op weg naar het raam aan het eind van de gang. Ze heeft een snee boven haar oog en een blauwe heup; gebroken is er niets.
{ test("incidenten > 5.4"):
    De nachtdienst had drie gangen en twee handen. Niemand zag haar opstaan.
- else:
    Ze loopt sinds een paar maanden vrijer rond, en dat doet haar goed. Alleen had niemand met Petra besproken wat dat 's nachts betekent.
}
Petra zit de volgende ochtend om zeven uur naast haar bed.
-> END

=== jansen_vastgezet ===
Sinds de val op de gang heeft mevrouw Jansen een hek aan haar bed en een mat die piept als ze opstaat. Ze begrijpt niet waarom ze er niet uit mag en trekt 's nachts aan de spijlen tot iemand komt.
Overdag zit ze meer in haar stoel dan vroeger. Ze vouwt niets meer.
-> END

=== jansen_medicatie_verzwegen ===
{ test("flag.igj_vond_incidenten"):
    Petra leest in het inspectierapport dat er op De Meerkoet medicatiefouten zijn gemaakt die nooit gemeld zijn. Een ervan ging over haar moeder: een avond twee keer dezelfde tabletten.
    Ze belt niet boos, ze belt stil. Waarom hoor ik dit van de inspectie?
- else:
    Mevrouw Jansen kreeg vorige maand op een avond twee keer haar tabletten. Ze was de volgende dag suf en viel bijna bij de lunch.
    In haar dossier staat er niets over. Petra merkte alleen dat haar moeder een dag lang niemand herkende.
}
-> END

=== jansen_medicatie_open ===
Bij de avondmedicatie van mevrouw Jansen tekenen nu twee verzorgenden samen af. Het team bespreekt elke maand zijn eigen meldingen, ook de kleine.
{ test("flag.melding_gedaan"):
    Petra werd gebeld over een fout van maanden geleden. Ze schrok, en was daarna vooral opgelucht dat iemand het haar zelf vertelde.
- else:
    Petra merkt het aan de manier waarop de avonddienst haar aanspreekt: niet meer verontschuldigend, maar open.
}
-> END

=== jansen_handdoeken ===
In het nieuwe zorgleefplan van mevrouw Jansen staat op de eerste pagina dat ze vroeger de was deed voor een gezin van zeven. Petra heeft het er zelf in gezet.
Sindsdien ligt er elke ochtend een stapel warme handdoeken uit de droger op haar tafel. Ze vouwt ze op haar eigen manier, in drieën, en niemand doet het over.
-> END

=== jansen_koffie_terug ===
Een verzorgende hurkt naast de stoel van mevrouw Jansen en vraagt: koffie of thee? Ze wacht. Het duurt even.
Thee, zegt mevrouw Jansen, met een wolkje melk. Het is de eerste keer in maanden dat ze iets kiest, en de verzorgende schrijft het op, zodat het morgen ook zo is.
-> END

=== jansen_nachtwandeling ===
Mevrouw Jansen loopt nog steeds 's nachts haar rondje. Een sensor in het plafond laat haar gaan en meldt zich pas als ze richting de trap loopt.
{ test("trust.ans >= 55"):
    Ans loopt dan een stukje met haar mee, tot het raam. Daarna gaat ze zelf terug naar bed.
- else:
    De nachtdienst hoeft niet meer bij elk geluid te gaan kijken, en heeft tijd om mee te lopen als het echt nodig is.
}
-> END

=== jansen_petra_schrijft_mee ===
Elke dinsdag zit Petra een half uur met de eerste verantwoordelijke verzorgende aan tafel. Samen schrijven ze op wat haar moeder nog wil: laat opblijven, radio op zondag, geen soep.
Petra zegt dat ze zich voor het eerst geen bezoeker voelt.
-> END

=== jansen_tuin ===
{ test("bought.vrijwilligers"):
    Een vrijwilliger neemt mevrouw Jansen op woensdag mee de tuin in, langs de rozen. Ze noemt de kleuren bij hun naam, ook als ze zijn eigen naam vergeten is.
- else:
    Op de familieavond laat Petra foto's zien van de moestuin die haar moeder vroeger had. Een paar weken later staan er twee bakken met kruiden op het terras van de afdeling.
}
Mevrouw Jansen plukt er elke dag een blaadje munt af voor haar thee.
-> END

=== jansen_invallers ===
Deze week stonden er bij mevrouw Jansen zes verschillende gezichten aan het bed, vier van het uitzendbureau. Ze vraagt drie keer per ochtend wie ze zijn.
{ test("quarter >= 5"):
    Ze eet minder sinds de vaste gezichten wegbleven. Petra heeft het gewicht van haar moeder zelf bijgehouden in een schriftje.
- else:
    Ze krijgt koffie, omdat dat op de lijst staat. Ze drinkt het zonder iets te zeggen.
}
-> END

=== jansen_koffie_lijst ===
Mevrouw Jansen krijgt 's ochtends koffie met melk, omdat dat op haar lijst staat. Ans weet dat ze vroeger thee dronk, maar niemand heeft de lijst ooit aangepast, en in de ochtendronde is er geen tijd om het te vragen.
Mevrouw Jansen drinkt de koffie half op en schuift het kopje dan weg.
-> END

=== jansen_eigen_ritme ===
Mevrouw Jansen staat op wanneer ze wakker wordt, niet wanneer de wasronde begint. Soms is dat om half elf.
{ test("zorgplannen_actueel >= 75"):
    Wie dienst heeft, weet uit haar plan dat ze dan eerst thee wil en pas daarna gewassen wordt.
- else:
    Niet iedereen weet het nog, maar de vaste verzorgenden wel.
}
-> END

=== jansen_gewoon ===
{
- test("quarter >= 5"):
    Een rustig kwartaal voor mevrouw Jansen. Ze vouwt servetten aan de grote tafel en neuriet een liedje dat niemand op de afdeling kent, behalve Petra.
- test("quarter >= 3"):
    Mevrouw Jansen heeft een goede periode. Ze herkent Petra bijna altijd, en bij de lunch vertelt ze over de kermis van vroeger.
- else:
    Mevrouw Jansen zit het liefst bij het raam met uitzicht op de kastanjeboom. Ze vouwt servetten, heel precies, en legt ze in een stapel die niemand mag verplaatsen.
}
-> END

// ================================================================== meneer Bakker (79)

=== bakker_opname ===
Meneer Bakker is opgenomen in het ziekenhuis met een longaanval. Hij was al dagen benauwder, maar elke zorgverlener die kwam, zag hem voor het eerst en wist niet hoe zijn adem normaal klinkt.
Pas de buurvrouw belde de huisarts. Hij zegt aan de telefoon dat hij niemand tot last wilde zijn.
-> END

=== bakker_kees_weg ===
Meneer Bakker vraagt al een maand aan iedereen die binnenkomt waar Kees is gebleven. Kees wist dat hij zijn sleutel onder de bloempot legt en dat hij 's ochtends langzaam op gang komt.
De nieuwe mensen zijn vriendelijk, zegt hij. Maar ze moeten alles opnieuw vragen.
-> END

=== bakker_vaste_gezichten ===
Meneer Bakker kent deze maand drie gezichten bij naam. Vroeger waren het er twaalf.
Fatima, de vaste wijkverpleegkundige, hoorde vorige week aan zijn adem dat het niet goed ging en belde dezelfde middag de huisarts. Het bleef bij een kuur thuis.
-> END

=== bakker_minder_gezichten ===
Het team in Noord maakt zijn eigen planning. Meneer Bakker heeft daardoor minder wisselende mensen over de vloer en hoeft niet meer elke ochtend uit te leggen waar zijn pufjes liggen.
{ test("bought.zelfroosteren"):
    De verzorgenden ruilen minder diensten sinds ze zelf roosteren. Hij merkt het aan de vaste dagen: maandag Ria, donderdag Daan.
- else:
    Hij heeft een briefje op de koelkast met de namen van de vijf die komen.
}
-> END

=== bakker_koffie_mag ===
De verzorgende die meneer Bakker helpt met zijn steunkousen, gaat daarna even zitten voor een kop koffie. Vroeger telde dat als verspilde minuten.
Hij vertelt over de haven en de schepen die hij laadde. Ze hoort dat zijn hoest erger is dan vorige week en schrijft het op.
-> END

=== bakker_tablet_gestolen ===
In de flat naast meneer Bakker is ingebroken; de tablet van de thuiszorg is weg. Meneer Bakker heeft de zijne nu in de vriezer verstopt.
Hij durft de deur niet meer open te doen als hij niet weet wie er belt, ook niet voor de zorg.
-> END

=== bakker_dinsdagavond ===
Elke dinsdagavond belt meneer Bakker met zijn kleindochter in Australië; voor haar is het dan woensdagochtend. Sanne heeft hem in twee bezoeken geleerd hoe het werkt.
Op de andere dagen kijkt de wijkverpleegkundige via het scherm hoe hij ademt en of hij zijn medicijnen heeft genomen. Hij noemt de tablet zijn raam.
-> END

=== bakker_tablet_in_la ===
De tablet van de thuiszorg ligt bij meneer Bakker in de la, nog in het plastic. Niemand heeft hem uitgelegd waar hij voor is.
Hij denkt dat het een bezuiniging is: straks komen ze niet meer, dan kijken ze alleen nog. Dat zegt hij niet hardop.
-> END

=== bakker_buurtkamer ===
Het wijkteam van de gemeente heeft meneer Bakker meegenomen naar de buurtkamer in het wijkcentrum, twee straten verderop. Een buurman haalt hem op met de scootmobiel.
Op woensdag kaart hij er met drie andere mannen. Hij komt thuis en is moe, zegt hij, maar het goede soort moe.
-> END

=== bakker_donderdag ===
Elke donderdag komt een gepensioneerde buschauffeur bij meneer Bakker op bezoek. Ze praten over de haven en de stad van vroeger.
Meneer Bakker zet er koffie voor en legt vooraf de koekjes klaar. Dat deed hij voor niemand meer.
-> END

=== bakker_elf_gezichten ===
{ test("quarter >= 5"):
    Meneer Bakker doet de deur niet meer open voor iemand die hij niet kent; hij laat de sleutel in het kluisje zitten en wacht in zijn stoel. Deze maand waren het weer meer dan tien verschillende mensen.
    Hij vraagt niemand meer of ze nog even kunnen blijven.
- else:
    Meneer Bakker zag deze maand elf verschillende zorgverleners. Hij klaagt niet.
    Hij vraagt wel aan iedereen die komt of ze nog even kunnen blijven. Niemand kan; de volgende cliënt wacht al.
}
-> END

=== bakker_gewoon ===
{
- test("bought.vaste_gezichten or bought.minutenregistratie_af"):
    Een gewoon kwartaal voor meneer Bakker. Hij is wat benauwder als het koud is, maar de mensen die komen, kennen hem en nemen de tijd om hem aan te kijken.
- test("quarter >= 4"):
    Meneer Bakker zit bij het raam en telt de auto's van de thuiszorg op de parkeerplaats. Hij weet niet meer welke voor hem komt.
- else:
    Meneer Bakker redt zich. Hij loopt met pauzes naar de brievenbus en terug, en belt zijn dochter op zondag. De rest van de week is het stil in huis.
}
-> END

// ================================================================== meneer Öztürk (72)

=== ozturk_revalidatie ===
Meneer Öztürk oefent elke dag op de gang van Lindehof met de fysiotherapeut: tien passen, draaien, tien passen terug. Zijn linkerhand wil nog niet wat hij wil.
Hij vraagt elke ochtend wanneer hij naar huis mag. Zijn tomaten moeten de grond in.
-> END

=== ozturk_snel_thuis ===
Meneer Öztürk was binnen tien dagen na zijn revalidatie thuis. Op de eerste dag stond de wijkverpleegkundige al op de stoep, en de huisarts had zijn ontslagbrief gelezen voordat hij belde.
Zijn dochter hoefde geen verlof op te nemen. Er is één plan, met één naam erop die hij kan bellen.
-> END

=== ozturk_jas_aan ===
Meneer Öztürk is klaar met revalideren, maar de wijkverpleging heeft nog geen plek en de aanvraag voor Wmo-hulp ligt bij de gemeente. Hij zit elke ochtend met zijn jas aan op de rand van zijn bed.
{ get("wachttijd") > 60:
    Wie nu op de wachtlijst komt, wacht gemiddeld {INT(get("wachttijd"))} dagen. Zijn bed op Lindehof is ondertussen niet vrij voor de volgende.
- else:
    Zijn bed op Lindehof is ondertussen niet vrij voor de volgende die het nodig heeft.
}
-> END

=== ozturk_heropname ===
Meneer Öztürk is 's nachts thuis gevallen, op weg naar de wc. De wijkverpleging komt overdag; 's nachts is er niemand, en zijn dochter vond hem pas de volgende ochtend.
Hij ligt nu in het ziekenhuis met een gebroken pols. De revalidatie begint opnieuw.
-> END

=== ozturk_thuis ===
Meneer Öztürk is thuis. Het duurde langer dan hij hoopte, maar de wijkverpleging komt nu twee keer per dag en zijn dochter heeft haar avonden weer terug.
Hij zit in de tuin op een keukenstoel en wijst aan waar de tomaten moeten komen. Zijn kleinzoon graaft.
-> END

=== ozturk_keukentafel ===
Aan de keukentafel van meneer Öztürk zaten deze maand de wijkverpleegkundige, iemand van het sociale wijkteam en zijn dochter tegelijk. Binnen een week was er een douchestoel en een beugel bij de voordeur.
Hij hoefde zijn verhaal maar één keer te vertellen. Dat vond hij het mooiste.
-> END

=== ozturk_warme_overdracht ===
Toen meneer Öztürk vorige maand weer wat scheef in zijn mond werd, belde de wijkverpleegkundige direct de huisarts, die zijn dossier uit Lindehof al had. Het was een kleine waarschuwing, op tijd gezien.
Zijn bloeddrukmedicatie is aangepast. Hij is thuis gebleven.
-> END

=== ozturk_logopedie_op_afstand ===
Meneer Öztürk oefent twee keer per week met de logopedist via de tablet. Zijn kleinzoon zit ernaast en lacht als opa een moeilijk woord in één keer goed zegt.
Hij hoeft er de deur niet voor uit, en dat scheelt hem een halve dag rust.
-> END

=== ozturk_restaurant ===
Op vrijdag eet meneer Öztürk in het nieuwe restaurant van Lindehof, samen met twee oud-buren die er nu in een appartement wonen. Het is de plek waar hij revalideerde, maar nu komt hij als gast.
Hij neemt altijd de soep van de dag en zegt dat die van zijn vrouw beter was.
-> END

=== ozturk_dochter_moe ===
De dochter van meneer Öztürk combineert haar baan met de zorg voor haar vader. Ze doet 's avonds zijn steunkousen uit en zet zijn medicijnen klaar, omdat de thuiszorg pas later in de week kan.
{ test("quarter >= 5"):
    Ze is minder gaan werken. Haar werkgever vraagt hoe lang dat nog duurt; ze weet het niet.
- else:
    Ze zegt tegen de wijkverpleegkundige dat het wel gaat. Ze slaapt slecht sinds de zomer.
}
-> END

=== ozturk_moestuin ===
Meneer Öztürk staat met zijn stok in de moestuin en wijst zijn kleinzoon welke tomaten rood genoeg zijn. De wijkverpleegkundige komt nog één keer per dag, voor zijn medicijnen en een praatje.
{ test("quarter >= 5"):
    Hij heeft een tas tomaten meegegeven voor het team. Het briefje erbij schreef hij zelf, met zijn linkerhand.
- else:
    Zijn huisarts en de wijkverpleging weten van elkaar wat ze doen. Hij merkt het vooral aan wat hij niet meer hoeft uit te leggen.
}
-> END

=== ozturk_gewoon ===
{
- test("quarter <= 1"):
    Meneer Öztürk revalideert op Lindehof en telt de dagen. Hij speelt tavla met een medebewoner, met zijn goede hand.
- test("wachttijd > 50"):
    Meneer Öztürk is thuis, maar de zorg is krap. Hij doet veel zelf, langzamer dan vroeger, en zegt dat hij niet wil zeuren.
- else:
    Een gewoon kwartaal voor meneer Öztürk. Hij wandelt met een stok tot de hoek van de straat en terug, elke dag iets verder.
}
-> END

// ================================================================== Ans de Wit (senior verzorgende)

=== ans_ziek ===
Ans heeft zich ziek gemeld. Voor het eerst in twaalf jaar.
Ze had zes weken lang elke week een extra dienst gedraaid, omdat er anders niemand was voor de avondronde. Op de afdeling weet niemand precies wat Ans allemaal deed, tot ze er niet is.
-> END

=== ans_thuis ===
Ans is nog steeds thuis. Haar collega's stuurden een kaart; op de afdeling vangen invallers haar diensten op, elke week andere.
{ test("trust.ans >= 50"):
    Ze belt af en toe om te vragen hoe het met mevrouw Jansen gaat. Over terugkomen praat ze nog niet.
- else:
    Ze neemt de telefoon niet op als het nummer van De Meerkoet is. Haar man zegt dat ze slaapt, veel.
}
-> END

=== ans_hart_van_de_vloer ===
Ans staat bij de overdracht niet meer achteraan met haar armen over elkaar. Ze legt aan een nieuwe collega uit waarom het dubbele rapporteren weg is, en wat ze daarvoor terugkregen: tijd bij de bewoners.
Het kan altijd beter, zegt ze. Zeg het niet tegen de anderen dat ik dat zei.
-> END

=== ans_ontslagen ===
Twee collega's van het planningsbureau kregen een brief. Op de afdeling van Ans is het daarna stil bij de koffie.
Niemand zegt nog hardop wat er beter kan. Iedereen doet precies wat op het rooster staat, en niets meer.
-> END

=== ans_terug ===
Ans is terug, eerst voor drie ochtenden per week. Ze draait geen extra diensten meer.
Ze werkt nieuwe collega's in, op haar manier: eerst kijken, dan doen. De afdeling is er rustiger van geworden.
-> END

=== ans_map_gehalveerd ===
Het team van Ans heeft de protocollenmap doorgelopen. De helft kon weg; de meeste regels hadden ze ooit zelf bedacht om elkaar te controleren.
Ans heeft één blad uit de oude map bewaard en op het prikbord gehangen, onder het kopje: zo was het.
-> END

=== ans_sanne_gemist ===
Ans vindt Sannes lijstje met ideeën nog op het prikbord in de personeelskamer van Lindehof, waar ze een dienst overneemt. Negentien ideeën, met namen erachter.
Ze haalt het er niet af. Ze neemt het mee naar {test("bought.locatie_sluiten"):Het Anker|De Meerkoet}.
-> END

=== ans_inwerken ===
Ans werkt deze maand twee nieuwe collega's in. Ze laat ze eerst een hele ochtend alleen kijken en stelt daarna één vraag: wat zagen jullie bij mevrouw Jansen?
Een van hen zag dat mevrouw Jansen thee wilde. Ans knikt, en zegt verder niets.
-> END

=== ans_nachtdienst ===
Ans draaide deze maand een nachtdienst met de nieuwe sensoren. Ze vertrouwde ze niet en liep de eerste twee uur toch elke kamer langs.
Om drie uur bleef ze bij een stervende bewoner zitten tot de ochtend. Voor het eerst wist ze dat de gang ondertussen niet onbewaakt was.
-> END

=== ans_thee ===
Ans vraagt mevrouw Jansen of ze koffie of thee wil, en wacht dit keer tot het antwoord komt.
Het is meer dan koffie of thee, zei ze een half jaar geleden tegen u. Nu ziet ze het ook aan de andere bewoners.
-> END

=== ans_gewonnen ===
Ans is de vaste vraagbaak van de afdeling geworden. Als er iets nieuws komt, vragen collega's eerst wat zij ervan vindt.
{ test("verandermoeheid > 45"):
    Ze waarschuwt wel: één ding tegelijk, en dat goed. Anders haakt de rest af.
- else:
    Ze zegt vaker ja dan nee. Dat is op De Meerkoet nieuws.
}
-> END

=== ans_weer_iets_extras ===
Op het prikbord hangt alweer een nieuw formulier. Ans leest het, zucht, en hangt het er een beetje scheef naast.
Weer iets extra's, zegt ze tegen niemand in het bijzonder. Eerst maar eens afmaken waar we mee bezig zijn.
-> END

=== ans_extra_diensten ===
{ test("quarter >= 5"):
    Ans draait weer extra diensten, het zoveelste kwartaal op rij. Ze werkt nieuwe invallers in die na twee weken alweer weg zijn.
    Ik doe het voor de bewoners, zegt ze. Niet meer voor de organisatie.
- else:
    Ans draaide deze maand drie extra diensten. Er is altijd wel iemand ziek, of er is iemand vertrokken en nog niemand nieuw.
    Ze zegt ja omdat de bewoners anders niemand hebben die ze kennen. Haar man vraagt wanneer ze weer eens een zaterdag thuis is.
}
-> END

=== ans_voorzichtig ===
{ test("quarter >= 5"):
    Ans houdt het bij, zonder dat iemand het vraagt: hoeveel tijd de ochtendronde kost, hoe vaak ze nog iets dubbel opschrijft. Het wordt minder.
    Ze zegt er niets over. Maar ze heeft het lijstje wel aan Ruud laten zien.
- else:
    Ans is voorzichtig positief. Het schrijven is minder geworden en de overdracht korter.
    Ik geloof het pas als het zo blijft, zegt ze. Ze heeft er al zoveel zien komen en gaan.
}
-> END

=== ans_gewoon ===
{
- test("trust.ans >= 55"):
    Een gewoon kwartaal voor Ans. Ze moppert over het rooster en de nieuwe tablets, en doet daarna gewoon haar werk, goed en met aandacht.
- test("werkdruk > 7.8"):
    Ans doet wat ze altijd doet: alles opvangen. Ze eet haar boterham staand in de gang.
- else:
    Ans heeft het druk, maar niet te druk. Ze neemt op vrijdag de tijd om met mevrouw Jansen naar de vogels in de tuin te kijken.
}
-> END

// ================================================================== Sanne Yılmaz (verpleegkundige)

=== sanne_vertrokken ===
Sanne heeft haar laatste dienst op Lindehof gedraaid. Er was taart, en een kaart met alle namen van het team.
De appgroep met ideeën die zij beheerde, is sinds haar vertrek stil. Niemand weet precies wie de tablets nu instelt.
-> END

=== sanne_weg ===
Sanne werkt nu in het ziekenhuis. Op Lindehof staat haar naam nog op een kastje in de personeelskamer.
{ test("borging >= 40"):
    Een paar van haar ideeën zijn gebleven: de korte overdracht bij het bed, de kaartjes bij de tablets. Collega's weten niet meer dat ze van haar kwamen.
- else:
    De tablets liggen vaker in de kast dan in gebruik. Als iemand vastloopt, zegt een collega: dat wist Sanne altijd.
}
-> END

=== sanne_ambassadeur ===
Sanne heeft haar eerste week als ambassadeur achter de rug. Ze liep mee op Het Anker en De Meerkoet en schreef op wat collega's daar nodig hebben, in hun woorden.
Ze heeft nog nooit zo hard gewerkt, zegt ze, en ze is nog nooit zo weinig moe geweest.
-> END

=== sanne_solliciteert ===
Sanne heeft gesolliciteerd bij het ziekenhuis. Op haar afdeling zijn dit kwartaal drie collega's vertrokken, en haar lijstje met ideeën ligt al maanden in de la.
Ze heeft het nog aan niemand verteld. Ze twijfelt nog, zegt ze tegen een vriendin, maar niet lang meer.
-> END

=== sanne_projectleider ===
Sanne is interne projectleider en combineert het met twee diensten per week. Ze leert snel hoe een MT-vergadering werkt, en wanneer ze beter kan zwijgen.
Op de vloer noemen collega's haar nu voor de grap mevrouw de projectleider. Ze lacht erom, en belt ze daarna allemaal om te vragen wat ze vinden.
-> END

=== sanne_opleiding ===
Sanne is begonnen aan de opleiding tot verpleegkundig specialist, met een werkplek op Lindehof. Het ziekenhuis heeft ze beleefd afgezegd.
Op donderdag zit ze in de collegebanken, op vrijdag vertelt ze haar team wat ze geleerd heeft.
-> END

=== sanne_projectgeld_op ===
Het projectgeld is op. De digicoach met wie Sanne een jaar samenwerkte, heeft zijn laatste werkdag gehad; zijn contract is niet verlengd.
Sanne probeert zijn werk erbij te doen. Op drie locaties weten collega's niet meer bij wie ze met hun vragen over de tablets terecht kunnen.
-> END

=== sanne_tablet_bakker ===
Sanne zat twee middagen bij meneer Bakker aan de keukentafel om de tablet in te stellen. Niet met een handleiding, maar met zijn kleindochter aan de lijn.
Ze schreef de stappen op een kaartje in grote letters. Hij heeft het op de koelkast geplakt.
-> END

=== sanne_wifi ===
Op Lindehof werkt de koppeling tussen het ECD en het rooster. Sanne ziet bij het begin van haar dienst wie er die dag werkt en wat de bewoners nodig hebben, op één scherm.
Ze rapporteert nu bij het bed in plaats van aan het eind van de dienst in het kantoortje. Een half uur per dienst, rekent ze voor, en het klopt ook nog beter.
-> END

=== sanne_ideeenbord ===
In de personeelskamer van Lindehof hangt een ideeënbord. Sanne haalt er elke maand één idee af en gaat het met het team uitproberen.
{
- test("quarter >= 5"):
    Het bord hangt inmiddels ook op Het Anker en De Meerkoet, en daar beheert Sanne het niet meer zelf. Dat was precies de bedoeling, zegt ze.
- test("trust.ans >= 55"):
    Ans heeft er ook een op gezet, in blokletters: minder nieuwe dingen tegelijk. Sanne heeft het bovenaan gehangen.
- else:
    Deze maand: de overdracht korter en bij het bed. Niemand mist de oude.
}
-> END

=== sanne_twijfelt ===
{ test("quarter >= 5"):
    Sanne heeft een gesprek gehad bij het ziekenhuis, op haar vrije dag. Ze vertelt het aan Ans, en aan niemand anders.
    Ik wil hier eigenlijk niet weg, zegt ze. Maar ik loop steeds tegen dezelfde muur.
- else:
    Sanne werkt dit kwartaal vooral dubbele diensten. Ze heeft de vacaturetekst van het ziekenhuis al een paar keer geopend op haar telefoon, en weer gesloten.
    Ze zegt dat ze hier eigenlijk niet weg wil. Maar ze ziet niet waar ze hier heen kan.
}
-> END

=== sanne_lijstje_in_la ===
Sannes lijstje met ideeën ligt in de la van de verpleegpost. Ze doet haar diensten goed en gaat op tijd naar huis.
Een collega vraagt of ze nog iets met die ideeën doet. Later misschien, zegt Sanne.
-> END

=== sanne_gewoon ===
{
- test("quarter >= 4"):
    Een gewoon kwartaal voor Sanne. Ze begeleidt een stagiaire en leert haar eerst luisteren, dan pas rapporteren.
- else:
    Sanne draait haar diensten op Lindehof en houdt bij wat haar opvalt in een notitieboekje. Het zijn er al negentien.
}
-> END

// ================================================================== Kees Brouwer (teamleider thuiszorg)

=== kees_vertrokken ===
Kees heeft zijn sleutels ingeleverd en zijn wijken overgedragen. Op zijn laatste dag reed hij nog één keer de route door Noord, zonder dienst.
In de wijk vragen cliënten de weken erna wie nu hun vaste aanspreekpunt is. Niemand weet zo goed als hij welke trap glad is.
-> END

=== kees_weg ===
Kees werkt nu bij een thuiszorgorganisatie in de volgende gemeente. Zijn oude wijken in Noord en Oost draaien zonder hem.
{ test("bought.vaste_gezichten or bought.zelforganisatie_pilot"):
    Zijn teams hebben zijn werk verdeeld en redden het, met moeite. Ze bellen hem soms nog over een cliënt; hij neemt altijd op.
- else:
    Niemand heeft zijn taken overgenomen. De planning rammelt, en cliënten horen het als eersten.
}
-> END

=== kees_laag_weg ===
Kees kreeg een brief: zijn functie als teamleider vervalt. Er stond niet in wat er daarna voor hem is.
Hij werkt zijn laatste maanden netjes af, maar zijn telefoon staat open voor de buren. Zijn teams merken dat hij al half weg is.
-> END

=== kees_teamcoach ===
Kees stelt nu vragen in plaats van antwoorden te geven. Het is het moeilijkste wat hij ooit gedaan heeft, zegt hij.
Vorige week maakte zijn team in Noord zelf het rooster rond, met een zieke collega erin. Niemand hoefde hem te bellen.
-> END

=== kees_coach_zonder_les ===
Kees heet nu teamcoach, maar niemand heeft hem geleerd wat dat is. Als een team vastloopt, grijpt hij terug op wat hij kent: hij beslist het zelf.
Hij merkt dat het niet werkt. Hij weet alleen niet wat hij anders moet doen.
-> END

=== kees_coacht ===
Kees is teamcoach. Hij zit bij het teamoverleg in Oost en zegt de eerste twintig minuten niets.
{ test("bought.coachend_leiderschap"):
    Als het team vastloopt, stelt hij één vraag. Meestal is dat genoeg.
- else:
    Soms houdt hij het niet vol en geeft hij toch het antwoord. Hij ziet het zelf, en vertelt het er daarna eerlijk bij.
}
-> END

=== kees_minuten_weg ===
Kees heeft het minutenoverzicht uit zijn maandagochtend geschrapt. Zijn mensen tikken niet meer tussen elk bezoek in de auto.
Ze drinken weer een kop koffie mee als dat nodig is. Kees zegt dat ze nu meer zien dan vroeger, en dat hij dat in geen enkel getal terugvindt.
-> END

=== kees_kaart_aan_de_muur ===
Kees heeft de kaart van Noord en Oost aan de muur opnieuw ingetekend: tien kleine teams, elk met hun eigen straten. Een cliënt ziet nu steeds dezelfde paar mensen.
De planning was een puzzel, zegt hij. Maar hij ziet het aan de gezichten bij de deur.
-> END

=== kees_wijkteam ===
Kees zit elke dinsdag aan tafel bij het sociale wijkteam van de gemeente. Hij kent de straten, de trappen en de buren die een oogje in het zeil houden.
Vorige week regelde hij in één gesprek wat vroeger drie weken brieven kostte. Hij vindt het het leukste deel van zijn week.
-> END

=== kees_overdracht ===
Kees weet waar hij aan toe is: zijn functie verdwijnt. Hij gebruikt zijn laatste maanden om op te schrijven wat alleen hij weet, per straat en per cliënt.
Het document heet Wat Kees weet. Zijn teams lezen het en vullen het aan.
-> END

=== kees_wachtkamer ===
Kees zit in de wachtkamer. Zijn teams worden zelfstandiger, en niemand zegt hem wat dat voor zijn functie betekent.
{ test("quarter >= 4"):
    Hij heeft zijn cv bijgewerkt, voor de zekerheid. Zijn teams vragen hem minder dan vroeger, en hij weet niet of hij dat goed of slecht moet vinden.
- else:
    Hij doet zijn werk, maar hij begint niets nieuws meer. Waarom zou ik, zegt hij, als ik over een half jaar misschien weg ben?
}
-> END

=== kees_zelf_rijden ===
Kees rijdt dit kwartaal zelf avonddiensten, omdat er gaten in het rooster vallen. Hij komt 's avonds om tien uur thuis en begint 's ochtends om zeven met de planning.
{ test("quarter >= 4"):
    Hij zegt niet meer dat het tijdelijk is.
- else:
    Hij zegt dat het tijdelijk is.
}
-> END

=== kees_gewoon ===
{
- test("quarter >= 4"):
    Een gewoon kwartaal voor Kees. Hij loopt met een nieuwe wijkverpleegkundige mee door Oost en wijst haar de portiek waar de bel het pas de tweede keer doet.
- else:
    Kees plant, belt, regelt en springt in. Hij kent elke straat in Noord en Oost, en de meeste cliënten kennen hem.
}
-> END

=== bakker_invalkracht ===
Vanochtend stond er een invalkracht van een bureau voor de deur bij meneer Bakker. Ze zocht tien minuten naar de sleutel in het kluisje en kende de code van de portiekdeur niet.
Meneer Bakker heeft haar zelf uitgelegd hoe zijn steunkousen aangaan. Hij vond dat ze het goed deed, voor de eerste keer.
-> END

=== bakker_ontslagronde ===
Van het team in Noord zijn twee verzorgenden weg, na de ontslagronde. Een van hen kwam al zes jaar bij meneer Bakker.
Hij heeft een kaart gestuurd naar haar oude adres. Of die aankomt, weet hij niet.
-> END

=== bakker_zorgplan_kort ===
Meneer Bakker heeft een nieuw zorgplan van twee kantjes, samen met zijn zoon opgesteld aan de keukentafel. Bovenaan staat wat hij zelf wil: thuis blijven, tot het einde.
Hij heeft het op de koelkast geplakt, zodat iedere zorgverlener het leest voor ze begint.
-> END

=== bakker_haast ===
De verzorgende die meneer Bakker helpt douchen, heeft twintig minuten en kijkt twee keer op haar horloge. Hij merkt het en zegt dat hij het wel alleen kan.
Dat kan hij niet. Hij zit na afloop een kwartier op de rand van het bad om op adem te komen.
-> END

=== bakker_projectleider_kees ===
Kees komt niet meer zelf bij meneer Bakker: hij is projectleider van het veranderplan. Hij belde wel om het te zeggen, en om te vragen wat er beter kan in de thuiszorg.
Meneer Bakker zei: minder nieuwe gezichten. Kees schreef het op.
-> END

=== bakker_nieuwe_formulieren ===
Weer een nieuw formulier om te tekenen, zegt meneer Bakker, en weer een nieuwe tablet-app. Hij tekent alles wat de verzorgende hem voorlegt.
Wat er verandert, weet hij niet. Hij hoopt dat ze het zelf wel weten.
-> END

=== bakker_rustig ===
Een rustige maand voor meneer Bakker. De verzorgenden komen op tijd en hebben tijd voor een praatje over het weer en de schepen in de haven.
Hij heeft zijn zoon gevraagd om nieuwe geraniums voor het balkon.
-> END

=== sanne_pilotteam ===
Het team van Sanne op Lindehof is een van de pilotteams. Ze maken hun eigen rooster en bespreken elke week wat beter kan.
De eerste weken gingen vooral over wie de weekenden draait. Nu gaat het ook over de bewoners.
-> END

=== sanne_ontslagronde ===
Op Lindehof zijn twee collega's van Sanne hun baan kwijt. Ze heeft met een van hen in de auto zitten huilen op de parkeerplaats.
In de pauze wordt er niet meer over verbeteren gepraat. Iedereen houdt zijn hoofd naar beneden.
-> END

=== sanne_zorgplannen ===
Sanne voert de gesprekken voor de nieuwe, korte zorgplannen op Lindehof. Een bewoner vertelde dat hij al veertig jaar om zes uur opstaat en dat niemand hem dat ooit had gevraagd.
Het staat nu op de eerste regel van zijn plan.
-> END

=== sanne_nachten ===
Sanne heeft deze maand vier extra nachtdiensten gedraaid, omdat er collega's ziek zijn. Haar notitieboekje met ideeën heeft ze al weken niet opengeslagen.
-> END

=== sanne_moe_van_projecten ===
Op het prikbord van Lindehof hangen vier posters van vier verschillende projecten. Sanne weet van twee wat ze betekenen.
Ze vraagt zich af wie nog bijhoudt wat er eigenlijk af is.
-> END

=== sanne_projectleider_later ===
Sanne is nu een half jaar projectleider. Ze werkt twee dagen op de vloer en drie achter een laptop, en merkt dat ze de vloer mist.
Als ze op Lindehof is, vragen collega's haar wat er besloten is. Soms weet ze het zelf nog niet.
-> END

=== sanne_nieuwe_baan ===
Sanne stuurt Ans een appje vanuit het ziekenhuis waar ze nu werkt. Het is er druk, schrijft ze, maar ze hebben een leerplan voor haar gemaakt.
Ans leest het twee keer en stuurt een duim terug.
-> END

=== sanne_rustig ===
Een goed kwartaal op Lindehof. Sanne heeft tijd om met een bewoner de foto's van zijn kleinkinderen op de tablet te bekijken.
Ze schrijft er een regel over in haar notitieboekje: wat kost weinig en doet veel?
-> END

=== kees_projectleider ===
Kees is projectleider van het veranderplan. Hij heeft een eigen bureau op het hoofdkantoor en rijdt twee keer per week toch nog naar Noord, om te horen hoe het gaat.
Het eerste wat hij opschreef, was een lijst van wat de wijkteams al goed doen.
-> END

=== kees_projectleider_later ===
Kees draait het projectplan nu een jaar. Hij heeft geleerd dat een stuurgroep pas luistert als er een cliënt in het verhaal zit.
Zijn presentaties beginnen daarom altijd met een naam en een straat.
-> END

=== kees_ontslagronde ===
Kees heeft drie gesprekken moeten voeren met mensen uit zijn teams die hun baan verliezen. Een van hen had hij zelf opgeleid.
Hij zegt dat het erbij hoort. Thuis zegt hij niets.
-> END

=== kees_rooster_gaten ===
Kees belt elke ochtend om half zeven rond om het rooster dicht te krijgen. Er zijn deze maand te veel mensen ziek.
De uitzendbureaus kennen zijn nummer inmiddels uit hun hoofd.
-> END

=== kees_weer_een_project ===
Op het teamoverleg in Oost zucht iemand hardop als Kees het woord project noemt. Kees lacht mee en schrapt daarna twee punten van de agenda.
Hij wil dat ze het eerst afmaken voor er iets nieuws bij komt.
-> END

=== kees_wacht_op_duidelijkheid ===
Kees wacht nog steeds op een gesprek over zijn plek in de nieuwe organisatie. Hij heeft er twee keer om gevraagd, per mail.
Zijn teams merken dat hij minder zegt in het overleg.
-> END

=== kees_rustig ===
Een rustig kwartaal in Noord en Oost. Kees heeft voor het eerst in maanden een vrije vrijdag genomen en is met zijn zoon gaan vissen.
Op maandag stond het rooster nog precies zoals hij het had achtergelaten.
-> END

=== ans_nieuwe_collega ===
Ans werkt deze maand weer een nieuwe collega in, de derde dit jaar. Ze laat haar eerst een ochtend alleen meekijken: hoe ze een bewoner wakker maakt zonder dat die schrikt.
Of deze blijft, durft Ans niet te zeggen.
-> END

=== ans_pilot_elders ===
Ans hoort van collega's op Het Anker dat ze daar zelf hun rooster maken. Wanneer wij, vraagt ze op het teamoverleg.
Ruud zegt dat De Meerkoet eerst even rust moet hebben. Ans schrijft de datum op.
-> END

=== ans_staand_lunchen ===
Ans heeft deze week drie keer haar pauze overgeslagen. Ze zegt dat het niet anders kan, met zoveel bewoners die hulp nodig hebben bij het eten.
Een stagiaire vraagt of het altijd zo is. Ans zegt: nee, vroeger niet.
-> END

=== ans_rustig ===
Een goed kwartaal voor Ans. Ze heeft met twee bewoners de vogelhuisjes in de tuin schoongemaakt en opnieuw gevuld.
Op vrijdag blijft ze na haar dienst een half uur hangen, omdat ze zin heeft in een kop koffie met de avondploeg.
-> END

=== ozturk_korte_bezoeken ===
De wijkverpleegkundige bij meneer Öztürk heeft haast. Ze geeft zijn medicijnen, noteert zijn bloeddruk en is binnen tien minuten weer weg.
Zijn vrouw schenkt toch thee in. Die blijft staan.
-> END

=== ozturk_oefent_zelf ===
Meneer Öztürk oefent elke ochtend met de elastieken band die de fysiotherapeut hem gaf. De wijkverpleegkundige kijkt mee en telt hardop in het Turks, om hem aan het lachen te maken.
Hij telt terug in het Nederlands.
-> END

=== ozturk_kleinzoon ===
De kleinzoon van meneer Öztürk komt op zaterdag langs en leest hem de krant voor. Ze maken ruzie over voetbal, zoals altijd.
Zijn vrouw zegt dat dat een goed teken is.
-> END

=== kees_zorgplannen_thuis ===
In de thuiszorg maken de wijkverpleegkundigen van Kees de nieuwe, korte zorgplannen aan de keukentafel, met de cliënt en wie er verder bij hoort.
Kees leest ze op vrijdagmiddag. Hij zegt dat hij zijn cliënten er beter in herkent dan in de oude.
-> END

=== kees_ecd ===
Rooster en dossier praten sinds kort met elkaar. Kees ziet 's ochtends in één scherm wie waar moet zijn en wat er gisteren bij een cliënt is gebeurd.
Het bellen om half zeven is gehalveerd, zegt hij. Niet verdwenen.
-> END

=== kees_projectleider_stuurgroep ===
Kees zit voor het eerst een stuurgroep voor. Hij heeft de agenda kort gehouden: drie punten, en bij elk punt een naam van een cliënt.
Na afloop vraagt Ingrid of hij dat vaker wil doen.
-> END

=== kees_projectleider_vloer ===
Kees heeft zich voorgenomen elke maand een dienst mee te rijden in de wijk. Deze maand was het Oost, met een verzorgende die hij zelf ooit aannam.
Ze vertelde hem wat er van het plan op de vloer aankomt. Hij schreef meer op dan hij wilde.
-> END

=== kees_tweede_kwartaal ===
Kees heeft een lijstje gemaakt van wat hij in de thuiszorg als eerste zou veranderen. Het hangt met een magneet aan de koelkast in de teampost.
Iemand heeft er met pen een punt aan toegevoegd: minder formulieren.
-> END
