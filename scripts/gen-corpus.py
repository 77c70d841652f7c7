#!/usr/bin/env python3
"""Writes N synthetic wire-style articles (Markdown with front matter) for benchmarks.

  gen-corpus.py N OUT_DIR [--hugo HUGO_SITE_DIR]

The articles are varied combinations of invented sentences (places, weekdays, weapons, figures),
deterministic for a given N (fixed seed). With --hugo, the same bodies are also written as a Hugo
site (content/posts/*.md with tags and an `actors` taxonomy) so both generators build the same pages.
"""
import os, random, sys

PLACES = ["Erbil air base", "Ain al-Asad air base", "Baghdad's Green Zone", "Camp Taji", "Harir air base",
          "the Conoco gas field", "al-Tanf", "K1 air base in Kirkuk", "Jurf al-Sakhr", "Baghdad airport",
          "Balad air base", "Abu Kamal", "Mosul", "Basra", "Tikrit", "Ramadi", "Fallujah", "Samarra"]
WEAPONS = [("rockets", "rocket attack"), ("mortar rounds", "mortar attack"), ("a drone", "drone attack"),
           ("a roadside bomb", "IED attack"), ("ballistic missiles", "missile attack")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WHEN = ["late on {d}", "on {d} night", "early {d}", "on {d}"]
ACTORS = ["Iran-backed militias", "Kataib Hezbollah", "the Islamic Resistance in Iraq", "Islamic State militants"]
NUMS = ["no", "one", "two", "three", "four", "five", "six"]
FILLER = [
    "Security officials said an investigation was under way and that the launch site had been located.",
    "The coalition said its forces retain the right to self-defence and would respond at a time of its choosing.",
    "Residents described hearing several loud explosions followed by sirens across the area.",
    "The government spokesman condemned the attack and called it a violation of national sovereignty.",
    "Analysts said the attacks had grown more frequent as regional tensions rose over the past year.",
    "A statement from the interior ministry urged citizens to report suspicious movements to the police.",
]

def article(i, rnd):
    year = 2020 + i % 5
    month = 1 + (i // 5) % 12
    day = 1 + (i // 60) % 28
    place = rnd.choice(PLACES)
    weapon, etype = rnd.choice(WEAPONS)
    when = rnd.choice(WHEN).format(d=rnd.choice(DAYS))
    actor = rnd.choice(ACTORS)
    killed, wounded = rnd.choice(NUMS), rnd.choice(NUMS)
    title = f"{weapon.capitalize()} hit {place} {i}"
    paras = [
        f"BAGHDAD (Bench Wire) — {weapon.capitalize()} struck {place} {when}, officials said, the latest in a string of attacks blamed on {actor}.",
        f"{killed.capitalize()} people were killed and {wounded} were wounded in the attack, according to a security source.",
    ] + rnd.sample(FILLER, 4) + [
        f"Earlier this month, {rnd.choice(WEAPONS)[0]} hit {rnd.choice(PLACES)}, causing no casualties.",
    ] + rnd.sample(FILLER, 3)
    return year, month, day, title, etype, actor, "\n\n".join(paras)

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    hugo = sys.argv[sys.argv.index("--hugo") + 1] if "--hugo" in sys.argv else None
    rnd = random.Random(42)
    os.makedirs(out, exist_ok=True)
    if hugo:
        os.makedirs(os.path.join(hugo, "content", "posts"), exist_ok=True)
    for i in range(n):
        y, m, d, title, etype, actor, body = article(i, rnd)
        pub = f"{y:04d}-{m:02d}-{d:02d}"
        fm = f'---\ntitle: "{title}"\npublished: {pub}\noutlet: Bench Wire\ntags: ["{etype}"]\n---\n'
        with open(os.path.join(out, f"a{i:06d}.md"), "w") as f:
            f.write(fm + body + "\n")
        if hugo:
            with open(os.path.join(hugo, "content", "posts", f"a{i:06d}.md"), "w") as f:
                f.write(f'---\ntitle: "{title}"\ndate: {pub}\ntags: ["{etype}"]\nactors: ["{actor}"]\n---\n{body}\n')

if __name__ == "__main__":
    main()
