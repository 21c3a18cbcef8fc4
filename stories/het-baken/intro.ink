// Intro: de eerste dag van de nieuwe bestuurder.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== welkom ===
# src: 002:L114-143; 000:L173-183
Maandagochtend, half acht. Het hoofdkantoor van Zorggroep Het Baken ruikt naar verse koffie en nieuwe vloerbedekking.
U bent sinds vandaag de bestuurder. Drie verpleeghuizen, thuiszorg in vier wijken, zo'n 1.450 cliënten en 1.100 medewerkers.
Op uw bureau ligt het kwartaaldashboard. Verzuim 7,1 procent. Cliënten geven een 7,1. Zorgplannen: op orde. Marge: net zwart.
Het ziet er keurig uit. Misschien iets te keurig.
Welkom. De raad van toezicht verwacht veel van u. Ik ook, eerlijk gezegd. # speaker: herman
We willen dit jaar zwarte cijfers, en een plan dat over vijf jaar nog staat. # speaker: herman
Het Baken kan meedoen aan het landelijke programma In voor zorg! Dat betekent een coach, een scan, een plan van aanpak en anderhalf jaar begeleiding.
Maar het is vrijwillig, niet vrijblijvend. Wie tekent, tekent persoonlijk.
+ [Eerst rondkijken voordat u iets belooft]
    Verstandig. Maar wacht niet te lang. Stilstand kost ook geld. # speaker: herman # effect: trust.herman +2
+ [Zeggen dat u de cijfers niet op voorhand gelooft]
    Herman trekt een wenkbrauw op.
    Dan wil ik graag zien wat u wél gelooft. Met onderbouwing. # speaker: herman
+ [Beloven dat u de marge snel verbetert]
    Dat hoor ik graag. Ik houd u eraan. # speaker: herman # effect: trust.herman +4 # flag: snelle_marge_beloofd
- Buiten rijdt een thuiszorgauto het parkeerterrein af. Ergens in de wijk wacht meneer Bakker al op zijn ochtendzorg.
Op De Meerkoet vraagt niemand aan mevrouw Jansen of ze koffie of thee wil.
Uw traject begint nu.
-> END
