#!/usr/bin/env python3
"""Writes the synthetic order history and item master that scenarios/order-history.yaml reads.

One day (2026-03-02, midnight to midnight) of a small e-commerce site: orders arrive as a
Poisson process whose rate follows an hourly shape (quiet at night, a morning and an evening
peak), about 1.4 lines per order and 1.1 units per line (1.6 units per order), SKUs drawn by a
Zipf popularity. The item master lists most SKUs with a class and a cube; the rest are left out
on purpose, so fcsim draws their class by share.

Deterministic: the same files every run (Python's Mersenne Twister, seeded; only random() is
used, whose output every Python 3 gives alike). Run from the repository root:

    python3 scenarios/data/make-order-history.py
"""
import bisect
import math
import os
import random

SEED = 20260302
DAY = "2026-03-02"
SKUS = 3000
SKU_SKEW = 0.9
# orders per hour, from midnight
ORDERS_PER_HOUR = [90, 60, 45, 40, 45, 80, 170, 300, 430, 520, 580, 600,
                   590, 560, 540, 520, 500, 520, 580, 640, 620, 480, 300, 160]
LINES = [(1, 0.70), (2, 0.20), (3, 0.07), (4, 0.03)]
UNITS = [(1, 0.90), (2, 0.08), (3, 0.02)]
# class, share of SKUs, cube in litres (min, max)
CLASSES = [("box", 0.55, (0.5, 20)), ("polybag", 0.27, (0.2, 5)), ("fragile", 0.11, (0.5, 8)),
           ("oversize", 0.07, (40, 150))]
LISTED = 0.95  # share of SKUs the item master lists

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)


def pick(table):
    """A value of [(value, probability)] by inversion of one uniform."""
    u = rng.random()
    acc = 0.0
    for value, p in table:
        acc += p
        if u < acc:
            return value
    return table[-1][0]


cumulative = []
total = 0.0
for k in range(SKUS):
    total += (k + 1) ** -SKU_SKEW
    cumulative.append(total)
# popularity rank k is not SKU number k: shuffle the ids so popular SKUs are spread over the range
ids = ["SKU-%05d" % (10000 + k) for k in range(SKUS)]
for i in range(SKUS - 1, 0, -1):
    j = int(rng.random() * (i + 1))
    ids[i], ids[j] = ids[j], ids[i]


def sku():
    return ids[min(SKUS - 1, bisect.bisect_left(cumulative, rng.random() * total))]


rows = 0
with open(os.path.join(here, "order-history.csv"), "w", newline="") as out:
    out.write("time,order,sku,units\n")
    order = 0
    t = 0.0
    for hour, rate in enumerate(ORDERS_PER_HOUR):
        t = max(t, hour * 3600.0)
        while True:
            t += -math.log(1 - rng.random()) * 3600 / rate
            if t >= (hour + 1) * 3600:
                t = (hour + 1) * 3600.0  # memoryless: start the next hour afresh at its rate
                break
            order += 1
            sec = int(t)
            stamp = "%sT%02d:%02d:%02d" % (DAY, sec // 3600, sec // 60 % 60, sec % 60)
            skus = []
            for _ in range(pick(LINES)):
                s = sku()
                while s in skus:  # one line per SKU in an order
                    s = sku()
                skus.append(s)
            for s in skus:
                out.write("%s,SO-%07d,%s,%d\n" % (stamp, order, s, pick(UNITS)))
                rows += 1

with open(os.path.join(here, "item-master.csv"), "w", newline="") as out:
    out.write("sku,itemClass,cube\n")
    for s in sorted(ids):
        u = rng.random()
        name, share, (low, high) = CLASSES[-1]
        acc = 0.0
        for c in CLASSES:
            acc += c[1]
            if u < acc:
                name, share, (low, high) = c
                break
        litres = low + (high - low) * rng.random()
        if rng.random() < LISTED:
            out.write("%s,%s,%.1f\n" % (s, name, litres))

print("wrote %d orders, %d lines" % (order, rows))
