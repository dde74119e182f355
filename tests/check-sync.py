#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`outreach-guard sync` end to end, against a stand-in of the Portability API.

Usage: check-sync.py OUTREACH_GUARD SOURCE_ROOT

A loopback HTTP server serves the saved responses of tests/data/api page by
page, ends each domain with a 404 "No data found", throttles once with 429 and
Retry-After and fails once with 500; it records every request's headers. The
workspace sync fills must audit exactly like the saved files. Prints TAP.
"""
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.parse

from tap import check, finish

binary, root = sys.argv[1], sys.argv[2]
api_dir = os.path.join(root, "tests", "data", "api")
TOKEN = "AQX-check-sync-token"


class Api(http.server.BaseHTTPRequestHandler):
    requests = []
    queries = []
    throttle = 1
    fail = 1

    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        Api.requests.append((url.path, dict(self.headers)))
        Api.queries.append(query)
        if Api.throttle:
            Api.throttle -= 1
            return self.answer(429, b"{}", [("Retry-After", "1")])
        if Api.fail:
            Api.fail -= 1
            return self.answer(500, b"{}")
        if url.path == "/rest/memberSnapshotData":
            name = f"memberSnapshotData-{query.get('domain')}-{query.get('start')}.json"
        elif url.path == "/rest/memberChangeLogs":
            name = {"0": "memberChangeLogs-0.json", "1748256867067": "memberChangeLogs-1.json"}.get(
                query.get("startTime"))
            if name is None:
                return self.answer(200, b'{"paging": {"start": 0, "count": 50}, "elements": []}')
        else:
            return self.answer(400)
        path = os.path.join(api_dir, name)
        if not os.path.exists(path):
            return self.answer(404, b'{"message": "No data found for this memberId", "status": 404}')
        with open(path, "rb") as page:
            self.answer(200, page.read())


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Api)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

with tempfile.TemporaryDirectory(prefix="og-check-sync-") as home:
    env = dict(os.environ, XDG_DATA_HOME=home, OG_TOKEN=TOKEN)
    synced = subprocess.run([binary, "sync", f"--api-base={base}"], capture_output=True, text=True, env=env)
    check(synced.returncode == 0 and "Imported into" in synced.stdout,
          f"sync against the stand-in exits 0 and says what it imported ({synced.stderr.strip()[-300:]})")

    paths = [path for path, _ in Api.requests]
    check(paths.count("/rest/memberSnapshotData") >= 6 and "/rest/memberChangeLogs" in paths,
          f"sync pages the three snapshot domains and reads the changelog ({len(paths)} requests)")
    missing = [path for path, headers in Api.requests
               if headers.get("Authorization") != f"Bearer {TOKEN}" or headers.get("LinkedIn-Version") != "202312"]
    check(not missing, f"no request went without the token and the version header ({missing[:3]})")
    check(TOKEN not in synced.stdout + synced.stderr, "the token is never printed")

    from_workspace = subprocess.run([binary, "audit", "--format=json"], capture_output=True, text=True, env=env)
    from_files = subprocess.run([binary, "audit", "--format=json", api_dir], capture_output=True, text=True, env=env)
    ours = json.loads(from_workspace.stdout)["summary"] if from_workspace.returncode == 0 else None
    theirs = json.loads(from_files.stdout)["summary"] if from_files.returncode == 0 else None
    check(ours is not None and ours == theirs and ours["connections"] > 0 and ours["messages"] > 0
          and ours["invitations"] > 0,
          f"the workspace holds every connection, message and invitation: {ours} vs {theirs}")

    first_requests = len(Api.queries)
    again = subprocess.run([binary, "sync", f"--api-base={base}"], capture_output=True, text=True, env=env)
    starts = [q.get("startTime") for q in Api.queries[first_requests:] if "startTime" in q]
    check(starts[:1] == ["1748703070685"],
          f"the next sync reads the changelog from where the last one ended: startTime {starts}")
    check(again.returncode == 0 and "messages: 0 new" in again.stdout and "invitations: 0 new" in again.stdout,
          f"a second sync adds nothing twice: {again.stdout.strip()}")

    insecure = subprocess.run([binary, "sync", "--api-base=http://api.linkedin.example"], capture_output=True,
                              text=True, env=env)
    check(insecure.returncode == 1 and "https" in insecure.stderr,
          f"an http address that is not loopback is refused: {insecure.stderr.strip()}")
    no_token = subprocess.run([binary, "sync", f"--api-base={base}"], capture_output=True, text=True,
                              env={k: v for k, v in env.items() if k != "OG_TOKEN"})
    check(no_token.returncode == 1 and "OG_TOKEN" in no_token.stderr,
          f"without a token sync says where to put it: {no_token.stderr.strip()}")

server.shutdown()
finish()
