#!/usr/bin/env python3
"""The outage drill's client side (run by bench/outage.sh): public load with wrk, a signed-in editor saving
distinct texts every 0.25 s, PostgreSQL stopped for 10 s in the middle. Prints what readers and editors saw."""
import html
import json
import re
import subprocess
import sys
import threading
import time

import requests

BASE, STOP_CMD, START_CMD, READY_CMD, PSQL = sys.argv[1:6]
PASSWORD = sys.argv[6]
LANGS = ["en", "fr", "vi", "de", "es", "pt", "ja", "zh"]
FIELDS = ["title", "summary", "description", "whenYouSeeIt", "howToFix"]
WORDS = ["mailbox", "full", "quota", "relay", "denied", "spam", "greylisting", "tls", "auth", "timeout", "dns"]
STOP_AT, OUTAGE, END = 10.0, 10.0, 45.0
SAVERS = 3

FORM = re.compile(r'<form action="(?P<action>/admin/translations/[^"]+)" method="post"[^>]*>(?P<body>.*?)</form>', re.S)
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


def urls(codes):
    out = []
    for i, code in enumerate(codes):
        for lang in LANGS:
            out.append("/%s/smtp/%s" % (lang, code))
            out.append("/api/codes/%s?lang=%s" % (code, lang))
        other = codes[(i + 7) % len(codes)]
        out.append("/%s/smtp/%s-vs-%s" % (LANGS[i % 8], code, other))
    for n in range(600):
        q = "%s+%s+x%d" % (WORDS[n % len(WORDS)], WORDS[(n * 7) % len(WORDS)], n)
        lang = LANGS[n % 8]
        out.append("/api/search?q=%s&lang=%s" % (q, lang))
        out.append("/%s/search?q=%s" % (lang, q))
        out.append("/api/suggest?q=%s&lang=%s" % (q, lang))
    out += ["/%s/" % lang for lang in LANGS]
    return out


def login(session):
    page = session.get(BASE + "/admin/login", timeout=10).text
    token = re.search(r'name="csrf-token" value="([^"]+)"', page).group(1)
    r = session.post(BASE + "/j_security_check", data={"csrf-token": token, "j_username": "admin",
                                                        "j_password": PASSWORD}, allow_redirects=False, timeout=10)
    assert "error" not in r.headers.get("Location", "") and r.status_code in (302, 303), r.headers


def forms(session, code, lang):
    page = session.get("%s/admin/translations/%s/%s" % (BASE, code, lang), timeout=10).text
    found = {}
    for m in FORM.finditer(page):
        action = html.unescape(m.group("action"))
        if action.count("/") == 5:
            found[action.rsplit("/", 1)[1]] = dict(HIDDEN.findall(m.group("body")))
    return found


def main():
    codes = [c["code"] for c in requests.get(BASE + "/api/codes?lang=en", timeout=30).json()]
    with open("/tmp/harden-outage-urls.txt", "w") as f:
        f.write("\n".join(urls(codes)) + "\n")
    editor = requests.Session()
    login(editor)
    # Distinct texts, each with the version it has now: every save is a real attempt whatever the database does.
    targets = []
    for code in codes[:40]:
        for field, hidden in forms(editor, code, "fr").items():
            if field in FIELDS:
                targets.append((code, field, hidden))
    sessions = [editor]
    for _ in range(SAVERS - 1):
        # The same person in another tab: same session and CSRF cookies, so the prefetched forms are valid.
        sessions.append(requests.Session())
        sessions[-1].cookies.update(editor.cookies)
    events = []
    t0 = time.time()
    wrk = subprocess.Popen(["wrk", "-t2", "-c16", "-d%ds" % int(END), "--timeout", "10s", "-s",
                            "bench/outage.lua", BASE], stdout=subprocess.PIPE, text=True,
                           env={"ATLAS_URLS": "/tmp/harden-outage-urls.txt", "PATH": "/usr/bin:/bin"})

    def db():
        time.sleep(STOP_AT)
        events.append(("stop", time.time() - t0))
        subprocess.run(STOP_CMD, shell=True, check=True, capture_output=True)
        events.append(("stopped", time.time() - t0))
        time.sleep(max(0.0, STOP_AT + OUTAGE - (time.time() - t0)))
        events.append(("start", time.time() - t0))
        subprocess.run(START_CMD, shell=True, check=True, capture_output=True)
        while subprocess.run(READY_CMD, shell=True, capture_output=True).returncode != 0:
            time.sleep(0.05)
        events.append(("ready", time.time() - t0))

    threading.Thread(target=db, daemon=True).start()
    saves = []
    probes = []
    queue = list(range(len(targets)))
    lock = threading.Lock()

    def saver(session, probe):
        while time.time() - t0 < END - 1:
            with lock:
                if not queue:
                    return
                i = queue.pop(0)
            code, field, hidden = targets[i]
            marker = "zqoutage%s" % "".join(chr(97 + int(d)) for d in "%05d" % i)
            body = "Texte de la panne %s (%s %s)" % (marker, code, field)
            at = time.time() - t0
            try:
                r = session.post("%s/admin/translations/%s/fr/%s" % (BASE, code, field),
                                 data=dict(hidden, body=body, action="draft"), allow_redirects=False, timeout=15)
                status, text = r.status_code, r.text
            except requests.RequestException:
                status, text = 0, ""
            with lock:
                saves.append({"at": at, "done": time.time() - t0, "code": code, "field": field, "marker": marker,
                              "status": status,
                              "kept": status == 503 and "your text is kept below" in text and marker in text})
            if probe:
                try:
                    p = session.get(BASE + "/admin", allow_redirects=False, timeout=15)
                    probes.append((time.time() - t0, p.status_code))
                except requests.RequestException:
                    probes.append((time.time() - t0, 0))
            time.sleep(0.25)

    workers = [threading.Thread(target=saver, args=(session, n == 0)) for n, session in enumerate(sessions)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out, _ = wrk.communicate()
    ev = dict(events)
    statuses = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "status":
            statuses[int(parts[1])] = int(parts[2])
    total = sum(statuses.values())
    errors = sum(n for s, n in statuses.items() if s >= 500)
    down = [s for s in saves if ev["stop"] <= s["at"] < ev["ready"]]
    after = [s for s in saves if s["at"] >= ev["ready"]]
    first_ok = min((s["done"] for s in after if s["status"] == 303), default=None)
    ok = [s for s in saves if s["status"] == 303]
    stored = 0
    for s in ok:
        q = "SELECT count(*) FROM code_text WHERE code='%s' AND locale='fr' AND body LIKE '%%%s%%'" % (
            s["code"], s["marker"])
        res = subprocess.run(PSQL + ' -tAc "%s"' % q, shell=True, capture_output=True, text=True)
        stored += 1 if res.stdout.strip() == "1" else 0
    refused_written = []
    for s in saves:
        if s["status"] != 303:
            q = "SELECT count(*) FROM code_text WHERE locale='fr' AND body LIKE '%%%s%%'" % s["marker"]
            res = subprocess.run(PSQL + ' -tAc "%s"' % q, shell=True, capture_output=True, text=True)
            if res.stdout.strip() not in ("0", ""):
                refused_written.append({k: s[k] for k in ("at", "done", "status", "marker")})
    admin_down = [p for p in probes if ev["stopped"] <= p[0] < ev["start"]]
    report = {
        "timeline_s": {k: round(v, 2) for k, v in ev.items()},
        "public_requests": total, "public_status": statuses, "public_5xx": errors,
        "saves": len(saves), "saves_during_outage": len(down),
        "saves_during_outage_by_status": {str(k): sum(1 for s in down if s["status"] == k)
                                          for k in sorted({s["status"] for s in down})},
        "outage_503_with_text_kept": sum(1 for s in down if s["kept"]),
        "admin_page_during_outage_by_status": {str(k): sum(1 for p in admin_down if p[1] == k)
                                               for k in sorted({p[1] for p in admin_down})},
        "write_recovery_s": None if first_ok is None else round(first_ok - ev["ready"], 2),
        "saves_after_ready_failed": sum(1 for s in after if s["status"] != 303),
        "saves_answered_303": len(ok), "of_them_in_database": stored, "lost_saves": len(ok) - stored,
        # A save cut off while its COMMIT was on the wire: the database may have committed it. The person got 503
        # with the text; sending it again answers 409 with both texts, which are then the same.
        "refused_but_committed": refused_written,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
