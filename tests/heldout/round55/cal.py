import datetime as dt, holidays
NWD = {dt.date(2026,12,7), dt.date(2026,12,11)}
CLOSE = dt.time(16,30)
HOL = holidays.country_holidays('PE', years=[2026,2027])
def bd(d): return d.weekday()<5 and d not in HOL and d not in NWD
def nxt(d):
    d += dt.timedelta(1)
    while not bd(d): d += dt.timedelta(1)
    return d
def filing(rcv):
    d = rcv.date()
    if bd(d) and rcv.time() < CLOSE: return d
    return nxt(d)
def due(f, n):
    d = f
    for _ in range(n): d = nxt(d)
    return d
def late(notif, f):  # filing after 15th business day counted from day after notification
    return f > due(notif, 15)
