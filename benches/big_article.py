#!/usr/bin/env python3
"""One big article for issue 10 row 4: `big_article.py MB fig|prose OUT` writes MB megabytes of
sentences, as one paragraph with figures and quotes (fig) or as plain prose in paragraphs (prose).
A small vocabulary on purpose: every quote shares words with every other, the worst case for
stages that compare quotes or sentences of one article with each other."""
import random, sys

mb, kind, out = float(sys.argv[1]), sys.argv[2], sys.argv[3]
r = random.Random(7)
words = ("council harbour bridge minister river storm rescue workers engineers village budget inspectors "
         "residents ferry tunnel market report school hospital police mayor committee water power road "
         "officials volunteers families damage repairs vote plan season winter crops fishermen").split()
names = ["Mara Quill", "Tomas Reed", "Ilse Varga", "Odo Brant", "Pia Lund", "Kato Merrin"]
verbs = ["said", "told reporters", "added", "warned", "explained"]
def sent():
    k = r.random()
    w = " ".join(r.choice(words) for _ in range(r.randint(6, 14)))
    if kind == "fig":
        if k < 0.3:
            return f'"The {w} will take {r.randint(2,90)} days," {r.choice(names)} {r.choice(verbs)}.'
        if k < 0.6:
            return f"About {r.randint(10,9000)} people saw the {w} on March {r.randint(1,28)}, {r.randint(1990,2025)}."
        if k < 0.8:
            return f"{r.choice(names)} said the {w} cost ${r.randint(1,900)} million, up {r.randint(1,60)} percent."
        return f"The {w} lasted {r.randint(1,48)} hours."
    return f"The {w}."[0].upper() + f"The {w}."[1:]
target = int(mb * 1024 * 1024)
parts, size = ["Harbour bridge storm report\n\n"], 0
while size < target:
    if kind == "prose" and r.random() < 0.12:
        s = "\n\n"
    else:
        s = sent() + " "
    parts.append(s); size += len(s)
open(out, "w").write("".join(parts).rstrip() + "\n")
