#!/usr/bin/python3
"""Writes the large benchmark project as exchange JSON, grown from the demo: 200 partners, 1 000 indicators,
100 000 measurements, 20 rounds of 30 respondents answering every statement (as TestSupport's LargeProject).

Usage: make_large.py data/demo/housing.json OUT.json   (then `samskap import-json OUT.json -o large.samskap`)
Deterministic: the same input gives the same file.
"""
import copy
import datetime
import json
import random
import sys
import uuid

PARTNERS, INDICATORS, MEASUREMENTS, ROUNDS, RESPONDENTS = 200, 1000, 100_000, 20, 30


def main(source, target):
    rng = random.Random(42)
    new_id = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    wrapper = json.load(open(source, encoding="utf-8"))
    doc = wrapper["document"]

    partners = []
    for n in range(PARTNERS):
        p = copy.deepcopy(doc["partners"][n % len(doc["partners"])])
        p["id"] = new_id()
        p["name"] = "%s %d" % (p["name"], n + 1)
        for a in p.get("anchorPoints", []):
            a["id"] = new_id()
        partners.append(p)
    doc["partners"] = partners
    doc["subGoals"] = [dict(s, id=new_id(), partnerID=rng.choice(partners)["id"]) for s in doc["subGoals"]]

    indicators = []
    for n in range(INDICATORS):
        i = copy.deepcopy(doc["indicators"][n % len(doc["indicators"])])
        i["id"] = new_id()
        i["name"] = "%s (%d)" % (i["name"], n + 1)
        i["responsiblePartnerID"] = rng.choice(partners)["id"]
        indicators.append(i)
    doc["indicators"] = indicators

    start = datetime.date(2021, 1, 1)
    measurements = []
    for k in range(MEASUREMENTS):
        ind = indicators[k % INDICATORS]
        m = {"id": new_id(), "indicatorID": ind["id"],
             "date": (start + datetime.timedelta(days=rng.randrange(4 * 365))).isoformat(),
             "note": "", "source": "Bench", "comment": ""}
        if ind.get("kind") == "qualitative":
            m["note"] = "Intervju %d" % k
        else:
            m["value"] = rng.randrange(0, 100)
        measurements.append(m)
    doc["measurements"] = measurements
    for e in doc["evaluations"]:
        e["indicatorIDs"] = [indicators[0]["id"]]

    statements = sorted({a["statementID"] for a in doc["answers"]})
    rounds, respondents, answers = [], [], []
    for r in range(ROUNDS):
        round_id = new_id()
        rounds.append({"id": round_id, "date": (start + datetime.timedelta(days=70 * r)).isoformat(),
                       "label": "Runde %d" % (r + 1), "isClosed": r < ROUNDS - 1})
        for _ in range(RESPONDENTS):
            rid = new_id()
            respondents.append({"id": rid, "roundID": round_id, "partnerID": rng.choice(partners)["id"], "label": ""})
            for s in statements:
                dont_know = rng.random() < 0.05
                answers.append({"id": new_id(), "roundID": round_id, "respondentID": rid, "statementID": s,
                                "experience": None if dont_know else rng.randint(1, 5),
                                "importance": None if dont_know else rng.randint(1, 5),
                                "dontKnow": dont_know, "comment": ""})
    doc["rounds"], doc["respondents"], doc["answers"] = rounds, respondents, answers
    doc["project"]["name"] = "Stort prosjekt"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(wrapper, f, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
