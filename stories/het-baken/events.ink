// Gebeurtenissen: één knot per event in events.yaml.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== aankondiging_igj ===
# src: 004:L1772-1793; 004:L1867-1878
Er ligt een brief van de Inspectie Gezondheidszorg en Jeugd. Het vervolgbezoek aan De Meerkoet komt volgend kwartaal.
Ruud belt binnen het uur.
We moeten de boel even opknappen. Nieuwe gordijnen, de map met protocollen bijwerken. # speaker: ruud
+ [Ruud zijn gang laten gaan: de boel moet er netjes uitzien]
    De Meerkoet gaat in de voorbereidingsstand. Er wordt geschilderd, geoefend en gepoetst, en onderweg komen ook de map met protocollen en de zorgplannen op tafel. # flag: etalage_voorbereid # effect: werkdruk +0.2 # effect: trust.ruud +3 # effect: trust.ans -3
    Ans poetst mee, na haar dienst.
    Voor wie doen we dit eigenlijk? Voor mevrouw Jansen niet. # speaker: ans
+ [Samen met de teams eerlijk opschrijven wat goed gaat en wat niet]
    Niet alles wordt mooier, maar wel duidelijker. Een verzorgende zegt: Eindelijk mag het gewoon gezegd worden. # flag: eerlijke_voorbereiding # effect: draagvlak +2 # effect: trust.ans +4 # effect: trust.sanne +2
+ [Niets bijzonders doen: de inspectie moet zien hoe het echt is]
    Ruud zucht hoorbaar aan de telefoon. # effect: trust.ruud -3
    Zoals u wilt. # speaker: ruud
- -> END

=== verzuimpiek_na_afschalen ===
# src: 002:L3163-3169; 002:L2183-2189
De verzuimcijfers van dit kwartaal liggen op uw bureau. {test("bought.locatie_sluiten >= 2"):Op Lindehof en Het Anker|Op De Meerkoet} zit een op de negen medewerkers thuis.
Sinds de afdelingshoofden weg zijn, weet niemand meer wie het rooster rond maakt. We doen het maar met z'n allen, 's avonds na de dienst. # speaker: ans
+ [Tijdelijk teamcoaches inzetten die de teams helpen plannen]
    Twee ervaren coaches gaan een kwartaal mee. Het rooster is weer rond, de rust keert langzaam terug. # effect: budget -40 # effect: verzuim -0.5 lag 1 # effect: trust.ans +4
+ [Volhouden: dit is de leercurve, het komt goed]
    Ans kijkt u aan. # effect: trust.ans -6 # effect: draagvlak -4 # effect: verzuim +0.3
    De leercurve. Zeg dat maar tegen de collega's die nu thuiszitten. # speaker: ans
+ [Uitzendkrachten inhuren om de gaten te dichten]
    De gaten zijn dicht, de rekening is hoog en de bewoners zien weer nieuwe gezichten. # effect: budget -60 # effect: werkdruk -0.3 # effect: clienttevredenheid -0.1
- -> END

=== verborgen_incident ===
# src: 000:L890-896; 003:L504-508
Een apotheker belt u persoonlijk. {test("bought.locatie_sluiten >= 2"):In de laatste maanden van De Meerkoet zijn|Op De Meerkoet zijn drie maanden lang} medicijnen bij de verkeerde bewoner terechtgekomen. Er is niets gemeld.
Ruud staat een uur later in uw kamer. # reveal: medicatie_incidenten_verzwegen
Ik wilde het zelf oplossen. Mijn mensen worden al genoeg op de vingers getikt. # speaker: ruud
+ [Het incident alsnog melden en open zijn naar families]
    U meldt het bij de inspectie en belt de betrokken families. Pijnlijk, maar helder. # flag: melding_gedaan # effect: reputatie -2 # effect: trust.ruud -5 # effect: trust.petra +5
    Dank dat u het zelf vertelt. Dat had ik van Ruud nooit gehoord. # speaker: petra
+ [Samen met Ruud een veilige meldcultuur opzetten, zonder schuldvraag]
    Ruud blijft, maar elke week bespreken de teams hun meldingen. Niet wie het deed, maar wat we ervan leren. # flag: leren_van_incidenten # effect: trust.ruud +10 # effect: incidenten -0.4 lag 1 ramp 2
+ [Het intern afhandelen; de inspectie hoeft dit niet te weten]
    Het dossier verdwijnt in een la. Ruud is opgelucht. U minder. # flag: incident_stil_gehouden # effect: trust.ruud +5
    De apotheker weet het. De families van drie bewoners weten het half. En een calamiteit melden is een plicht, geen gunst.
- -> END

=== verzwijgen_ontdekt ===
# src: 000:L890-896; 004:L2664-2669
{
- test("trust.ans < 45"):
    Een verzorgende van De Meerkoet heeft het anoniem gemeld bij de inspectie. Niet uit wraak, staat er in haar melding, maar omdat ze er niet meer van kon slapen.
- else:
    De apotheker heeft zijn correcties zelf aan de inspectie doorgegeven. Hij belt u erna, om te zeggen dat hij niet anders kon.
}
Marieke Smit belt. Haar stem is rustig, en daardoor erger.
U wist van deze medicatiefouten, en u heeft ze niet gemeld. Ik kom deze week. # speaker: marieke # flag: verzwijgen_ontdekt # effect: trust.marieke -15 # effect: reputatie -6 # effect: vertrouwen_rvt -20 # effect: trust.petra -8
Herman hoort het van een journalist, niet van u.
+ [Alles op tafel leggen: wat er gebeurde, wie het wist, en dat u het had moeten melden]
    U meldt de calamiteit alsnog, met alles wat u weet, en laat een onafhankelijke commissie onderzoeken hoe het kon. # flag: melding_gedaan # flag: openheid_na_verzwijgen # effect: trust.marieke +5 # effect: trust.petra +4 # effect: budget -20
    Laat. Maar volledig. Daar kan ik mee verder. # speaker: marieke
+ [Ruud verantwoordelijk houden: hij hield het stil]
    Ruud krijgt een officiële waarschuwing. Op de vloer zeggen ze: de baas schuift het door. # effect: trust.ruud -15 # effect: draagvlak -5 # effect: trust.ans -4
+ [Uitleggen dat het intern al was opgelost]
    Opgelost? Er zijn bewoners die drie maanden verkeerde medicijnen kregen. # speaker: marieke # effect: trust.marieke -5 # effect: vertrouwen_rvt -5
- -> END

=== weer_iets_extras ===
# src: 002:L1668-1672; 003:L596-600
Op het prikbord in de personeelskamer van Lindehof hangt een papiertje: "Weer iets extra's dat van ons verwacht wordt."
Iemand heeft eronder geschreven: "En wie doet ondertussen de zorg?"
+ [Eén project een kwartaal stilzetten]
    U schrapt de lopende werkgroep voor een kwartaal. Op de vloer hoort u vooral opluchting. # flag: tempo_verlaagd # effect: verandermoeheid -8 # effect: draagvlak +3
+ [Een zeepkistsessie houden: iedereen mag zeggen wat hem dwarszit]
    Honderd medewerkers in de kantine. Het wordt laat, en soms fel. Aan het eind lacht er iemand. # effect: budget -10 # effect: draagvlak +4 # effect: verandermoeheid -4 # effect: trust.ans +5
+ [Doorzetten: de koers is goed]
    Het papiertje wordt weggehaald. Er komt een nieuw voor terug. # effect: draagvlak -5 # effect: verandermoeheid +3
- -> END

=== ernstige_val ===
# src: 001:L3780-3790; 000:L700-701
Meneer de Boer, 91, valt 's nachts op de gang van De Meerkoet. Heupfractuur. Zijn zoon belt de inspectie.
Hij liep graag 's nachts een rondje. Dat was zijn leven. Moeten we hem nu vastzetten? # speaker: ans # flag: ernstige_val
+ [Maatregelen: bedhekken en een sensormat, voor iedereen met valrisico]
    Het aantal valincidenten daalt. Op de afdeling wordt het stiller. Te stil, zegt Ans. # flag: vrijheid_beperkt # effect: incidenten -0.3 # effect: eigen_regie -4 # effect: kwaliteit_van_leven -0.1
+ [Per bewoner het risico afwegen met familie en arts, en dat vastleggen]
    Elke afweging staat nu op papier: wat de bewoner wil, wat het risico is, wat we afspreken. # flag: risico_afgewogen # effect: werkdruk +0.1 # effect: trust.ans +3
+ [De familie van meneer de Boer uitnodigen en samen evalueren]
    De zoon is boos, en daarna verdrietig. Aan het eind zegt hij: Hij wilde nooit opgesloten zitten. # effect: trust.petra +4 # effect: reputatie +1
- -> END

=== pyjamadag_pers ===
# src: 001:L1480-1514
Het Dagblad opent met een foto: een bewoner van De Meerkoet om drie uur 's middags nog in pyjama. "Pyjamadag in Het Baken."
De dochter die de foto maakte, heeft maanden gebeld zonder antwoord. Herman stuurt u een foto van de voorpagina, zonder tekst. # effect: vertrouwen_rvt -6
+ [Zelf met de journalist praten en toegeven wat misging]
    Het stuk van morgen heet: "Bestuurder: dit had niet mogen gebeuren." Het is hard, maar eerlijk. # effect: reputatie -2 # effect: trust.petra +4 # effect: trust.truus +3
+ [Een persbericht: het was een incident, de zorg is op orde]
    Een week later staan er drie nieuwe verhalen van andere families in de krant. # effect: reputatie -6 # effect: trust.truus -5 # effect: trust.petra -5
+ [De dochter en de cliëntenraad uitnodigen om samen verbeteringen te kiezen]
    Het gesprek duurt twee uur. Ze wil geen excuses, ze wil een vaste contactpersoon. # effect: reputatie -3 # effect: trust.truus +5 # effect: trust.petra +6 # flag: families_uitgenodigd
- -> END

=== zwarte_lijst ===
# src: 001:L2086-2100
Een landelijke krant publiceert een lijst van zorgaanbieders die het slechtst presteren. Het Baken staat erop.
De telefoon staat roodgloeiend. Medewerkers schamen zich op verjaardagen. De raad van toezicht vraagt om een extra vergadering. # effect: vertrouwen_rvt -8
+ [Een brief aan alle medewerkers: wat klopt, wat niet, en wat we eraan doen]
    Een verzorgende hangt de brief op in de personeelskamer. Eronder: "Eindelijk iemand die het zegt." # effect: reputatie -4 # effect: draagvlak +2
+ [De lijst publiekelijk aanvechten]
    De discussie over de methode haalt het nieuws. Over de bewoners gaat het niet meer. # effect: reputatie -6 # effect: relatie_zorgkantoor -3
- -> END

=== inkoopronde_zorgkantoor ===
# src: 001:L984-988; 003:L398-409
Het zorgkantoor start de nieuwe inkoopronde. Voor het eerst telt kwaliteit mee in de prijs.
Ik wil geen folder. Ik wil zien wat u meet en wat u ermee doet. # speaker: martijn
+ [Het verhaal van de zorgplannen en de teams laten zien, met cijfers]
    { test("zorgplannen_actueel >= 70"):
        Dit is meer dan ik van de meesten krijg. # speaker: martijn # effect: relatie_zorgkantoor +8 # effect: trust.martijn +6
    - else:
        Een goed verhaal, maar de cijfers zijn nog dun. Volgend jaar graag meer. # speaker: martijn # effect: relatie_zorgkantoor +2
    }
+ [Meer volume toezeggen: we nemen extra cliënten van de wachtlijst]
    Dat hoort Martijn graag. Op de vloer wordt het nog een tandje drukker. # flag: volume_toegezegd # effect: relatie_zorgkantoor +5 # effect: werkdruk +0.2 # effect: wachttijd -5
+ [Vragen om ruimte: verantwoording per cliënt in plaats van per minuut]
    { test("trust.martijn >= 50"):
        Als we samen monitoren, kan ik daar iets mee. Ik zet het op papier. # speaker: martijn # flag: zorgkantoor_afspraak # effect: trust.martijn +3
    - else:
        Daar moet ik eerst intern voor gaan lobbyen. Ik beloof niets. # speaker: martijn
    }
- -> END

=== voorfinanciering ===
# src: 003:L398-409; 003:L871-874
Martijn belt.
Het zorgkantoor heeft innovatiegeld. We willen voorfinancieren, mits we samen monitoren en een deel van de opbrengst terugvloeit. # speaker: martijn
Ingrid leest mee.
Dan weten we in elk geval wie de besparing pakt. Deels zij. # speaker: ingrid
+ [Aannemen, met gedeelde monitoring]
    Het contract is in een week rond. U moet elk kwartaal cijfers aanleveren. # flag: gedeelde_monitoring # effect: budget +150 # effect: relatie_zorgkantoor +5 # effect: trust.martijn +5
+ [Bedanken: we willen niet afhankelijk worden]
    Martijn klinkt teleurgesteld. Het aanbod ligt er volgend jaar misschien niet meer. # effect: trust.martijn -4
- -> END

=== sociale_robot ===
# src: 003:L345-349; 003:L426-428
Een enthousiaste leverancier demonstreert een sociale robot in de hal van Lindehof. Hij kan liedjes zingen en herinneren aan medicatie.
Mevrouw Jansen zwaait ernaar. De verzorgenden kijken sceptisch.
+ [Kopen voor een proef op Het Anker]
    Na drie weken staat de robot in een kast. Niemand wist waar hij voor was. # effect: budget -60 # effect: verandermoeheid +4 # effect: draagvlak -2
+ [Vragen welk probleem van de bewoners hij oplost, en dan pas beslissen]
    De leverancier heeft geen antwoord. Dennis grijnst.
    Eerst de vraag, dan de techniek. # speaker: dennis # effect: trust.dennis +3 # effect: trust.coach_tech +2
+ [Vriendelijk bedanken]
    De robot rijdt de bus weer in. Mevrouw Jansen zwaait nog even.
- -> END

=== subsidie_stopt ===
# src: 003:L813-814; 003:L850-867
Het tijdelijke innovatiegeld loopt af. Twee digicoaches en de projectondersteuner hebben een contract tot het eind van het kwartaal.
Als ze gaan, gaat hun kennis mee. Dan staan we over een jaar weer bij af. # speaker: dennis
+ [De functies uit de eigen begroting betalen]
    Ingrid fronst, maar rekent het door. Het past, net. # flag: functies_eigen_begroting # effect: budget -80 # effect: borging +6 # effect: trust.dennis +5 # effect: resultaat -0.1
+ [Het laten aflopen; wat goed is, blijft vanzelf]
    De digicoaches nemen afscheid met taart. Een maand later zijn de eerste tablets kwijt. # effect: borging -6 # effect: trust.dennis -5 # effect: draagvlak -2
- -> END

=== kampioen_vertrekt ===
# src: 003:L950-955; 003:L819-833
Sanne vraagt om een gesprek. Het ziekenhuis heeft haar een baan aangeboden als verpleegkundig specialist.
Ik wil hier eigenlijk niet weg. Maar ik loop steeds tegen dezelfde muur. # speaker: sanne
+ [Haar de rol van ambassadeur geven, met tijd en mandaat]
    Twee dagen per week, om collega's te helpen en ideeën te testen. Sanne blijft. # flag: sanne_ambassadeur # effect: trust.sanne +12 # effect: budget -30 # effect: draagvlak +3
+ [Haar succes wensen]
    Sanne vertrekt aan het eind van de maand. De appgroep met ideeën valt stil. # flag: sanne_vertrokken # effect: draagvlak -5 # effect: borging -4 # effect: trust.sanne -10
- -> END

=== griepgolf ===
# src: 003:L963-970
Een griepgolf trekt door de regio. Op Het Anker liggen twaalf bewoners en zeven medewerkers ziek.
{ test("bought.beeldbellen"):
    In de thuiszorg vervangt beeldbellen een deel van de controlebezoeken. Het gebruik verviervoudigt in twee weken.
}
+ [Bezoek beperken en de teams ontzien]
    Families begrijpen het, de meeste. De golf is na zes weken voorbij. # effect: verzuim +0.6 # effect: clienttevredenheid -0.1 # effect: verzuim -0.6 lag 1
+ [Extra inhuren om alles door te laten gaan]
    Alles gaat door, tegen een flinke rekening. # effect: budget -40 # effect: verzuim +0.4 # effect: verzuim -0.4 lag 1
- -> END

=== wlz_vraag_groeit ===
# src: 003:L270-276
Het zorgkantoor meldt dat de Wlz-indicaties in de regio dit jaar weer met zo'n acht procent stijgen.
Tegelijk staan er bij Het Baken negentien vacatures open. De wachtlijst voor {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} groeit.
Meer vraag met dezelfde mensen. Dat kan alleen als we anders gaan werken. # speaker: ingrid # effect: wachttijd +6 # effect: werkdruk +0.2
-> END

=== gps_wandelen ===
# src: 002:L1148-1156; 001:L3780-3790
Meneer Öztürk woont sinds zijn revalidatie weer thuis. Hij wil elke ochtend alleen naar de moskee lopen, maar raakt weleens de weg kwijt.
Zijn dochter vraagt of een gps-horloge kan. Het protocol zegt: begeleid wandelen.
+ [Het horloge regelen en de afspraak vastleggen in zijn plan]
    Meneer Öztürk loopt weer elke ochtend. Eén keer belt de gps-centrale, verder gaat het goed. # flag: risico_afgewogen # effect: eigen_regie +3 # effect: kwaliteit_van_leven +0.1 # effect: incidenten +0.1
+ [Vasthouden aan het protocol: veiligheid eerst]
    Hij blijft thuis, tenzij er iemand tijd heeft. Dat is zelden. # effect: eigen_regie -2 # effect: kwaliteit_van_leven -0.1
- -> END

=== nachtdienst_voorstel ===
# src: 002:L1378-1390; 002:L1275-1396
Een team op Lindehof heeft zijn eigen begroting doorgerekend. Het stelt voor 's nachts goedkopere krachten in te zetten, zodat er overdag meer begeleiding is.
+ [Het voorstel steunen en de roosterwijziging ter instemming aan de OR voorleggen]
    Een ander rooster voor de nacht is een regeling over werktijden: daar moet de OR mee instemmen (WOR art. 27).
    { test("trust.mohamed >= 40 or flag.or_instemming_rooster"):
        De OR stemt in, op voorwaarde dat de nachtkrachten goed worden ingewerkt. # speaker: mohamed # effect: trust.mohamed +1
        Overdag is er nu iemand extra voor activiteiten. De bewoners merken het. # effect: resultaat +0.1 # effect: kwaliteit_van_leven +0.1 # effect: medewerkertevredenheid +0.1
    - else:
        De OR stemt niet in. Zonder instemming is zo'n besluit nietig, dus het rooster blijft zoals het was. # speaker: mohamed # effect: trust.mohamed -1
        Het team is teleurgesteld, maar begrijpt het. Half. # effect: draagvlak -1
    }
+ [Afwijzen: de nacht is te kwetsbaar]
    Het team accepteert het, maar vraagt zich af waarom ze dan hun begroting mochten zien. # effect: draagvlak -2 # effect: medewerkertevredenheid -0.1
- -> END

=== tablets_gestolen ===
# src: 002:L4335-4356
Bij drie beeldbelcliënten in wijk Zuid is ingebroken. De tablets zijn weg, met inlogcodes en al.
Niemand had afgesproken wat er bij diefstal gebeurt. # speaker: dennis
+ [Nieuwe tablets, en een afsprakenkaart over schade en diefstal]
    Dennis maakt in een dag een kaart en blokkeert de accounts op afstand. # effect: budget -8 # effect: trust.dennis +3
+ [Het beeldbellen in die wijk stopzetten]
    De drie cliënten krijgen weer gewone bezoeken. Meneer Bakker mist het. # effect: clienttevredenheid -0.1 # effect: draagvlak -1
- -> END

=== portaal_ongebruikt ===
# src: 002:L3795-3797; 002:L3836-3850
Na twee kwartalen blijkt: het familieportaal heeft 40 actieve gebruikers op 1.450 cliënten.
Toch zeggen de meeste families en medewerkers die het gebruiken dat ze ermee door willen.
+ [Digicoaches op familieavonden laten helpen met inloggen]
    Petra installeert het ter plekke en laat het haar broer zien. # effect: budget -10 # effect: trust.petra +4 # effect: clienttevredenheid +0.1
+ [Het portaal stopzetten]
    Weer iets dat begon en niet afkwam, zegt iemand op de gang. # effect: verandermoeheid +3 # effect: trust.petra -3
- -> END

=== rvt_wil_sneller ===
# src: 000:L804-826; 000:L1000-1014
Herman belt op zondagavond.
De marge blijft achter. De raad wil dat u sneller bespaart. # speaker: herman
{ test("flag.rvt_besparing_beloofd"):
    U heeft het zelf beloofd, in de vergadering. Ik heb het genotuleerd. # speaker: herman
}
+ [Volhouden: besparing komt uit betere zorg, niet uit snijden]
    Ik geef u nog één kwartaal. Dan wil ik het terugzien. # speaker: herman # flag: koers_gehouden # effect: trust.herman -5 # effect: vertrouwen_rvt -3
+ [Een besparingsronde op de ondersteunende diensten aankondigen]
    De marge verbetert snel. Op de vloer gaat het woord "bezuiniging" rond. # effect: resultaat +0.4 lag 1 # effect: draagvlak -6 # effect: verandermoeheid +6 # effect: trust.herman +5 # effect: vertrouwen_rvt +4
+ [Een open boek: Ingrid legt maandelijks de cijfers en de route naast elkaar]
    Ingrid en Herman spreken voortaan elke maand. Het wantrouwen zakt een stukje. # effect: trust.herman +2 # effect: trust.ingrid +3 # effect: vertrouwen_rvt +2
- -> END

=== or_baangarantie ===
# src: 002:L5382-5386; 000:L804-826; 000:L629-633
Mohamed komt met de hele OR. Op tafel ligt een A4 met één vraag: krijgen medewerkers een baangarantie?
Over de reorganisatie moet u ons om advies vragen. Zonder garantie wordt dat advies negatief. Mensen zijn bang, en bange mensen veranderen niet. # speaker: mohamed
+ [Een baangarantie geven voor de duur van het traject]
    Afgesproken. Niemand wordt gedwongen ontslagen zolang dit traject loopt. # flag: baangarantie_beloofd # effect: trust.mohamed +12 # effect: draagvlak +4
    Dan krijgt u een positief advies. En ons geheugen. # speaker: mohamed
+ [Geen garantie, wel van werk naar werk en scholing]
    Mohamed overlegt kort met de OR.
    Dat is minder, maar eerlijk. We gaan akkoord. # speaker: mohamed # flag: van_werk_naar_werk # effect: trust.mohamed +6 # effect: budget -20
+ [Weigeren: de organisatie moet wendbaar blijven]
    De OR laat zich extern adviseren voordat hij zijn advies geeft. Het traject loopt een kwartaal vertraging op. # effect: trust.mohamed -10 # effect: draagvlak -4 # effect: verandermoeheid +3
- -> END

=== rapportage_conflict ===
# src: 000:L1000-1052
Uw coach vraagt om een gesprek onder vier ogen. Het kwartaalformat wil vooral cijfers over kosten.
Zo voelt het voor de teams alsof het uiteindelijk alleen om bezuinigen gaat. Wat we echt bereiken, past niet in de vakjes.
+ [De coach steunen: we rapporteren ook in verhalen, naast de cijfers]
    De volgende rapportage heeft vier perspectieven en twee filmpjes van de vloer. Herman belt met vragen. # effect: draagvlak +3 # effect: trust.herman -2
+ [Vasthouden aan het format: afspraak is afspraak]
    De coach levert in. Op de vloer zakt de energie een beetje weg. # effect: draagvlak -3 # effect: trust.herman +2
- -> END

=== kees_aanbod ===
# src: 003:L950-955; 002:L2975-3010
Kees belt op een vrijdagmiddag. Een thuiszorgorganisatie in de volgende gemeente zoekt een regiomanager. Ze hebben hem gebeld, niet andersom.
{ test("flag.kees_vaag"):
    U zei dat er voor mij weinig veranderde. Maar ik lees de plannen ook. Ik wil weten waar ik aan toe ben. # speaker: kees
- else:
    Ik zit al een jaar in de wachtkamer. Niemand zegt wat er met mijn functie gebeurt. # speaker: kees
}
+ [Hem nu de rol van teamcoach aanbieden, met een opleiding erbij]
    Kees is even stil. # flag: kees_teamcoach # unflag: kees_vaag # effect: trust.kees +10 # effect: budget -20
    Als u het meent, blijf ik. Maar dan wil ik het op papier. # speaker: kees
+ [Eerlijk zeggen dat zijn functie verdwijnt, en hem helpen bij de overstap]
    Dank voor de eerlijkheid. Ik neem de baan. Mijn wijken draag ik netjes over. # speaker: kees # flag: kees_vertrokken # effect: trust.kees +3 # effect: draagvlak -2
    In Noord vragen cliënten de weken erna wie nu hun vaste aanspreekpunt is.
+ [Hem vragen te blijven zonder iets toe te zeggen]
    Dan weet ik genoeg. # speaker: kees # flag: kees_vertrokken # effect: trust.kees -10 # effect: draagvlak -4 # effect: borging -3
    Kees tekent een maand later bij de buren.
- -> END

=== ozturk_wacht ===
# src: 002:L344-372; 003:L270-276
Meneer Öztürk mag na zes weken revalidatie naar huis. Maar de wijkverpleging heeft pas over een maand plek, en de Wmo-hulp moet nog worden aangevraagd.
Linda belt u.
Zijn dochter heeft mij gebeld. Hij zit al drie dagen klaar met zijn jas aan. # speaker: linda
En zo gaat het nu bij bijna iedereen die uit de revalidatie komt. # speaker: linda
+ [Linda voorstellen om meneer Öztürk als eerste samen op te pakken: één plan, één aanspreekpunt]
    { test("trust.linda >= 50"):
        Linda regelt binnen een week een keukentafelgesprek met de wijkverpleegkundige erbij. # flag: wijkpilot_afgesproken # effect: trust.linda +5 # effect: wachttijd -3
        Zo zou het altijd moeten. # speaker: linda
    - else:
        Linda wil wel, maar de gemeente kent Het Baken nog niet als partner. # effect: trust.linda +3
        Het duurt drie weken. # speaker: linda
    }
+ [Hem met voorrang inplannen; het team vangt het op]
    Meneer Öztürk is thuis. Het team rijdt er 's avonds nog even langs, bovenop de gewone route. # effect: werkdruk +0.1 # effect: clienttevredenheid +0.05
+ [Hem laten wachten: er zijn meer mensen die wachten]
    Zijn dochter neemt zorgverlof. Twee weken later staat het op de Facebookpagina van de wijk. # effect: reputatie -2 # effect: trust.linda -3
- -> END

=== bakker_alleen ===
# src: 002:L2975-3010; 002:L322-329
Meneer Bakker heeft deze maand elf verschillende zorgverleners gezien. Hij zegt dat hij niet klaagt.
Hij vraagt wel aan iedereen die komt of ze nog even kunnen blijven. Niemand kan.
{ test("bought.beeldbellen"):
    Op de tablet staat het nummer van zijn kleindochter. Hij weet niet meer hoe het werkt.
}
+ [Vragen of er een vaste wijkverpleegkundige voor hem kan komen, ook als het rooster dat lastig maakt]
    Het rooster wordt een puzzel. Na een maand kent hij drie gezichten bij naam. # effect: werkdruk +0.05 # effect: kwaliteit_van_leven +0.05 # effect: trust.kees +2
+ {test("bought.vrijwilligers")} [Een vrijwilliger koppelen voor een wekelijks bezoek]
    Een gepensioneerde buschauffeur komt elke donderdag. Ze praten over de haven. Meneer Bakker zet er koffie voor. # effect: kwaliteit_van_leven +0.1
+ [Het laten zoals het is: de zorg zelf is in orde]
    De zorg is in orde. Meneer Bakker zegt dat hij niet klaagt. # effect: clienttevredenheid -0.05
- -> END

=== vrijwilliger_rugzak ===
# src: 002:L5792-5795; 000:L629-633
Het aantal vrijwilligers is in een half jaar bijna verdubbeld. Op Het Anker helpt een vrijwilliger bij het eten, maar hij raakt zelf steeds in de war en belt 's avonds de afdeling.
Een verzorgende zegt bij de koffie: Straks doen zij ons werk, en wij hun begeleiding. # speaker: ans
+ [Een vrijwilligerscoördinator aanstellen die begeleidt en afspraken maakt over taken]
    Vrijwilligers doen voortaan de lichtere taken, met een vaste contactpersoon. De professionals houden de zorg. # effect: budget -25 # effect: werkdruk -0.1 # effect: trust.mohamed +3
+ [Met de OR vastleggen welke taken nooit naar vrijwilligers gaan]
    Mohamed leest het lijstje twee keer. # effect: trust.mohamed +5 # effect: draagvlak +2
    Hier kan ik mee naar de achterban. # speaker: mohamed
+ [Het aan de teams overlaten]
    De teams doen hun best. Een paar vrijwilligers haken af, en een paar collega's ook een beetje. # effect: werkdruk +0.1 # effect: draagvlak -2
- -> END

=== verhuizing_meerkoet ===
# src: 002:L506-509; 000:L648-649
De verhuiswagens staan voor De Meerkoet. Veertig bewoners gaan naar Lindehof en Het Anker, in drie weken tijd.
Mijn moeder loopt 's avonds door de nieuwe gang en zoekt de deur van haar oude kamer. Elke avond. # speaker: petra
{ test("trust.ruud >= 40 and not flag.ruud_vertrokken"):
    Ruud regelt de laatste weken alles, tot de fotolijstjes aan toe.
    Het is mijn afscheid. Dat wil ik goed doen. # speaker: ruud
}
+ [Elke bewoner een vertrouwd gezicht van De Meerkoet meegeven naar de nieuwe locatie]
    {test("flag.ans_ziek"):Een vaste collega van Ans gaat mee naar Het Anker, tot Ans terug is. De eerste weken is ze er elke ochtend als mevrouw Jansen wakker wordt.|Ans verhuist mee naar Het Anker. De eerste weken is ze er elke ochtend als mevrouw Jansen wakker wordt.} # effect: kwaliteit_van_leven +0.1 # effect: trust.petra +5 # effect: trust.ans +4 # effect: werkdruk +0.1
+ [Zo snel mogelijk afronden: de kosten van het lege gebouw lopen door]
    De verhuizing is in twee weken klaar. Drie bewoners worden de maand erna opgenomen in het ziekenhuis. # effect: kwaliteit_van_leven -0.1 # effect: incidenten +0.2 # effect: trust.truus -4 # effect: reputatie -2
- -> END

=== restaurant_open ===
# src: 002:L1430-1432; 002:L1487-1491
In de benedenruimte van de nieuwe appartementen op Lindehof gaat een restaurant open, voor bewoners en voor de buurt.
De eerste week zitten er vooral medewerkers. De tweede week komt de buurt. Een mevrouw uit de flat ernaast reserveert voor haar verjaardag.
+ [Buurt en vrijwilligers erbij betrekken: het moet een ontmoetingsplek worden]
    Op donderdag is er een pianomiddag. De helft van de gasten woont niet bij Het Baken. # effect: reputatie +3 # effect: kwaliteit_van_leven +0.1 # effect: resultaat +0.05
+ [Het vooral als inkomstenbron runnen]
    De omzet is het eerste jaar zo'n tachtigduizend euro. Bewoners vinden het wat duur. # effect: resultaat +0.1 # effect: clienttevredenheid -0.05
- -> END

=== gemeente_pakt_besparing ===
# src: 003:L871-874; 000:L1093-1096; 002:L344-355
Ingrid legt een grafiek neer. De wachttijd in Zuid is gehalveerd, de opnames dalen. En de besparing?
Die zit bij de gemeente, en een stuk bij het zorgkantoor. Wij hebben de kosten, zij de baten. Wie pakt de besparing? Niet wij. # speaker: ingrid
+ [Met Linda een gezamenlijk budget voor de wijkteams afspreken]
    { test("trust.linda >= 55"):
        Linda neemt het mee naar de wethouder. # effect: resultaat +0.1 lag 1 # effect: trust.linda +3 # effect: trust.ingrid +3
        Een deel van de besparing gaat terug naar de wijkteams, op papier. # speaker: linda
    - else:
        Linda begrijpt het, maar de gemeente heeft zelf tekorten. # effect: trust.ingrid +1
        Volgend jaar misschien. # speaker: linda
    }
+ [Het accepteren: we doen het voor de cliënten, niet voor de marge]
    Ingrid schrijft het in de kwartaalrapportage: maatschappelijke winst, geen financiële. Herman leest het twee keer. # effect: trust.herman -2 # effect: reputatie +2
- -> END

=== bekende_weg ===
# src: 002:L1148-1159
De teams hebben met bijna alle cliënten het goede gesprek gevoerd. De uitkomst verrast hen.
De meeste bewoners willen het gewoon houden zoals het is. Eentje wil zelf koken, eentje wil 's nachts lopen. Was dit nou alles? # speaker: ans
+ [Uitleggen dat eigen regie juist in die kleine dingen zit]
    Ans denkt na. # effect: trust.ans +3 # effect: eigen_regie +2
    Zelf je brood smeren. Je eigen trui kiezen. Ja, dat is niet niks. # speaker: ans
+ [De teams vragen om de bijzondere wensen echt waar te maken, ook als het risico geeft]
    Eén bewoner kookt op vrijdag zelf, met een verzorgende ernaast. Het ruikt de hele gang naar uien. # flag: risico_afgewogen # effect: kwaliteit_van_leven +0.1 # effect: incidenten +0.05
+ [Het gesprek voortaan alleen houden bij nieuwe cliënten]
    Het scheelt tijd. De vraag wordt weer een formulier. # effect: eigen_regie -2 # effect: werkdruk -0.05
- -> END

=== ecd_kinderziekten ===
# src: 002:L3445-3450; 003:L483-493
De koppeling tussen ECD en rooster draait. Maar op Het Anker verschijnen diensten dubbel, en op {test("bought.locatie_sluiten >= 2"):Lindehof|De Meerkoet} valt de wifi op de tweede verdieping weg.
Een verzorgende heeft weer een papieren lijst gemaakt. Voor de zekerheid, zegt ze.
{ test("flag.dennis_aan_tafel"):
    Dennis had het zien aankomen.
    Hij heeft de leverancier al gebeld, met de afspraken uit het contract erbij. # speaker: dennis
}
+ [De digicoaches een maand extra op de locaties zetten]
    De papieren lijsten verdwijnen weer, één voor één. # effect: budget -20 # effect: werkdruk -0.1 # effect: trust.dennis +3
+ [De leverancier aan de afspraken houden en niets extra doen]
    { test("flag.dennis_aan_tafel"):
        De leverancier lost het binnen twee weken op, op eigen kosten. # effect: trust.dennis +4
    - else:
        Er blijkt geen afspraak over storingen te zijn. Het duurt twee maanden. # effect: werkdruk +0.2 # effect: draagvlak -2
    }
- -> END

=== teams_lopen_vast ===
# src: 002:L2839-2846; 002:L3163-3169; 002:L2183-2189
Drie teams in de thuiszorg hebben hun rooster voor volgende maand nog niet rond. Niemand durft een nieuwe collega aan te nemen; niemand heeft ooit geleerd een sollicitatiegesprek te voeren. # effect: verzuim +0.4 # effect: verloop +1 # effect: werkdruk +0.2
Vroeger deed Kees dit. Nu doen we het met z'n twaalven, 's avonds, via de app. # speaker: ans
+ [Teamcoaches inhuren die de teams leren plannen en selecteren]
    Een kwartaal lang schuift er een coach aan bij elk teamoverleg. Het eerste rooster is lelijk, het tweede al beter. # effect: budget -50 # effect: verzuim -0.2 lag 1 # effect: werkdruk -0.2 lag 1 # effect: trust.ans +4 # effect: trust.kees +4
+ [Volhouden: de teams moeten het zelf leren]
    Sommige teams leren het. Andere niet, en daar vertrekken de eersten. # effect: verzuim +0.4 # effect: verloop +1 # effect: trust.ans -5 # effect: draagvlak -4
+ [Een paar oud-leidinggevenden tijdelijk terughalen]
    De roosters zijn weer rond. De teams voelen zich een beetje teruggezet. # effect: budget -30 # effect: werkdruk -0.2 # effect: overhead +0.3 # effect: draagvlak -2
- -> END

=== teams_vinden_draai ===
# src: 002:L2839-2846; 002:L2140-2180
In het kwartaaloverleg presenteert een team uit Oost zijn eigen cijfers. Minder overleg, een eigen rooster, en twee nieuwe collega's die ze zelf hebben gekozen.
Het was eerst chaos. Nu zou ik niet meer terug willen. # speaker: sanne
+ [Het team zijn verhaal laten vertellen aan de andere teams]
    Op de bijeenkomst vragen andere teams hoe ze het aanpakten. Een paar nemen het rooster van Oost over. # effect: verzuim -0.6 lag 1 ramp 2 # effect: medewerkertevredenheid +0.3 # effect: werkdruk -0.2 lag 1 # effect: draagvlak +4 # effect: trust.sanne +3
+ [Het goede nieuws in de kwartaalrapportage aan de RvT zetten]
    Herman leest het met genoegen. Op de vloer merkt niemand er iets van. # effect: trust.herman +4 # effect: verzuim -0.3 lag 1
- -> END

=== vloer_pakt_plan_op ===
# src: 001:L1004-1012; 004:L2224-2227; 000:L403-404
Sanne staat in de deuropening van uw kamer, met het geëiste plan van aanpak onder haar arm. Er staan vooral handtekeningen van de staf onder.
Als de inspectie terugkomt, kijkt ze naar de vloer, niet naar dit papier. Geef mij en twee collega's een uur per week per team. Dan bespreken we elke melding en zetten we de zorgplannen samen met de families bij. # speaker: sanne
+ [Haar de ruimte geven: het kost de begroting niets extra]
    Elke dinsdag zitten de teams een uur bij elkaar. Niet wie het deed, maar wat we ervan leren. De zorgplannen komen een voor een op tafel. # flag: leren_van_incidenten # effect: trust.sanne +6 # effect: werkdruk +0.1 # effect: incidenten -0.4 ramp 2 # effect: zorgplannen_actueel +10 ramp 2
+ [Nee: het plan van aanpak is een zaak van de staf, de teams hebben hun handen vol]
    Sanne knikt en gaat. # effect: trust.sanne -6 # effect: draagvlak -2
    Dan hoop ik dat het papier het houdt. # speaker: sanne
- -> END
