#!/usr/bin/env python3
"""Synthetic Medskapa data for the scale measurements (issue 10), as tab-separated COPY files.

    bench/gen_data.py OUT_DIR CASES [SEED] [CONTACTS]

Writes one file per table into OUT_DIR (municipality, municipality_settings, department, unit, category,
resident_account, cases, case_reference_counter, case_event, participation_support, participation_comment),
with explicit ids starting at 1, in COPY text format. Only the standard library; deterministic for a seed.

CONTACTS (default 0) residents join the contact bank (issue 8) of the largest municipality, the worst case for one
official's search: contact_district, contact_bank_settings, contact_consent_text and contact_member, with topics,
areas, ways, language and background spread as in bench/gen_data.py's CONTACT_* tables below; about 3 % withdrawn and
8 % with an expired consent. There are at least as many residents as contact-bank entries.

The largest municipality (Stockholm) gets 10 % of the cases, the other 289 a Zipf-like share by rank, so that
there is a long tail of small municipalities (as in Sweden). Titles and texts are built from word lists of a
few thousand Swedish words and phrases: compounds (first part x head), adjectives, verbs, places and streets,
so the full-text index sees a realistic spread of common and rare lexemes.
"""
import datetime
import os
import random
import sys

# The 290 municipalities, by county.
MUNICIPALITIES = """
Stockholm|Botkyrka|Danderyd|Ekerö|Haninge|Huddinge|Järfälla|Lidingö|Nacka|Norrtälje|Nykvarn|Nynäshamn|Salem|Sigtuna|
Sollentuna|Solna|Sundbyberg|Södertälje|Tyresö|Täby|Upplands Väsby|Upplands-Bro|Vallentuna|Vaxholm|Värmdö|Österåker|
Uppsala|Enköping|Heby|Håbo|Knivsta|Tierp|Älvkarleby|Östhammar|
Eskilstuna|Flen|Gnesta|Katrineholm|Nyköping|Oxelösund|Strängnäs|Trosa|Vingåker|
Linköping|Norrköping|Boxholm|Finspång|Kinda|Mjölby|Motala|Söderköping|Vadstena|Valdemarsvik|Ydre|Åtvidaberg|Ödeshög|
Jönköping|Aneby|Eksjö|Gislaved|Gnosjö|Habo|Mullsjö|Nässjö|Sävsjö|Tranås|Vaggeryd|Vetlanda|Värnamo|
Växjö|Alvesta|Lessebo|Ljungby|Markaryd|Tingsryd|Uppvidinge|Älmhult|
Kalmar|Borgholm|Emmaboda|Hultsfred|Högsby|Mönsterås|Mörbylånga|Nybro|Oskarshamn|Torsås|Vimmerby|Västervik|
Gotland|
Karlskrona|Karlshamn|Olofström|Ronneby|Sölvesborg|
Malmö|Helsingborg|Lund|Bjuv|Bromölla|Burlöv|Båstad|Eslöv|Hässleholm|Höganäs|Hörby|Höör|Klippan|Kristianstad|Kävlinge|
Landskrona|Lomma|Osby|Perstorp|Simrishamn|Sjöbo|Skurup|Staffanstorp|Svalöv|Svedala|Tomelilla|Trelleborg|Vellinge|
Ystad|Åstorp|Ängelholm|Örkelljunga|Östra Göinge|
Halmstad|Falkenberg|Hylte|Kungsbacka|Laholm|Varberg|
Göteborg|Ale|Alingsås|Bengtsfors|Bollebygd|Borås|Dals-Ed|Essunga|Falköping|Färgelanda|Grästorp|Gullspång|Götene|
Herrljunga|Hjo|Härryda|Karlsborg|Kungälv|Lerum|Lidköping|Lilla Edet|Lysekil|Mariestad|Mark|Mellerud|Munkedal|Mölndal|
Orust|Partille|Skara|Skövde|Sotenäs|Stenungsund|Strömstad|Svenljunga|Tanum|Tibro|Tidaholm|Tjörn|Tranemo|Trollhättan|
Töreboda|Uddevalla|Ulricehamn|Vara|Vårgårda|Vänersborg|Åmål|Öckerö|
Karlstad|Arvika|Eda|Filipstad|Forshaga|Grums|Hagfors|Hammarö|Kil|Kristinehamn|Munkfors|Storfors|Sunne|Säffle|Torsby|
Årjäng|
Örebro|Askersund|Degerfors|Hallsberg|Hällefors|Karlskoga|Kumla|Laxå|Lekeberg|Lindesberg|Ljusnarsberg|Nora|
Västerås|Arboga|Fagersta|Hallstahammar|Kungsör|Köping|Norberg|Sala|Skinnskatteberg|Surahammar|
Falun|Borlänge|Avesta|Gagnef|Hedemora|Leksand|Ludvika|Malung-Sälen|Mora|Orsa|Rättvik|Smedjebacken|Säter|Vansbro|
Älvdalen|
Gävle|Bollnäs|Hofors|Hudiksvall|Ljusdal|Nordanstig|Ockelbo|Ovanåker|Sandviken|Söderhamn|
Sundsvall|Härnösand|Kramfors|Sollefteå|Timrå|Ånge|Örnsköldsvik|
Östersund|Berg|Bräcke|Härjedalen|Krokom|Ragunda|Strömsund|Åre|
Umeå|Skellefteå|Bjurholm|Dorotea|Lycksele|Malå|Nordmaling|Norsjö|Robertsfors|Sorsele|Storuman|Vilhelmina|Vindeln|
Vännäs|Åsele|
Luleå|Piteå|Arjeplog|Arvidsjaur|Boden|Gällivare|Haparanda|Jokkmokk|Kalix|Kiruna|Pajala|Älvsbyn|Överkalix|
Övertorneå
"""
# The big ones first (they get the largest shares), then the rest in list order.
BIG = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Örebro", "Västerås", "Helsingborg", "Norrköping",
       "Jönköping", "Umeå", "Lund", "Borås", "Huddinge", "Eskilstuna", "Nacka", "Gävle", "Halmstad", "Södertälje",
       "Sundsvall", "Botkyrka", "Växjö", "Karlstad", "Haninge", "Kungsbacka", "Järfälla", "Solna", "Täby"]

DEPARTMENTS = {
    "Samhällsbyggnadsförvaltningen": ["Gata och park", "Trafik och parkering", "Bygglov", "Miljö och hälsoskydd",
                                      "Stadsplanering", "Vatten och avlopp", "Avfall och återvinning"],
    "Kultur- och fritidsförvaltningen": ["Bibliotek", "Idrott och friluftsliv", "Fritidsgårdar", "Kulturskolan",
                                         "Evenemang"],
    "Utbildningsförvaltningen": ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Skolskjuts"],
    "Socialförvaltningen": ["Äldreomsorg", "Funktionsstöd", "Individ- och familjeomsorg", "Hemtjänst"],
    "Kommunstyrelseförvaltningen": ["Kontaktcenter", "Näringsliv", "Kommunikation", "Säkerhet och beredskap"],
}
CATEGORIES = ["Gator och trafik", "Parker och grönområden", "Lekplatser", "Belysning", "Snöröjning och halka",
              "Kollektivtrafik", "Cykel och gång", "Skola och förskola", "Äldreomsorg", "Kultur och bibliotek",
              "Idrott och fritid", "Miljö och klimat", "Avfall och återvinning", "Vatten och avlopp", "Bygglov",
              "Trygghet", "Bemötande och service", "Övrigt"]

# Compounds: first parts x heads give a few thousand nouns ("cykelbana", "skolgårdens", "parkeringsplats").
FIRST = ("cykel gång buss tåg skol förskole park lek bad strand idrotts fotbolls simhalls bibliotek kultur "
         "fritids gatu trafik parkerings laddnings sop återvinnings vatten avlopps dag snö is halk belysnings "
         "gatlykte trottoar övergångs cirkulations hastighets buller miljö klimat träd blom gräs skogs natur "
         "promenad motions löp skid skate hund katt fågel fisk båt hamn brygg kaj torg centrum stads by "
         "bostads hyres äldre omsorgs hemtjänst vård hälso ungdoms barn familje förenings musik konst teater "
         "bio café restaurang handels butiks marknads turist camping grill rast toalett sitt bänk väder "
         "regn storm översvämnings dagvatten el energi sol vind fjärrvärme bredbands wifi mobil skylt "
         "informations kö bokning ansökans avgifts taxe skatte kommun region stations perrong hållplats "
         "pendel spårvagns färje broms säkerhets trygghets kamera larm brand räddnings polis väktar "
         "grann kvarters gård").split()
HEADS = ("bana banor väg vägar plats platser gård gårdar hall hallar område områden park parker anläggning "
         "anläggningar station stationer stig stigar led leder korsning korsningar belysning hållplats "
         "hållplatser tid tider kö köer avgift avgifter regler skylt skyltar bänk bänkar kärl lucka luckor "
         "container bil bilar buss bussar turer trafik fråga frågor verksamhet personal lokal lokaler miljö "
         "mark yta ytor entré brygga bryggor ramp ramper staket räcke räcken hus huset byggnad servering "
         "dag dagar kväll kvällar vecka säsong plan planer förslag projekt satsning grupp förening "
         "utbud program schema inventering underhåll renovering ombyggnad utbyggnad").split()
ADJECTIVES = ("trasig trasiga mörk mörka farlig farliga ny nya gammal gamla smutsig smutsiga bra dålig dåliga "
              "fin fina ful fula bred breda smal smala trygg trygga otrygg otrygga hal hala blöt blöta torr "
              "tyst tysta bullrig bullriga lång långa kort korta sen sena tidig tidiga hög höga låg låga "
              "öppen öppna stängd stängda tillgänglig tillgängliga otillgänglig populär populära tom tomma "
              "full fulla ren rena grön gröna vacker vackra lugn lugna stökig stökiga ojämn ojämna "
              "omkörd försenad försenade inställd inställda överfull överfulla nedskräpad nedskräpade "
              "igenvuxen igenvuxna översvämmad översvämmade isig isiga sliten slitna modern moderna "
              "barnvänlig barnvänliga hundvänlig hundvänliga").split()
VERBS = ("laga lagas lagades reparera repareras byta bytas städa städas röja röjas ploga plogas sanda sandas "
         "bygga byggas rusta rustas belysa öppna öppnas stänga stängas flytta flyttas utöka utökas minska "
         "minskas förbättra förbättras ordna ordnas satsa anlägga anläggas plantera planteras klippa klippas "
         "tömma tömmas sätta sättas ta bort tas bort måla målas asfaltera asfalteras skylta skyltas "
         "kontrollera kontrolleras undersöka undersökas ersätta ersättas förlänga förlängas sänka sänkas "
         "höja höjas informera informeras prioritera prioriteras åtgärda åtgärdas").split()
NAMES = ("Björk Ek Lind Alm Asp Hassel Rönn Lönn Gran Tall Sjö Berg Dal Strand Äng Skog Kvarn Smed Bruks Kyrk "
         "Skol Prästgårds Stor Lill Nor Sö Väster Öster Kungs Drottning Tegnér Linné Strindberg Lagerlöf "
         "Vasa Oden Tor Frej Freja Idun Balder Nyckel Lärk Svan Trast Fink Hägg Syren Ros Lilje Klöver "
         "Vallmo Blåbärs Lingon Hjortron Åker Mosse Kärr Hed Backe Kulle Udde Näs Vik Holme Ö Fors Å "
         "Bäck Källa Brunns Sten Klippe Grind Port Slotts Borg Gärde Tomt Hage Lund Torp Gård").split()
STREETS = "gatan vägen stigen gränd allén backen torget parken plan leden".split()
DISTRICTS = ("centrum hamnen stationsområdet södermalm norrmalm östermalm västerort söderort gamla stan "
             "industriområdet villaområdet skolområdet sjöstaden brukets by kyrkbyn älvstranden "
             "strandpromenaden torget resecentrum idrottsplatsen badplatsen").split()
TIMES = [
    "på morgonen", "på kvällen", "på natten", "i helgerna", "under vintern", "under sommaren", "efter skolan",
    "vid rusningstid", "hela dagen", "sedan i höstas", "sedan flera år", "varje vecka", "varje vinter",
    "efter snöfall", "efter regn", "under lovet", "i mörkret", "på lördagar", "under semestern", "i vår"]
PEOPLE = ["barnen", "äldre", "pendlare", "cyklister", "föräldrar med vagn", "rullstolsburna", "hundägare",
          "eleverna", "besökare", "grannarna", "turister", "ungdomarna", "personalen", "vi som bor här",
          "alla som går förbi", "de boende", "förskolebarnen", "seniorerna", "motionärerna", "föreningarna"]
OPENERS = ["Jag vill föreslå att", "Det vore bra om", "Kan kommunen se till att", "Vi i området önskar att",
           "Hej! Jag undrar om", "Jag vill klaga på att", "Stort tack för att", "Mitt förslag är att",
           "Som boende sedan många år tycker jag att", "Varför kan inte", "Jag har märkt att",
           "Vi föräldrar har pratat om att", "Det är dags att", "Snälla,", "Jag skriver för att"]
CLOSERS = ["Tack på förhand!", "Hoppas ni kan titta på det.", "Hör gärna av er.", "Det skulle göra stor skillnad.",
           "Många håller med mig.", "Det är ett problem för många.", "Vänliga hälsningar.",
           "Jag hoppas på snabb återkoppling.", "Det händer nästan varje dag.", "Fler än jag har reagerat."]
MESSAGES = ["Tack för ditt förslag! Vi har lämnat det vidare till {unit}.",
            "Vi har tittat på platsen och planerar åtgärder under {season}.",
            "Ärendet utreds just nu av {unit}. Vi återkommer när vi vet mer.",
            "Åtgärden är genomförd. Tack för att du hörde av dig!",
            "Vi har beslutat att inte gå vidare med förslaget eftersom budgeten inte räcker i år.",
            "Frågan har lämnats till {unit}, som ansvarar för {what}.",
            "Vi testar lösningen under {season} och utvärderar sedan."]
SEASONS = ["våren", "sommaren", "hösten", "vintern", "nästa år", "året"]
COMMENTS = ["Håller helt med!", "Samma problem här vid {place}.", "Bra förslag, det behövs verkligen.",
            "Jag tycker inte att det är så farligt, men visst kan det bli bättre.", "Äntligen någon som tar upp det här.",
            "Mina barn går där varje dag, snälla gör något.", "Har kommunen svarat?", "Stöder förslaget till hundra procent.",
            "Det var likadant förra vintern.", "Kan man inte även {verb} {noun} samtidigt?"]

KINDS = ["IDEA"] * 35 + ["PROPOSAL"] * 20 + ["COMPLAINT"] * 30 + ["PRAISE"] * 5 + ["QUESTION"] * 10
# (status, share): most cases are old and closed, a live queue of open ones.
STATUSES = [("RECEIVED", 3), ("WITH_UNIT", 8), ("INVESTIGATING", 6), ("PLANNED", 5), ("PILOTED", 2),
            ("IMPLEMENTED", 22), ("DECLINED", 14), ("FORWARDED", 5), ("ANSWERED", 28), ("WITHDRAWN", 4),
            ("MERGED", 3)]
CLOSED = {"IMPLEMENTED", "DECLINED", "FORWARDED", "ANSWERED", "MERGED", "WITHDRAWN"}
STATUS_POOL = [s for s, n in STATUSES for _ in range(n)]

ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-"})


def slug(name):
    # Håbo and Habo would both be "habo": the one with a ring spells it "aa", as Swedish addresses do.
    return name.lower().replace("å", "aa" if name == "Håbo" else "å").translate(ASCII)


class Out:
    """One COPY text file (or named pipe: a reader must open it, bench/generate.sh streams cases so). No value
    escaping: every generated text comes from the word lists above, which hold no tab, newline or backslash
    (checked once in main), and escaping each value was half of the generator's time."""

    def __init__(self, directory, table):
        self.f = open(os.path.join(directory, table + ".tsv"), "w", encoding="utf-8", buffering=1 << 20)

    def row(self, *values):
        self.f.write("\t".join(["\\N" if v is None else v if v.__class__ is str else str(v) for v in values]) + "\n")

    def close(self):
        self.f.close()


def main():
    out_dir, total = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 10)
    names = [n.strip() for n in MUNICIPALITIES.replace("\n", "").split("|") if n.strip()]
    assert len(names) == 290 and len(set(names)) == 290, len(names)
    order = BIG + [n for n in names if n not in BIG]

    # Shares: the largest 10 %, the rest Zipf-like (1/rank^0.9) over the other 289, at least 1 case each.
    weights = [1 / (rank ** 0.9) for rank in range(2, 291)]
    rest = total - total // 10
    counts = [total // 10] + [max(1, int(rest * w / sum(weights))) for w in weights]
    counts[1] += total - sum(counts)

    nouns = [f + h for f in FIRST for h in HEADS]
    streets = [n + s for n in NAMES for s in STREETS]
    rare = [f + h + "s" + h2 for f in FIRST[:40] for h in HEADS[:10] for h2 in HEADS[10:20]]

    mun, settings, dep, unit, cat = (Out(out_dir, t) for t in
                                     ("municipality", "municipality_settings", "department", "unit", "category"))
    now = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.timezone.utc)
    dep_id = unit_id = cat_id = 0
    units_of, cats_of = {}, {}
    for mid, name in enumerate(order, start=1):
        s = slug(name)
        mun.row(mid, s, name if name == "Gotland" else name + " kommun", f"kontakt@{s}.se", "0771-" + str(100000 + mid),
                f"Stadshuset, {rnd.choice(streets)} {rnd.randint(1, 40)}", f"https://www.{s}.se", now.isoformat())
        prefix = "".join(c for c in s.upper() if "A" <= c <= "Z")[:3]
        settings.row(mid, prefix, 2, 10, "t")
        units_of[mid] = []
        for dname, unames in DEPARTMENTS.items():
            dep_id += 1
            dep.row(dep_id, mid, dname)
            for uname in unames:
                unit_id += 1
                unit.row(unit_id, mid, dep_id, uname, f"{slug(uname.split()[0])}@{s}.se")
                units_of[mid].append((unit_id, uname))
        cats_of[mid] = []
        for cname in CATEGORIES:
            cat_id += 1
            cat.row(cat_id, mid, cname, None)
            cats_of[mid].append(cat_id)
    for o in (mun, settings, dep, unit, cat):
        o.close()
    words = "".join(names + FIRST + HEADS + ADJECTIVES + VERBS + NAMES + STREETS + DISTRICTS + TIMES
                                             + PEOPLE + OPENERS + CLOSERS + MESSAGES + SEASONS + COMMENTS + CATEGORIES)
    assert not any(c in words for c in "\t\n\\"), "COPY text needs escaping"

    contacts = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    residents = max(1000, min(200_000, total // 5), contacts)
    res = Out(out_dir, "resident_account")
    first_names = ("Anna Eva Maria Karin Sara Lena Emma Elin Ida Linnea Johan Erik Lars Anders Karl Per Nils "
                   "Mikael Oskar Ali Fatima Mohammed Amir Leila Sofia Hugo Alva Wilma Liam Noah Astrid Elsa "
                   "Ingrid Gustav Olof Sven Maja Ebba Nora Ahmed Yusuf Hanna Julia").split()
    last_names = ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
                  "Pettersson Jonsson Jansson Hansson Bengtsson Lindberg Lindqvist Berg Holm Sandberg Ali "
                  "Mohammed Hassan Nyström Lundgren Sjöberg Wallin Engström Åberg Ekström").split()
    res_names = []
    for rid in range(1, residents + 1):
        n = f"{rnd.choice(first_names)} {rnd.choice(last_names)}"
        res_names.append(n)
        res.row(rid, f"invanare{rid}@example.se", n, "sv", "2024-01-01T00:00:00Z", None)
    res.close()
    write_contact_bank(out_dir, random.Random(rnd.random()), contacts, cats_of[1], now)
    # The reference tables are complete: bench/generate.sh loads them, then opens the cases pipe.
    open(os.path.join(out_dir, "reference-tables.done"), "w").close()

    cases, counter, events, supports, comments = (Out(out_dir, t) for t in (
        "cases", "case_reference_counter", "case_event", "participation_support", "participation_comment"))
    case_id = event_id = comment_id = 0
    start = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
    span = (now - start).total_seconds()

    def sentence():
        noun = rnd.choice(nouns)
        kind = rnd.random()
        if kind < 0.3:
            return f"{rnd.choice(OPENERS)} {noun} vid {rnd.choice(streets)} {rnd.choice(VERBS)}."
        if kind < 0.55:
            return (f"{noun.capitalize()} är {rnd.choice(ADJECTIVES)} {rnd.choice(TIMES)}, "
                    f"vilket drabbar {rnd.choice(PEOPLE)}.")
        if kind < 0.75:
            return (f"I {rnd.choice(DISTRICTS)} behövs {rnd.choice(ADJECTIVES)} {rnd.choice(nouns)} "
                    f"för {rnd.choice(PEOPLE)}.")
        if kind < 0.9:
            return (f"Man borde {rnd.choice(VERBS)} {noun} och {rnd.choice(VERBS)} {rnd.choice(nouns)} "
                    f"{rnd.choice(TIMES)}.")
        return f"{rnd.choice(PEOPLE).capitalize()} har svårt med {rnd.choice(rare)} {rnd.choice(TIMES)}."

    def title():
        kind = rnd.random()
        if kind < 0.35:
            return f"{rnd.choice(ADJECTIVES).capitalize()} {rnd.choice(nouns)} vid {rnd.choice(streets)}"
        if kind < 0.6:
            return f"{rnd.choice(VERBS).capitalize()} {rnd.choice(nouns)} i {rnd.choice(DISTRICTS)}"
        if kind < 0.8:
            return f"Fler {rnd.choice(nouns)} på {rnd.choice(streets)}"
        if kind < 0.95:
            return f"{rnd.choice(nouns).capitalize()} {rnd.choice(TIMES)}"
        return f"Förslag om {rnd.choice(rare)}"

    def ts(t):
        return t.isoformat()

    for mid, n in enumerate(counts, start=1):
        units = units_of[mid]
        # Recent cases are more common: submitted time is skewed towards now.
        times = sorted(start + datetime.timedelta(seconds=span * (rnd.random() ** 0.6)) for _ in range(n))
        per_year = {}
        for submitted in times:
            case_id += 1
            year = submitted.year
            per_year[year] = per_year.get(year, 0) + 1
            reference = f"{prefix_of(mid, order)}-{year}-{per_year[year]:05d}"
            status = rnd.choice(STATUS_POOL)
            age_days = (now - submitted).days
            if age_days < 20 and status in CLOSED and rnd.random() < 0.7:
                status = rnd.choice(["RECEIVED", "WITH_UNIT", "INVESTIGATING"])
            closed = status in CLOSED
            u = None if status == "RECEIVED" else rnd.choice(units)
            t = title()
            description = " ".join(sentence() for _ in range(rnd.randint(2, 6))) + " " + rnd.choice(CLOSERS)
            published = status not in ("RECEIVED", "WITHDRAWN") and rnd.random() < 0.85
            internal = rnd.random() < 0.02
            ack_due = (submitted + datetime.timedelta(days=3)).date()
            ans_due = (submitted + datetime.timedelta(days=14)).date()
            routed_at = submitted + datetime.timedelta(hours=rnd.randint(2, 60)) if u else None
            acknowledged = routed_at
            answered = None
            closed_at = None
            if closed:
                answered = submitted + datetime.timedelta(days=rnd.randint(1, 40), hours=rnd.randint(0, 8))
                if answered > now:
                    answered = now - datetime.timedelta(hours=1)
                if routed_at and routed_at >= answered:
                    routed_at = acknowledged = submitted + (answered - submitted) / 2
                closed_at = answered
                if status in ("WITHDRAWN", "MERGED"):
                    answered = None
            support = min(len(res_names), int(rnd.paretovariate(1.3)) - 1) if published else 0
            support = min(support, 60)
            cases.row(case_id, mid, reference, rnd.choice(KINDS), t, description,
                      t if published else None, description if published else None,
                      rnd.choice(cats_of[mid]), rnd.choice(streets) if rnd.random() < 0.6 else None,
                      res_names[case_id % len(res_names)], f"invanare{case_id % len(res_names) + 1}@example.se", "sv",
                      "t" if internal else "f", "t" if published else "f", "t" if published else "f",
                      status, u[0] if u else None, ts(submitted), ack_due.isoformat(), ans_due.isoformat(),
                      ts(acknowledged) if acknowledged else None, ts(answered) if answered else None,
                      ts(closed_at) if closed_at else None, 0, support)
            # The timeline.
            event_id += 1
            events.row(event_id, mid, case_id, ts(submitted), "SUBMITTED", "f", None, "RECEIVED", None, None)
            if u:
                event_id += 1
                events.row(event_id, mid, case_id, ts(routed_at), "ROUTED", "f", "RECEIVED", "WITH_UNIT", u[0], None)
                last = routed_at
                if status not in ("WITH_UNIT",) and not closed:
                    last = routed_at + (now - routed_at) / 3
                    event_id += 1
                    events.row(event_id, mid, case_id, ts(last), "STATUS_CHANGED", "f", "WITH_UNIT", status, None,
                               rnd.choice(MESSAGES).format(unit=u[1].lower(), season=rnd.choice(SEASONS),
                                                           what=rnd.choice(nouns)))
                if published:
                    event_id += 1
                    events.row(event_id, mid, case_id, ts(last + datetime.timedelta(minutes=5)), "PUBLISHED", "f",
                               None, None, None, None)
                if closed:
                    event_id += 1
                    etype = {"FORWARDED": "FORWARDED", "MERGED": "MERGED", "WITHDRAWN": "WITHDRAWN",
                             "ANSWERED": "ANSWERED"}.get(status, "STATUS_CHANGED")
                    events.row(event_id, mid, case_id, ts(closed_at), etype, "f", "WITH_UNIT", status, None,
                               rnd.choice(MESSAGES).format(unit=u[1].lower(), season=rnd.choice(SEASONS),
                                                           what=rnd.choice(nouns)))
            elif status == "WITHDRAWN":
                event_id += 1
                events.row(event_id, mid, case_id, ts(closed_at), "WITHDRAWN", "t", "RECEIVED", "WITHDRAWN", None, None)
            # Supports (distinct residents) and a few comments.
            if support:
                base = rnd.randrange(len(res_names))
                for k in range(support):
                    supports.row(mid, "CASE", case_id, (base + k * 7919) % len(res_names) + 1,
                                 ts(submitted + datetime.timedelta(hours=k + 1)))
                for _ in range(min(support, rnd.randint(0, 3))):
                    comment_id += 1
                    rid = rnd.randrange(len(res_names))
                    comments.row(comment_id, mid, "CASE", case_id, rid + 1, res_names[rid],
                                 rnd.choice(COMMENTS).format(place=rnd.choice(streets), verb=rnd.choice(VERBS),
                                                             noun=rnd.choice(nouns)),
                                 ts(submitted + datetime.timedelta(hours=rnd.randint(1, 400))))
        for year, last in per_year.items():
            counter.row(mid, year, last)
    for o in (cases, counter, events, supports, comments):
        o.close()
    print(f"municipalities=290 units={unit_id} categories={cat_id} residents={residents} cases={case_id} "
          f"events={event_id} comments={comment_id} largest={order[0]}:{counts[0]} vocabulary="
          f"{len(set(nouns)) + len(rare) + len(ADJECTIVES) + len(VERBS) + len(streets)}", file=sys.stderr)


CONTACT_DISTRICTS = ["Norrmalm", "Södermalm", "Kungsholmen", "Östermalm", "Vasastan", "Bromma", "Hägersten",
                     "Skärholmen", "Farsta", "Enskede", "Rinkeby", "Spånga"]
CONTACT_WAYS = ["SURVEY", "INTERVIEW", "WORKSHOP", "SERVICE_TEST", "USER_GROUP", "REFERENCE_PANEL"]
CONTACT_LANGUAGES = (["sv"] * 85) + (["en"] * 6) + ["fi", "fi", "ar", "ar", "so", "fa", "ti", "se", "ar"]
CONTACT_AGE_BANDS = [None, "UNDER_30", "UNDER_30", "FROM_30_TO_44", "FROM_30_TO_44", "FROM_30_TO_44",
                     "FROM_45_TO_64", "FROM_45_TO_64", "FROM_45_TO_64", "FROM_65", "FROM_65"]
CONTACT_OCCUPATIONS = [None, "WORKING", "WORKING", "WORKING", "STUDYING", "RETIRED", "OTHER"]


def write_contact_bank(out_dir, rnd, contacts, categories, now):
    """The contact bank of municipality 1: districts, settings, one consent text and CONTACTS entries, entry i
    belonging to resident i. Topics: 1-3 of the municipality's categories, skewed towards the first ones; areas 1-2
    districts; ways 1-3."""
    district, settings, consent, member = (Out(out_dir, t) for t in (
        "contact_district", "contact_bank_settings", "contact_consent_text", "contact_member"))
    for did, name in enumerate(CONTACT_DISTRICTS, start=1):
        district.row(did, 1, name)
    settings.row(1, "{AGE_BAND,RESIDENCE_DISTRICT,OCCUPATION,SCHOOL_PARENT}", "")
    consent.row(1, 1, 1, "Vi sparar dina önskemål i 24 månader.", "Samtycke, artikel 6.1 a",
                "2024-01-01T00:00:00+00:00")
    topic_weights = [1 / (rank ** 0.7) for rank in range(1, len(categories) + 1)]
    span = 26 * 30 * 86400
    for mid in range(1, contacts + 1):
        topics = sorted(set(rnd.choices(categories, topic_weights, k=rnd.randint(1, 3))))
        districts = sorted(rnd.sample(range(1, len(CONTACT_DISTRICTS) + 1), rnd.randint(1, 2)))
        ways = sorted(rnd.sample(CONTACT_WAYS, rnd.randint(1, 3)))
        consented = now - datetime.timedelta(seconds=rnd.randrange(span))
        expires = consented + datetime.timedelta(days=730)
        withdrawn = (consented + datetime.timedelta(days=30)).isoformat() if rnd.random() < 0.03 else None
        age = rnd.choice(CONTACT_AGE_BANDS)
        school = rnd.choice([None, "t", "f", "f"]) if age in ("FROM_30_TO_44", "FROM_45_TO_64") else None
        contacted = (now - datetime.timedelta(days=rnd.randint(1, 400))).isoformat() if rnd.random() < 0.1 else None
        member.row(mid, 1, mid, f"K-{mid:07X}", "{" + ",".join(map(str, topics)) + "}",
                   "{" + ",".join(map(str, districts)) + "}", "{" + ",".join(ways) + "}",
                   rnd.choice(["MONTH", "QUARTER", "QUARTER", "HALF_YEAR"]), rnd.choice(CONTACT_LANGUAGES), "{}", age,
                   rnd.choice(districts) if rnd.random() < 0.8 else None, rnd.choice(CONTACT_OCCUPATIONS), school, 1,
                   consented.isoformat(), expires.isoformat(), withdrawn, contacted, consented.isoformat())
    for o in (district, settings, consent, member):
        o.close()


_prefixes = {}


def prefix_of(mid, order):
    if mid not in _prefixes:
        _prefixes[mid] = "".join(c for c in slug(order[mid - 1]).upper() if "A" <= c <= "Z")[:3]
    return _prefixes[mid]


if __name__ == "__main__":
    main()
