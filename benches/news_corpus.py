#!/usr/bin/env python3
"""A second, independent news-like corpus generator for throughput benchmarks (issue 9).

Writes N plain-text articles (front matter: outlet, title) into DIR. Articles come in stories of
2-9 outlets; each outlet rewords the story from its own templates, quotes the same people (sometimes
trimmed or reworded) and reports figures that sometimes disagree. Vocabulary is an invented word list,
so nothing here resembles the sample articles.

Usage: news_corpus.py N DIR [SEED]

With NEWS_DATED=1 in the environment, each article also has a `published:` day, as feeds and
pages give one: each story happens on its own day of one year, and each outlet publishes it that
day or up to two days later. The dates come from their own random stream, so the texts are the
same as without them.

Also writes DIR.truth.tsv beside DIR (file name, story number): the true stories, for measuring
story grouping (`cargo run --release --example stories -- DIR DIR.truth.tsv`).
"""
import datetime
import os
import random
import sys

PLACES = ["Varenholt", "Quessing", "Mardale", "Ostrava Bay", "Port Ellim", "Kiruvale", "Sandrow",
          "Lenthorpe", "Akaba Heights", "Nordvik", "Calder Reach", "Tamsin Falls", "Brevik", "Oruma"]
FIRST = ["Ana", "Tomas", "Ines", "Kofi", "Mara", "Jonas", "Priya", "Oleg", "Lena", "Rafael", "Sade",
         "Emil", "Noor", "Hugo", "Yara", "Felix", "Ida", "Marek", "Zora", "Bruno"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Kovacs", "Tanaka", "Brandt", "Salgado", "Nowak",
        "Achebe", "Varga", "Castell", "Dumont", "Ferreira", "Holm", "Ivanov", "Jensen", "Kaur"]
ROLES = ["the mayor", "a spokesperson for the ministry", "the fire chief", "a union leader",
         "the regional governor", "an economist at the central bank", "the company's chief executive",
         "a local resident", "the police commissioner", "a hospital director"]
EVENTS = [("flood", "homes were damaged", "people were evacuated"),
          ("strike", "workers walked out", "flights were cancelled"),
          ("factory fire", "workers were injured", "buildings were destroyed"),
          ("budget vote", "lawmakers backed the plan", "jobs would be cut"),
          ("bridge collapse", "people were hurt", "vehicles fell into the river"),
          ("election", "voters turned out", "seats changed hands"),
          ("data breach", "accounts were exposed", "customers were notified"),
          ("heatwave", "people were treated in hospital", "schools were closed")]
NOUNS = ["council", "river", "harbour", "district", "network", "market", "station", "province",
         "committee", "agency", "school", "warehouse", "pipeline", "airport", "clinic", "court"]
ADJ = ["northern", "temporary", "local", "national", "emergency", "private", "coastal", "senior",
       "independent", "early", "official", "rural", "urban", "fragile", "regional"]
VERB = ["reviewed", "expanded", "suspended", "inspected", "funded", "closed", "reopened", "delayed",
        "questioned", "approved", "rejected", "monitored", "rebuilt", "warned about"]
OUTLETS = ["Daily Meridian", "The Harbour Post", "Northline News", "Civic Ledger", "Eastgate Times",
           "Wire Service One", "The Lantern", "Morning Column", "Valley Herald", "Metro Signal",
           "The Observer Desk", "Coastal Courier"]
QUOTE_BITS = ["we will not leave anyone behind", "the response was far too slow",
              "this is the worst we have seen in a decade", "every family deserves an answer",
              "the numbers will keep rising", "we warned about this for years",
              "nobody could have predicted the scale", "the repairs will take months",
              "our teams worked through the night", "we are asking for patience",
              "the budget simply does not cover it", "people are frightened and tired"]
UNITS = ["people", "homes", "workers", "million dollars", "kilometres", "percent", "flights", "beds"]
HEDGES = ["about", "at least", "more than", "nearly", "up to", ""]


SYLLABLES = ["ka", "lo", "mer", "tin", "sa", "vor", "el", "dra", "pen", "qui", "bo", "ran", "shu", "te", "mal", "fi"]
# An invented vocabulary of a few thousand words, so articles do not all share the same handful.
WORDS = sorted({"".join(random.Random(i).choices(SYLLABLES, k=2 + i % 3)) for i in range(6000)})


def filler(rng, s):
    # Names and places in background sentences are the story's own too: shared name pools would
    # make every article look alike.
    writer = rng.choice(s["people"])[0]
    if rng.random() < 0.6:
        words = rng.choices(s["topic"], k=rng.randint(4, 12)) + rng.choices(WORDS, k=rng.randint(1, 6))
        rng.shuffle(words)
        return f"The {' '.join(words)} {rng.choice(VERB)} the {rng.choice(NOUNS)}, {writer} wrote."
    return (f"The {rng.choice(ADJ)} {rng.choice(NOUNS)} {rng.choice(VERB)} the {rng.choice(ADJ)} "
            f"{rng.choice(NOUNS)} near {s['place']}, officials {rng.choice(['said', 'confirmed', 'noted'])}.")


def name(rng):
    return "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize()


def story(rng, sid):
    # Each story has its own place, people and topic words, as real events do.
    place = f"{name(rng)} {rng.choice(['', '', 'Bay', 'Heights', 'Falls', 'Port'])}".strip()
    event = rng.choice(EVENTS)
    people = [(f"{rng.choice(FIRST)} {name(rng)}", rng.choice(ROLES)) for _ in range(rng.randint(1, 3))]
    topic = rng.sample(WORDS, 40)
    # Quotes are the story's own: a stock phrase tied to this story's place and topic words.
    quotes = [f"{rng.choice(QUOTE_BITS)} in {place} and the {' '.join(rng.sample(topic, 3))} will show it"
              for _ in people]
    figures = [(rng.randint(3, 5000), rng.choice(UNITS)) for _ in range(rng.randint(2, 4))]
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    return dict(id=sid, place=place, event=event, people=people, quotes=quotes, figures=figures, day=day,
                topic=topic)


def article(rng, s, outlet):
    what, a, b = s["event"]
    title = rng.choice([f"{what.capitalize()} in {s['place']}: {a}",
                        f"{s['place']} counts the cost of {what}",
                        f"After the {what}, {s['place']} asks what went wrong"])
    paras = [f"{s['place'].upper()} — A {what} struck {s['place']} on {s['day']}, and {a}, "
             f"according to {rng.choice(['officials', 'witnesses', 'local media', 'the authorities'])}."]
    for value, unit in s["figures"]:
        if rng.random() < 0.25:  # outlets disagree now and then
            value = max(1, int(value * rng.choice([0.5, 0.8, 1.2, 2])))
        hedge = rng.choice(HEDGES)
        line = (f"{'By ' + s['day'] + ', ' if rng.random() < .3 else ''}{hedge + ' ' if hedge else ''}"
                f"{value:,} {unit} were affected, and {b}. {filler(rng, s)}")
        paras.append(line[0].upper() + line[1:])
    for (name, role), quote in zip(s["people"], s["quotes"]):
        words = quote.split()
        if rng.random() < 0.3:
            words = words[: max(4, len(words) - 3)]
        if rng.random() < 0.2:
            words[rng.randrange(len(words))] = rng.choice(["truly", "really", "still", "clearly"])
        q = " ".join(words)
        q = q[0].upper() + q[1:]
        if rng.random() < 0.5:
            paras.append(f"“{q},” said {name}, {role}. {filler(rng, s)}")
        else:
            paras.append(f"{name}, {role}, said: “{q}.” {filler(rng, s)}")
    for _ in range(rng.randint(3, 12)):
        paras.append(" ".join(filler(rng, s) for _ in range(rng.randint(2, 5))))
    rng.shuffle(paras[1:])
    return title, "\n\n".join(paras) + "\n"


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    os.makedirs(out, exist_ok=True)
    dated = os.environ.get("NEWS_DATED") == "1"
    dates = random.Random(1_000_003)
    first_day = datetime.date(2023, 1, 1)
    written, sid = 0, 0
    truth = []
    while written < n:
        s = story(rng, sid)
        sid += 1
        story_day = first_day + datetime.timedelta(days=dates.randrange(365))
        for outlet in rng.sample(OUTLETS, min(n - written, rng.randint(2, 9))):
            title, body = article(rng, s, outlet)
            published = ""
            if dated:
                published = f"published: {story_day + datetime.timedelta(days=dates.randint(0, 2))}\n"
            with open(os.path.join(out, f"a{written:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"---\noutlet: {outlet}\n{published}title: \"{title}\"\n---\n{body}")
            truth.append(f"a{written:06d}.txt\t{s['id']}\n")
            written += 1
    with open(out.rstrip("/") + ".truth.tsv", "w", encoding="utf-8") as f:
        f.writelines(truth)


if __name__ == "__main__":
    main()
