// Scan van Zorggroep Het Baken: één knot per scanbron (zie scan.yaml).
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

// ---------------------------------------------------------------- interviews

=== interview_ruud ===
# src: 000:L890-896; 000:L928-931
Ruud ontvangt u in zijn kantoor op de eerste verdieping. Op de deur hangt een bordje: "Locatiemanagement".
Welkom op De Meerkoet. Hier draait het, hoor. Mijn mensen werken keihard. # speaker: ruud
+ [Vragen hoe De Meerkoet georganiseerd is]
    Ik heb drie afdelingshoofden, een zorgcoördinator, een eigen planner en een kwaliteitsmedewerker. # speaker: ruud
    Zo houd ik overzicht. Bij Lindehof doen ze het met de helft, maar daar zie je ook wat ervan komt. # speaker: ruud
    U telt in gedachten mee. Geen andere locatie heeft zoveel lagen tussen de bestuurder en het bed. # reveal: managementlaag_meerkoet
+ [Vragen naar medicatie en incidenten]
    { test("trust.ruud >= 60 or fact.medicatie_incidenten_verzwegen"):
        Ruud kijkt lang naar zijn handen. # effect: trust.ruud +5
        Goed. Er gaat weleens iets mis met de medicatie. Vaker dan er op papier staat. # speaker: ruud # reveal: medicatie_incidenten_verzwegen
        Ik wilde mijn team beschermen. Elke melding werd een verhoor. # speaker: ruud
    - else:
        Alles wat gemeld moet worden, wordt gemeld. Daar hoeft u zich geen zorgen over te maken. # speaker: ruud
        Het antwoord komt iets te snel. U noteert het.
    }
+ [Luisteren naar zijn zorgen]
    Ze hebben hier al drie reorganisaties gehad. Elke keer kwam er iemand van kantoor die het beter wist. # speaker: ruud # effect: trust.ruud +8
    Mijn mensen zijn moe. Ik heb de ziekmeldingen een tijdje laten liggen, eerlijk gezegd. Er was geen tijd voor. # speaker: ruud
    { test("trust.ruud >= 42"):
        Die achterstand in de verzuimregistratie is groter dan hij laat klinken. # reveal: verzuim_onderregistratie
    }
- Ruud loopt met u mee naar de deur.
Komt u gerust nog eens langs. Maar dan graag aangekondigd. # speaker: ruud
-> END

=== interview_ans ===
# src: 002:L2620-2624; 002:L1668-1672; 000:L563-568
Ans heeft tien minuten, zegt ze, want mevrouw Jansen moet zo naar de wc.
Als u komt vertellen dat we cliëntgericht moeten werken: dat doen we toch al. # speaker: ans
+ [Beamen dat zij het vak kent, en vragen wat haar dwarszit]
    Wat me dwarszit? De map. # speaker: ans # effect: trust.ans +8
    Voor alles is een protocol. Voor de overdracht, voor het douchen, voor de koffiekar. # speaker: ans
    De helft hebben we zelf bedacht, hoor. Na een incident kwam er steeds weer een regel bij. # speaker: ans # reveal: tweehonderd_regels
+ [Uitleggen waarom het anders moet]
    Ans luistert beleefd en kijkt op de klok. # effect: trust.ans -3
    Weer iets extra's dus. Ik hoor het wel als het op het rooster staat. # speaker: ans
- 
+ [Vragen naar haar collega's]
    { test("trust.ans >= 45"):
        Van de vaste ploeg zit een kwart thuis. Niet alles staat in het systeem, Ruud is er niet aan toegekomen. # speaker: ans # reveal: verzuim_onderregistratie
    - else:
        Het gaat wel. We vangen elkaar op. Dat doen we altijd. # speaker: ans
    }
+ [Vragen naar de medicatieronde]
    { test("trust.ans >= 48"):
        Ans doet de deur dicht. # effect: trust.ans +3
        Vorige maand kreeg een bewoner de pillen van haar buurvrouw. Het is niet gemeld. Ruud wil geen gedoe met kantoor. # speaker: ans # reveal: medicatie_incidenten_verzwegen
        Ik heb het niet van mij, hè. # speaker: ans
    - else:
        Die loopt. We tekenen alles af. # speaker: ans
    }
+ [Haar laten gaan; mevrouw Jansen wacht]
    Ans knikt, iets milder. # effect: trust.ans +2
    Fijn dat u dat ziet. # speaker: ans
- -> END

=== interview_sanne ===
# src: 003:L819-833; 001:L684-686; 003:L938-943
Sanne heeft een lijstje meegenomen. Op haar telefoon.
Ik werk graag hier. Maar ik schrijf meer dan ik zorg. # speaker: sanne
Na mijn dienst werk ik zorgplannen bij, vaak thuis. Dat telt niemand. # speaker: sanne # reveal: administratie_slokt_tijd
+ [Vragen wat ze zelf zou veranderen]
    Wij, een stuk of tien jongeren op Lindehof en Het Anker, hebben een appgroep met ideeën. # speaker: sanne # effect: trust.sanne +6
    Beeldbellen met familie, een kortere overdracht, een sensor in plaats van elk uur kijken. Niemand heeft het ooit gevraagd. # speaker: sanne # reveal: jonge_ambassadeurs
+ [Vragen naar de techniek]
    Op De Meerkoet kun je nergens inloggen. Geen wifi. Dus schrijven ze op papier en typen het later over. # speaker: sanne # reveal: geen_wifi_ecd_los
    En het rooster zit in een ander systeem dan het ECD. Ik heb een eigen Excel om bij te houden wie wat weet. # speaker: sanne
+ [Vragen of ze blijft]
    Sanne aarzelt. # effect: trust.sanne +3
    Het ziekenhuis belt elk halfjaar. Als er hier niets verandert, zeg ik een keer ja. # speaker: sanne
- Ze stuurt u na afloop haar lijstje door.
-> END

=== interview_kees ===
# src: 002:L2967-3010; 000:L530-531; 000:L928-931
Kees zit in zijn auto op de parkeerplaats. Hij heeft om half vier weer een cliënt.
Weet u wat meneer Bakker laatst zei? Ik heb deze maand twaalf verschillende gezichten gezien. Twaalf. # speaker: kees # reveal: thuiszorg_twaalf_gezichten
Mijn mensen tikken elke handeling in minuten aan. Ze voelen zich een stopwatch. # speaker: kees
+ [Vragen naar de kosten van de thuiszorg]
    De reistijd wordt niet betaald, de registratie kost ons een uur per dag per wijkteam. # speaker: kees # reveal: thuiszorg_verlieslatend
    Op kantoor noemen ze ons efficiënt. Het is vooral snel. # speaker: kees
+ [Vragen hoe hij aankijkt tegen zelforganisatie]
    Kees is even stil.
    Dan ben ik overbodig, toch? # speaker: kees
    Ik wil best teamcoach worden. Maar niet als dat een woord is voor ontslag over een jaar. # speaker: kees # effect: trust.kees +4
+ [Vragen hoe het bij de andere teamleiders zit]
    Wij hebben zestig man per teamleider. Op De Meerkoet zit er tussen Ruud en de vloer nog een hele laag. # speaker: kees # reveal: managementlaag_meerkoet
    Dat zeg ik niet hardop in het MT, trouwens. # speaker: kees # effect: trust.kees +3
- Kees start de motor. # effect: trust.kees +3
Bedankt dat u het mij vroeg. Dat gebeurt niet vaak. # speaker: kees
-> END

=== interview_mohamed ===
# src: 002:L5382-5386; 000:L804-826
Mohamed heeft de notulen van de laatste drie OR-vergaderingen bij zich.
De OR wil meedenken. Maar we hebben eerder reorganisaties gezien die vooral over bezuinigen gingen. # speaker: mohamed
+ [Vragen wat de OR ziet dat het bestuur niet ziet]
    De arbodienst rapporteert ons ander verzuim dan uw dashboard. Op De Meerkoet ligt het boven de tien procent. # speaker: mohamed # reveal: verzuim_onderregistratie # effect: trust.mohamed +5
+ [Vragen naar de jonge medewerkers]
    Er is een groep jongeren die wil. Ze komen naar onze spreekuren met ideeën, niet met klachten. # speaker: mohamed # reveal: jonge_ambassadeurs
    Geef ze ruimte, anders zijn ze weg. # speaker: mohamed # effect: trust.mohamed +3
+ [Direct vragen wat de OR nodig heeft voor een positief advies]
    Persoonlijk leiderschap, voor iedereen, ook voor managers. En duidelijkheid over banen. # speaker: mohamed
    Hij schuift een A4'tje over tafel. Links hoe het was, rechts hoe het moet worden.
- Mohamed staat op.
We houden u aan uw woord. Dat doen we bij iedereen. # speaker: mohamed
-> END

=== interview_truus ===
# src: 002:L2379-2383; 001:L862-866
Truus schenkt zelf thee in, in de kamer van de cliëntenraad op Lindehof.
Wij zijn niet tegen vernieuwing. Maar als het woord "vernieuwing" valt, horen bewoners vaak "bezuiniging". # speaker: truus
+ [Vragen naar families]
    Families krijgen te horen wat er besloten is, niet wat er besproken wordt. # speaker: truus
    Op De Meerkoet voelen ze zich bezoekers. Ze weten vaak niet eens wie de EVV'er is. # speaker: truus # reveal: families_niet_welkom # effect: trust.truus +4
+ [Vragen hoe de cliëntenraad betrokken wil worden]
    Vooraf, niet achteraf. En in gewone mensentaal, alstublieft. # speaker: truus # effect: trust.truus +5
+ [Haar geruststellen dat er niet bezuinigd wordt]
    Truus glimlacht beleefd. # effect: trust.truus -2
    Dat zei uw voorganger ook. # speaker: truus
- Komt u eens op een bewonersavond. Dan hoort u het zelf. # speaker: truus
-> END

=== interview_petra ===
# src: 001:L862-866; 000:L890-896
Petra heeft haar jas aangehouden. Ze komt net bij haar moeder vandaan.
Mijn moeder wil 's ochtends thee, geen koffie. Dat staat al twee jaar in haar plan. Ze krijgt koffie. # speaker: petra
+ [Luisteren zonder te verdedigen]
    Ik wil geen klager zijn. Ik wil meedoen. Maar ik hoor alles als laatste. # speaker: petra # effect: trust.petra +8 # reveal: families_niet_welkom
    { test("trust.petra >= 35"):
        In maart kreeg ze de verkeerde pillen. Ze was twee dagen suf. Niemand heeft er een formulier voor ingevuld, dat weet ik zeker. # speaker: petra # reveal: medicatie_incidenten_verzwegen
    }
+ [Uitleggen hoe druk het personeel het heeft]
    Dat weet ik. Daarom wil ik juist helpen. # speaker: petra # effect: trust.petra -3
    Petra pakt haar tas. Het gesprek is eerder voorbij dan gepland.
- -> END

=== interview_ingrid ===
# src: 003:L871-874; 000:L644-649
Ingrid heeft de cijfers per kostenplaats uitgeprint. Ze praat snel en precies.
De marge is 0,8 procent. Dat klinkt als zwart, maar het is grijs. Eén slecht kwartaal en we staan rood. # speaker: ingrid
+ [Vragen waar het geld weglekt]
    De thuiszorg. Reistijd die niet betaald wordt en een registratie die meer kost dan hij oplevert. # speaker: ingrid # reveal: thuiszorg_verlieslatend
+ [Vragen naar de overhead per locatie]
    Gemiddeld veertien procent. Maar De Meerkoet zit op negentien. Daar zit een laag die nergens anders zit. # speaker: ingrid # reveal: managementlaag_meerkoet
- Nog één ding. Als u straks iets wilt investeren: vraag altijd wie de besparing pakt. Vaak is dat niet Het Baken. # speaker: ingrid # effect: trust.ingrid +4
-> END

=== interview_dennis ===
# src: 003:L894-903; 003:L470-515
Dennis heeft een schema getekend met pijlen. Veel pijlen lopen dood.
Het ECD en het roostersysteem praten niet met elkaar. Alles gaat via Excel en overtypen. # speaker: dennis
En De Meerkoet heeft geen werkbare wifi. Het gebouw is van 1972, de muren zijn van beton. # speaker: dennis # reveal: geen_wifi_ecd_los
+ [Vragen naar de beeldbelpilot]
    Die staat in het jaarverslag als lopend. Er zijn twaalf tablets uitgedeeld. Ik zie drie accounts die ooit zijn ingelogd. # speaker: dennis # reveal: beeldbellen_pilot_stil
+ [Vragen wat hij nodig heeft]
    Dat ik vanaf dag één aan tafel zit. Niet pas als er al een leverancier is gekozen. # speaker: dennis # effect: trust.dennis +6
- Dennis vouwt het schema op en geeft het u.
Houd maar. Ik heb er nog tien. # speaker: dennis
-> END

// ---------------------------------------------------------------- data

=== data_verzuim ===
# src: 000:L644; 002:L3163-3169
U legt de cijfers van de arbodienst naast die van het HR-systeem.
Lindehof, Het Anker en de thuiszorg kloppen tot op een tiende. De Meerkoet niet.
Op De Meerkoet staan ziekmeldingen van weken geleden nog open, of ontbreken helemaal. Echt verzuim daar: 10,4 procent.
Voor heel Het Baken komt u uit op 8,2 procent, niet op de 7,1 van het dashboard. # reveal: verzuim_onderregistratie
-> END

=== data_clienttevredenheid ===
# src: 001:L3525-3533; 002:L2998-3001
Cliënten geven Het Baken gemiddeld een 7,1. Families een 6,8.
In de open antwoorden van families komt één zin steeds terug: "We horen het pas achteraf." # reveal: families_niet_welkom
Bij de thuiszorg schrijft iemand: "Elke dag een ander. Ik leg steeds opnieuw uit waar de handdoeken liggen." # reveal: thuiszorg_twaalf_gezichten
-> END

=== data_incidenten ===
# src: 000:L890-896; 003:L504-508
U zet de meldingen per locatie naast elkaar, gecorrigeerd voor het aantal bewoners.
Lindehof en Het Anker melden ongeveer vier medicatie-incidenten per maand. De Meerkoet, even groot, meldt er nul of één.
Dat is niet veilig, dat is stil. In de apotheekrapportage ziet u wel correcties voor De Meerkoet. # reveal: medicatie_incidenten_verzwegen
-> END

=== data_zorgplannen ===
# src: 002:L655-690; 002:L239-300
U laat veertig zorgleefplannen willekeurig trekken en leest ze met een verpleegkundige door.
Drieëntwintig zijn actueel, zeventien niet. Dat is 58 procent, niet de "op orde" uit het kwartaalverslag. # reveal: zorgplannen_verouderd
Het gemiddelde plan telt 34 pagina's. Een nieuw plan opstellen duurt ongeveer vier maanden.
Wat de cliënt zelf wil, staat er meestal op pagina 27. Als het er staat.
De verpleegkundige zucht. Dit schrijven kost ons een dag per week. # reveal: administratie_slokt_tijd
-> END

=== data_regelinventaris ===
# src: 000:L563-568; 002:L776-808
Met twee stagiaires telt u alle regels, protocollen, werkgroepen en vaste overleggen.
Het worden er 214. Zestig procent is ooit door een team zelf bedacht, meestal na één incident. # reveal: tweehonderd_regels
Er is een protocol voor het uitdelen van de post. Er zijn drie verschillende formulieren voor een valincident.
-> END

// ---------------------------------------------------------------- rondgang

=== rondgang_meerkoet ===
# src: 003:L894-903; 001:L862-866; 000:L890-896
U loopt een dag en een avond mee op De Meerkoet, zonder aankondiging vooraf.
Op de gang staan drie kantoren met naambordjes: afdelingshoofd, afdelingshoofd, zorgcoördinator. Op de afdeling zelf staan twee verzorgenden voor zestien bewoners. # reveal: managementlaag_meerkoet
Een verzorgende schrijft rapportages op de achterkant van een dienstlijst. Het ECD laadt niet: geen wifi op deze vleugel. # reveal: geen_wifi_ecd_los
+ [Bij de koffieronde blijven]
    Mevrouw Jansen krijgt koffie. Ze trekt een gezicht. Niemand vraagt het.
    Haar dochter Petra staat bij de deur te wachten tot iemand tijd heeft. Niemand heeft tijd. # reveal: families_niet_welkom
+ [Met het avondteam meelopen]
    Van de vijf op het rooster zijn er twee invallers. Twee vaste krachten zijn ziek, maar staan niet als ziek geregistreerd. # reveal: verzuim_onderregistratie
- Bij het weggaan zegt een verzorgende zacht: Fijn dat u er was. Echt. # effect: trust.ans +3
-> END
