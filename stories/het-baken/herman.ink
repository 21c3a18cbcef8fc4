// Herman Veldkamp, voorzitter raad van toezicht.
EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 50
=== function test(expr) ===
~ return false

// Goedkeuring van het plan van aanpak door de RvT.
// Leest plan.cost (k€, eigen bijdrage voor de coach), plan.goals (aantal doelen), plan.ambition (hoger = ambitieuzer),
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
{ kosten > 100:
    ~ bezwaren = bezwaren + 1
    Alleen de coach kost ons al {kosten} duizend euro aan eigen bijdrage. Wat blijft er over voor de rest als het tegenzit? # speaker: herman
- else:
    De eigen bijdrage voor de coach, {kosten} duizend euro, vind ik te overzien. # speaker: herman
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
* [Mijlpalen per kwartaal toezeggen]
    Ik rapporteer elk kwartaal op deze doelen, met een tussenevaluatie halverwege. Als het niet werkt, stuur ik bij. # effect: trust.herman +4
    ~ vertrouwen = vertrouwen + 4
    ~ bezwaren = bezwaren - 1
* [Uitleggen dat de besparing uit betere zorg komt]
    Kosten omlaag is snel en meetbaar, maar geeft kramp. Als we de zorg beter organiseren, volgt de besparing. Later, maar blijvend.
    { vertrouwen >= 55:
        Herman tikt met zijn potlood. Later. Hoeveel later? Goed, ik geef u het voordeel van de twijfel. # speaker: herman # effect: trust.herman +2
        ~ bezwaren = bezwaren - 1
    - else:
        Dat klinkt mooi. Bij de bank heette dat een verhaal zonder kasstroom. # speaker: herman # effect: trust.herman -2
    }
* [Een besparing toezeggen in het eerste jaar]
    Ik beloof u een betere marge binnen vier kwartalen, wat er ook gebeurt. # flag: rvt_besparing_beloofd # effect: trust.herman +6
    ~ vertrouwen = vertrouwen + 6
    ~ bezwaren = bezwaren - 1
- { bezwaren <= 0 || vertrouwen >= 60:
    -> goedgekeurd
- else:
    -> afgewezen
}

= goedgekeurd
Herman kijkt de tafel rond. Niemand zegt iets. # speaker: herman
De raad keurt het plan goed. Ik verwacht elk kwartaal een eerlijk verhaal van u, ook als het tegenzit. # speaker: herman # effect: trust.herman +3 # outcome: approved
-> END

= afgewezen
Het spijt me. Zo kan ik dit niet verdedigen. Kom terug met een plan dat ik kan volgen. # speaker: herman # effect: trust.herman -3 # outcome: rejected
Scherper, goedkoper of met doelen die ik kan toetsen. U kiest. # speaker: herman
-> END

= tweede_ronde
Herman heeft uw herziene plan al gelezen voordat de vergadering begint.
U bent teruggekomen. Dat waardeer ik. # speaker: herman
{ get("plan.cost") > 100:
    Het blijft duur. Ik keur het goed, op voorwaarde dat u na de tussenevaluatie opnieuw naar de kosten kijkt. # speaker: herman # flag: rvt_voorwaarden
- else:
    Dit kan ik volgen. # speaker: herman
}
* [De voorwaarden aanvaarden]
    Afgesproken. U hoort het als het tegenzit, niet pas als het misgaat. # effect: trust.herman +3
* [Zeggen dat u ook ruimte nodig heeft om te leren]
    Herman knikt langzaam. Ruimte om te leren. Dan wil ik ook horen wat u geleerd heeft. # speaker: herman # effect: trust.herman +1
- De raad keurt het plan goed. # speaker: herman # outcome: approved
-> END

// Kwartaalgesprek met de voorzitter van de RvT (agenda).
=== kwartaalgesprek ===
# src: 000:L1000-1014; 001:L3360-3364
Herman belt. Hij wil even bijpraten, zegt hij. Een uur later zit hij in uw kamer.
{ test("resultaat < 0.5"):
    De marge zakt. De andere leden van de raad worden onrustig. Wat gaat u doen? # speaker: herman
- else:
    De cijfers houden zich goed. Maar ik wil weten wat eronder zit. # speaker: herman
}
{ test("flag.rvt_besparing_beloofd and resultaat < 1"):
    U beloofde een betere marge binnen een jaar. Ik zie hem nog niet. # speaker: herman # effect: trust.herman -3
}
* [Eerlijk vertellen wat tegenvalt]
    Herman luistert zonder te onderbreken. Dank u. Liever dit dan verrassingen in de krant. # speaker: herman # effect: trust.herman +5
* [Het verhaal van een team vertellen dat weer plezier heeft]
    { test("trust.herman >= 55"):
        Dat soort verhalen mag u vaker vertellen. Ook aan de rest van de raad. # speaker: herman # effect: trust.herman +3
    - else:
        Mooi verhaal. Maar ik moet het de raad in cijfers uitleggen. # speaker: herman # effect: trust.herman -1
    }
* [Een extra besparing aankondigen om hem gerust te stellen]
    Herman knikt tevreden. Op de vloer gaat het gerucht al snel rond: er komt weer een bezuiniging. # speaker: herman # effect: trust.herman +4 # effect: draagvlak -4 # effect: verandermoeheid +3
- Herman staat op. Volgende keer kom ik graag eens mee op een werkbezoek. # speaker: herman
-> END
