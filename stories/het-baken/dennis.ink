// Dennis Visser, ICT- en informatiemanager. Moet vanaf dag één aan tafel.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

=== gesprek ===
# src: 003:L894-903; 003:L773-776; 003:L938-943
{
- test("bought.ecd_koppeling"):
    Dennis laat trots een scherm zien. Het rooster en het ECD praten. Voor het eerst. # speaker: dennis
    De digicoaches lopen nu mee op de locaties. De olifantenpaadjes worden minder, niet weg. # speaker: dennis
- else:
    Dennis legt zijn schema weer neer. Zolang De Meerkoet geen wifi heeft, is elke app een papieren tijger. # speaker: dennis # reveal: geen_wifi_ecd_los
}
* [Dennis vanaf nu vast in het veranderteam]
    Dennis is even stil. Eindelijk. Dan zit ik aan tafel voordat er iets gekocht wordt. # speaker: dennis # flag: dennis_aan_tafel # effect: trust.dennis +8
* [Vragen wat de vloer van hem nodig heeft]
    { test("flag.sanne_dennis or flag.sanne_ambassadeur"):
        Sanne heeft me meegenomen naar de nachtdienst. Ik wist niet dat ze om drie uur 's nachts nog op papier schrijven. # speaker: dennis # effect: trust.dennis +4
    - else:
        Dat weet ik eerlijk gezegd niet. Ik kom er te weinig. # speaker: dennis # effect: trust.dennis +1
    }
* [Vragen naar de beeldbelpilot]
    Twaalf tablets, drie gebruikers. Niemand had bedacht wie de cliënt helpt als het niet werkt. # speaker: dennis # reveal: beeldbellen_pilot_stil
- -> END
