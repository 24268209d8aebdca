#!/usr/bin/env python3
"""Turns FreeDict's Dutch-English dictionary (Debian package dict-freedict-nld-eng, GPL-2+) into the engine's list of
real words: every single lower-case word of its Dutch headwords and English translations, one per line, sorted.
usage: apt-get install dict-freedict-nld-eng && python3 tools/freedict-words.py > seeds/lexicon/words.txt"""
import base64, gzip, re, sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64(s):
    n = 0
    for ch in s: n = n * 64 + B64.index(ch)
    return n

base = "/usr/share/dictd/freedict-nld-eng"
data = gzip.open(base + ".dict.dz").read().decode("utf-8")
raw = data.encode("utf-8")
pairs = {}
for line in open(base + ".index", encoding="utf-8"):
    head, off, length = line.rstrip("\n").split("\t")
    if head.startswith("00database") or head.startswith("00-database"): continue
    body = raw[b64(off): b64(off) + b64(length)].decode("utf-8").split("\n")
    nl = head.strip().lower()
    if not re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ' -]{1,40}", nl): continue
    en = []
    for t in body[1:]:
        t = re.sub(r"^\d+\.\s*", "", t.strip()).lower()
        t = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", t).strip(" ;,.")
        for part in re.split(r"[;,]", t):
            part = part.strip()
            if part.startswith("to "): part = part[3:]
            if re.fullmatch(r"[a-z][a-z' -]{1,40}", part) and part != nl: en.append(part)
    if en: pairs.setdefault(nl, [])
    for e in en:
        if e not in pairs[nl]: pairs[nl].append(e)
words = set()
for nl, en in pairs.items():
    for w in [nl, *en]:
        words.update(x for x in re.split(r"[ -]", w) if len(x) >= 2)
print("# Real Dutch and English words (FreeDict nld-eng, GPL-2.0-or-later, https://freedict.org/), made by tools/freedict-words.py.")
print("# A question word listed here is not taken for a typo of a corpus word (\"schop\" is not \"schip\").")
for w in sorted(words):
    print(w)
